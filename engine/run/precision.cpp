#include "run/precision.hpp"

#include <algorithm>
#include <limits>

#include "run/experiment.hpp"
#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_error.hpp"

namespace caresim::run {
namespace {

constexpr double kUnknown = std::numeric_limits<double>::infinity();

double half_width(const stats::Moments* moments) {
  return moments && moments->n() >= 2 ? moments->ci95_half_width() : kUnknown;
}

}  // namespace

std::vector<double> achieved_half_widths(const Precision& precision, const ExperimentResult& result,
                                         bool differences) {
  std::vector<double> widths;
  for (const PrecisionTarget& target : precision.targets) {
    double widest = 0;
    if (differences) {
      for (const PairedDifferences& option : result.differences)
        widest = std::max(widest, half_width(option.kpi(target.kpi)));
    } else {
      for (const ScenarioRun& run : result.scenarios) {
        const auto k = run.aggregate.kpi_index(target.kpi);
        widest = std::max(widest, half_width(k ? &run.aggregate.kpi_moments(*k) : nullptr));
      }
    }
    widths.push_back(widest);
  }
  return widths;
}

void check_targets_known(const Precision& precision, const ScenarioAggregate& first) {
  std::vector<scenario::Diagnostic> problems;
  const std::vector<std::string_view> known(first.kpi_names().begin(), first.kpi_names().end());
  for (const PrecisionTarget& target : precision.targets)
    if (!first.kpi_index(target.kpi))
      problems.push_back({"caresim", 0, 0,
                          "--precision: unknown KPI '" + target.kpi + "'" + scenario::did_you_mean(target.kpi, known),
                          ""});
  if (!problems.empty()) throw scenario::ScenarioError(std::move(problems));
}

}  // namespace caresim::run
