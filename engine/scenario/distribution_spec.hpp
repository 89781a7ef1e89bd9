// A random quantity of a scenario, a duration or a distance, as the scenario wrote it.
#pragma once

#include <vector>

#include "scenario/scenario_error.hpp"

namespace caresim::scenario {

// A random quantity, a duration in days or a distance in miles: the unit is the one in the
// scenario's key names (`mean_days`, `median_miles`). Only the fields of its `kind` are
// meaningful.
struct DistributionSpec {
  enum class Kind { exponential, lognormal, weibull, gamma, fixed, empirical };
  Kind kind = Kind::fixed;
  double mean = 0;    // exponential
  double median = 0;  // lognormal: median and sigma of the log
  double sigma = 0;
  double shape = 0;   // weibull and gamma
  double scale = 0;   // weibull and gamma
  double value = 0;   // fixed
  // empirical: a piecewise-linear CDF through (values[i], cumulative[i]), cumulative 0 -> 1.
  std::vector<double> empirical_values;
  std::vector<double> empirical_cumulative;
  SourceRef written_at;  // for a problem its draws cause while running


  double expected_value() const;
};

}  // namespace caresim::scenario
