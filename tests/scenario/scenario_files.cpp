#include "scenario_files.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>

namespace caresim::scenario::testing {

ScenarioFolder::ScenarioFolder() {
  static std::atomic<int> count{0};
  const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
  root_ = std::filesystem::temp_directory_path() /
          ("caresim_scenario_test_" + std::to_string(stamp) + "_" + std::to_string(count++));
  std::filesystem::create_directories(root_);
}

ScenarioFolder::~ScenarioFolder() {
  std::error_code ignored;  // a leftover temporary folder must not fail the test
  std::filesystem::remove_all(root_, ignored);
}

std::string ScenarioFolder::write(const std::string& name, std::string_view yaml) const {
  const std::filesystem::path file = root_ / name;
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << yaml;
  return file.string();
}

std::string ScenarioFolder::path(const std::string& name) const { return (root_ / name).string(); }

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

}  // namespace caresim::scenario::testing
