// The DfE's rates per 10,000 children: a count over the children aged 0-17 living in the
// council's area (children.population_under_18), times 10,000. n/a without the population.
#pragma once

#include <optional>

#include "metrics/measurements.hpp"

namespace caresim::metrics {

class Per10k {
 public:
  explicit Per10k(std::optional<double> population_under_18) : population_(population_under_18) {}
  double operator()(double count) const { return population_ ? count / *population_ * 10'000 : kNotApplicable; }

 private:
  std::optional<double> population_;
};

}  // namespace caresim::metrics
