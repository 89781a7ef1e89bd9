#include "scenario/scenario_error.hpp"

#include <algorithm>
#include <tuple>

namespace caresim::scenario {
namespace {
std::string join(const std::vector<Diagnostic>& diagnostics) {
  std::string text;
  for (const Diagnostic& d : diagnostics) {
    if (!text.empty()) text += '\n';
    text += d.to_string();
  }
  return text;
}
}  // namespace

std::string Diagnostic::to_string() const {
  std::string text = file;
  if (line > 0) text += ':' + std::to_string(line) + ':' + std::to_string(column);
  text += ": " + message;
  if (!key_path.empty()) text += " (" + key_path + ')';
  return text;
}

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

ScenarioError::ScenarioError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(join(diagnostics)), diagnostics_(std::move(diagnostics)) {}

}  // namespace caresim::scenario
