// Test helpers: a KPI's values across an experiment's replications, and the interval within
// which theory must fall. The tolerance comes from the replications' own spread, never from
// a tuned constant.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include <boost/math/distributions/students_t.hpp>

#include "run/experiment.hpp"

namespace caresim::testing {

inline std::vector<double> kpi_values(const run::ExperimentResult& result, const std::string& name) {
  return result.kpi_values(name);
}

// Replication by replication, a - b: paired values, for an interval of their difference.
inline std::vector<double> differences(const std::vector<double>& a, const std::vector<double>& b) {
  std::vector<double> d;
  for (std::size_t i = 0; i < a.size(); ++i) d.push_back(a[i] - b[i]);
  return d;
}

struct Interval {
  double mean, half_width;
  bool contains(double x) const { return std::abs(x - mean) <= half_width; }
};

// Two-sided Student-t interval for the mean. 99% rather than 95%: a suite makes many such
// checks, and each must fail only when the model is wrong, not once in twenty seeds.
inline Interval interval_99(const std::vector<double>& values) {
  const double n = static_cast<double>(values.size());
  double mean = 0;
  for (double v : values) mean += v;
  mean /= n;
  double squares = 0;
  for (double v : values) squares += (v - mean) * (v - mean);
  const double sd = std::sqrt(squares / (n - 1));
  const boost::math::students_t t(n - 1);
  return {mean, boost::math::quantile(boost::math::complement(t, 0.005)) * sd / std::sqrt(n)};
}

}  // namespace caresim::testing
