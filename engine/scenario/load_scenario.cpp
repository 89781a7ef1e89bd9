#include "scenario/load_scenario.hpp"

#include <algorithm>
#include <tuple>

#include "scenario/merge_extends.hpp"
#include "scenario/read_sections.hpp"

namespace caresim::scenario {
namespace {

// Like a compiler: file by file in the order they first come up, then by position.
void sort_by_place(std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> files;
  for (const Diagnostic& d : diagnostics)
    if (std::find(files.begin(), files.end(), d.file) == files.end()) files.push_back(d.file);
  const auto rank = [&files](const Diagnostic& d) {
    return std::tuple(std::find(files.begin(), files.end(), d.file) - files.begin(), d.line,
                      d.column);
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&rank](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
}

}  // namespace

LoadedScenario load_scenario(const std::string& path) {
  std::vector<Diagnostic> diagnostics;
  const std::optional<SourceNode> source = load_with_extends(path, diagnostics);
  if (!source) throw ScenarioError(std::move(diagnostics));

  ScenarioReader reader(*source);
  Scenario scenario = read_scenario(reader.root());
  for (Diagnostic& d : reader.finish()) diagnostics.push_back(std::move(d));
  if (!diagnostics.empty()) {
    sort_by_place(diagnostics);
    throw ScenarioError(std::move(diagnostics));
  }
  scenario.source_file = path;
  return {std::move(scenario), to_yaml(reader.effective())};
}

}  // namespace caresim::scenario
