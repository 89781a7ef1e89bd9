// Everything a report is built from: one run directory, or a compare directory (its
// comparison.json and the run directory of each scenario it names).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "report/comparison_file.hpp"
#include "report/run_files.hpp"

namespace caresim::report {

struct ReportInputs {
  std::optional<Comparison> comparison;  // present for a compare directory
  std::vector<RunFiles> runs;            // one per scenario, the first being the reference

  bool is_comparison() const { return comparison.has_value(); }
  const std::string& scenario_name(std::size_t run) const { return runs[run].summary.scenario; }
  std::vector<std::string> scenario_names() const;  // of every run, in order
  // The KPIs of every run, in the first run's order, then those only a later run has (a
  // mechanism only an option models).
  std::vector<std::string> every_kpi() const;
};

// Throws ScenarioError when `directory` is neither a run nor a compare directory.
ReportInputs read_report_inputs(const std::filesystem::path& directory);

}  // namespace caresim::report
