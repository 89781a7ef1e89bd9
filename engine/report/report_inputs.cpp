#include "report/report_inputs.hpp"

#include "scenario/scenario_error.hpp"

namespace caresim::report {
namespace fs = std::filesystem;

std::vector<std::string> ReportInputs::scenario_names() const {
  std::vector<std::string> names;
  for (const RunFiles& run : runs) names.push_back(run.summary.scenario);
  return names;
}

std::vector<std::string> ReportInputs::every_kpi() const {
  std::vector<std::string> names;
  for (const RunFiles& run : runs) run.summary.add_kpi_names_to(names);
  return names;
}

ReportInputs read_report_inputs(const fs::path& directory) {
  ReportInputs inputs;
  const fs::path comparison_file = directory / "comparison.json";
  if (fs::exists(comparison_file)) {
    inputs.comparison = read_comparison(comparison_file);
    for (const ComparedScenario& s : inputs.comparison->scenarios) {
      inputs.runs.push_back(read_run_files(directory / s.directory));
      // comparison.json tells repeated names apart ("base (2)"); its names key every figure.
      inputs.runs.back().summary.scenario = s.name;
    }
    return inputs;
  }
  if (!fs::exists(directory / "summary.json"))
    throw scenario::ScenarioError({{directory.string(), 0, 0,
                                    "has no summary.json, comparison.json or sweep.json: not the output of "
                                    "caresim run or compare",
                                    ""}});
  inputs.runs.push_back(read_run_files(directory));
  return inputs;
}

}  // namespace caresim::report
