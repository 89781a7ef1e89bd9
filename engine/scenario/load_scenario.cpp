#include "scenario/load_scenario.hpp"

#include "scenario/key_path.hpp"
#include "scenario/merge_extends.hpp"
#include "scenario/read_sections.hpp"
#include "scenario/read_tree.hpp"

namespace caresim::scenario {

std::optional<LoadedScenario> read_tree(const SourceNode& tree, const std::string& path,
                                        std::vector<Diagnostic>& diagnostics) {
  ScenarioReader reader(tree);
  Scenario scenario = read_scenario(reader.root());
  std::vector<Diagnostic> problems = reader.finish();
  if (!problems.empty()) {
    for (Diagnostic& d : problems) diagnostics.push_back(std::move(d));
    return std::nullopt;
  }
  scenario.source_file = path;
  return LoadedScenario{std::move(scenario), to_yaml(reader.effective()), std::make_shared<const SourceNode>(tree)};
}

SourceRef LoadedScenario::where(std::string_view key_path) const {
  if (!source) return {scenario.source_file, 0, 0, std::string(key_path)};
  std::string_view path = key_path;
  const SourceNode* node = find_at_key_path(*source, path);
  while (!node) {  // up to the section that holds it: "costs.terms", "costs", the whole file
    const std::size_t cut = path.find_last_of(".[");
    path = path.substr(0, cut == std::string_view::npos ? 0 : cut);
    node = path.empty() ? source.get() : find_at_key_path(*source, path);
  }
  return {node->place.file, node->place.line, node->place.column, std::string(key_path)};
}

LoadedScenario load_scenario(const std::string& path) {
  std::vector<Diagnostic> diagnostics;
  std::optional<SourceNode> source = load_with_extends(path, diagnostics);
  if (!source) throw ScenarioError(std::move(diagnostics));
  if (const std::optional<SourceEntry> sweep = source->take("sweep"))
    diagnostics.push_back({sweep->key_place.file, sweep->key_place.line, sweep->key_place.column,
                           "a sweep makes one scenario per value: run this file with `caresim run`", "sweep"});
  std::optional<LoadedScenario> loaded = read_tree(*source, path, diagnostics);
  if (!diagnostics.empty()) {
    sort_by_place(diagnostics);
    throw ScenarioError(std::move(diagnostics));
  }
  return std::move(*loaded);
}

}  // namespace caresim::scenario
