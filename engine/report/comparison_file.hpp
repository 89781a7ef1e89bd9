// comparison.json of `caresim compare`, read back: each scenario against the first, per KPI
// and per financial year, with paired differences and payback years.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace caresim::report {

struct ComparedScenario {
  std::string name, description, file, directory;
};

// One scenario's value of a KPI (or of a yearly metric in one financial year). NaN where the
// file has null: the first scenario's differences, or a KPI that does not apply.
struct ComparedValue {
  std::string scenario;
  std::string financial_year;  // empty for a KPI over the whole horizon
  double mean = 0, ci95_low = 0, ci95_high = 0;
  double difference = 0, difference_ci95_low = 0, difference_ci95_high = 0;
  double cumulative_difference = 0, cumulative_difference_ci95_low = 0, cumulative_difference_ci95_high = 0;
};

using ComparedMetric = std::pair<std::string, std::vector<ComparedValue>>;

// An option's payback: a year or a phrase about the mean cumulative cost difference, and
// whether its 95% intervals bear that out (unknown in a file written before payback_clear),
// and from which year they bear a payback out ("" if from none, or unknown).
struct ComparedPayback {
  std::string scenario;
  std::string phrase;
  std::optional<bool> clear;
  std::string clear_from;
};

struct Comparison {
  std::vector<ComparedScenario> scenarios;  // the first is the one the others are compared with
  int replications = 0;
  std::uint64_t seed = 0;
  std::vector<std::string> financial_years;
  std::vector<ComparedMetric> kpis;               // in the file's order
  std::vector<ComparedMetric> by_financial_year;  // in the file's order
  std::vector<ComparedPayback> payback;

  const std::vector<ComparedValue>* kpi(const std::string& name) const;
  const std::vector<ComparedValue>* yearly(const std::string& name) const;
};

// Throws ScenarioError naming the file, and the key at fault, when it is not a comparison.
Comparison read_comparison(const std::filesystem::path& file);

}  // namespace caresim::report
