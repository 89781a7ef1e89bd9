#include <cmath>

#include "scenario/scenario.hpp"

namespace caresim::scenario {

double DistributionSpec::expected_value() const {
  switch (kind) {
    case Kind::exponential: return mean;
    case Kind::lognormal: return median * std::exp(sigma * sigma / 2);
    case Kind::weibull: return scale * std::tgamma(1 + 1 / shape);
    case Kind::gamma: return shape * scale;
    case Kind::fixed: return value;
    case Kind::empirical: break;
  }
  // Uniform within each segment of the piecewise-linear CDF: its probability times its midpoint.
  double total = 0;
  for (std::size_t i = 1; i < empirical_values.size() && i < empirical_cumulative.size(); ++i)
    total += (empirical_cumulative[i] - empirical_cumulative[i - 1]) *
            (empirical_values[i] + empirical_values[i - 1]) / 2;
  return total;
}

}  // namespace caresim::scenario
