#include "scenario_files.hpp"

#include <algorithm>

#include <catch2/catch.hpp>
#include <fstream>

namespace caresim::scenario::testing {

std::string ScenarioFolder::write(const std::string& name, std::string_view yaml) const {
  const std::filesystem::path file = folder_ / name;
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << yaml;
  return file.string();
}

std::string ScenarioFolder::path(const std::string& name) const { return (folder_ / name).string(); }

std::vector<Diagnostic> problems_loading(const std::string& path) {
  try {
    load_scenario(path);
  } catch (const ScenarioError& error) {
    return error.diagnostics();
  }
  FAIL_CHECK(path << " loaded, but problems were expected");
  return {};
}

std::vector<std::string> located(const std::vector<Diagnostic>& problems) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : problems) {
    lines.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message +
                    (d.key_path.empty() ? "" : " (" + d.key_path + ")"));
  }
  return lines;
}

Scenario load(const ScenarioFolder& folder, const std::string& yaml) {
  return load_scenario(folder.write("s.yaml", yaml)).scenario;
}

std::vector<std::string> problems(const ScenarioFolder& folder, const std::string& yaml) {
  return located(problems_loading(folder.write("s.yaml", yaml)));
}

bool contains(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

}  // namespace caresim::scenario::testing
