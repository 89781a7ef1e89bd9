// Test helpers: scenario files written into a fresh temporary folder, so each test shows the
// YAML whose lines and columns it checks, and the problems a load reports.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/load_scenario.hpp"
#include "temp_directory.hpp"

namespace caresim::scenario::testing {

// The smallest valid scenario, four lines long: what a test adds starts on line 5.
inline constexpr const char* kFourLineScenario = R"(name: x
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision: {ifa: {}}
)";

class ScenarioFolder {
 public:
  // Writes `yaml` to `name` (which may include subfolders) and returns its path.
  std::string write(const std::string& name, std::string_view yaml) const;
  std::string path(const std::string& name) const;

 private:
  caresim::testing::TempDirectory folder_;
};

// The problems load_scenario reports for `path`; empty (and a failed check) if it loads.
std::vector<Diagnostic> problems_loading(const std::string& path);

// "LINE:COLUMN: message (key.path)" for each problem: what tests compare, the folder aside.
std::vector<std::string> located(const std::vector<Diagnostic>& problems);

// The scenario `yaml` loads to, written as s.yaml in `folder`.
Scenario load(const ScenarioFolder& folder, const std::string& yaml);
// located(...) of the problems loading `yaml` reports.
std::vector<std::string> problems(const ScenarioFolder& folder, const std::string& yaml);
bool contains(const std::vector<std::string>& lines, const std::string& line);

}  // namespace caresim::scenario::testing
