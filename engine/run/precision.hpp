// Precision targets (`--precision KPI=HALF_WIDTH`): replications run in whole batches until
// every named KPI's 95% interval is narrow enough, or a cap is reached.
#pragma once

#include <string>
#include <vector>

namespace caresim::run {

struct ExperimentResult;
class ScenarioAggregate;

struct PrecisionTarget {
  std::string kpi;
  double half_width = 0;  // in the KPI's own unit
};

struct Precision {
  std::vector<PrecisionTarget> targets;
  int batch = 10;               // replications between two checks
  int max_replications = 1000;  // the cap, whether or not the targets are reached
};

struct PrecisionOutcome {
  Precision asked;
  bool of_differences = false;  // the targets were about paired differences, not means
  bool reached = false;
  std::vector<double> half_widths;  // achieved, by target (see achieved_half_widths)
};

// For each target, the widest half-width it is about: the KPI's mean in every scenario, or
// (with `differences`) its paired difference from the first for every other scenario.
// Infinity while one of them has fewer than two values (or none: an n/a KPI).
std::vector<double> achieved_half_widths(const Precision& precision, const ExperimentResult& result, bool differences);

// Throws ScenarioError, naming the nearest KPI, for a target no KPI of `first` answers to.
void check_targets_known(const Precision& precision, const ScenarioAggregate& first);

}  // namespace caresim::run
