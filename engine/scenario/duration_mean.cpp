#include <cmath>

#include "scenario/scenario.hpp"

namespace caresim::scenario {

double DurationSpec::mean() const {
  switch (kind) {
    case Kind::exponential: return mean_days;
    case Kind::lognormal: return median_days * std::exp(sigma * sigma / 2);
    case Kind::weibull: return scale_days * std::tgamma(1 + 1 / shape);
    case Kind::gamma: return shape * scale_days;
    case Kind::fixed: return days;
    case Kind::empirical: break;
  }
  // Uniform within each segment of the piecewise-linear CDF: its probability times its midpoint.
  double mean = 0;
  for (std::size_t i = 1; i < empirical_days.size() && i < empirical_cumulative.size(); ++i)
    mean += (empirical_cumulative[i] - empirical_cumulative[i - 1]) *
            (empirical_days[i] + empirical_days[i - 1]) / 2;
  return mean;
}

}  // namespace caresim::scenario
