#include "model/distribution_sampler.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include "kernel/calendar.hpp"
#include "kernel/pow_exactly.hpp"

namespace caresim::model {

using Kind = scenario::DistributionSpec::Kind;

double draw_by_kind(const scenario::DistributionSpec& spec, kernel::RandomStream& rng) {
  switch (spec.kind) {
    case Kind::exponential: return kernel::draw_exponential(rng, spec.mean);  // as draw() does inline
    case Kind::lognormal: return kernel::draw_lognormal(rng, spec.median, spec.sigma);
    case Kind::weibull: return kernel::draw_weibull(rng, spec.shape, spec.scale);
    case Kind::gamma: return kernel::draw_gamma(rng, spec.shape, spec.scale);
    case Kind::fixed: return spec.value;
    case Kind::empirical: return kernel::draw_piecewise_linear(rng, spec.empirical_values, spec.empirical_cumulative);
  }
  return spec.value;
}

double quantile(const scenario::DistributionSpec& spec, double p) {
  switch (spec.kind) {
    case Kind::exponential: return -spec.mean * std::log1p(-p);
    case Kind::lognormal:
      return spec.median * std::exp(spec.sigma * boost::math::quantile(boost::math::normal(), p));
    case Kind::weibull: return spec.scale * kernel::pow_exactly(-std::log1p(-p), 1.0 / spec.shape);
    case Kind::gamma: return spec.scale * boost::math::gamma_p_inv(spec.shape, p);
    case Kind::fixed: return spec.value;
    case Kind::empirical: {
      const auto& values = spec.empirical_values;
      const auto& cumulative = spec.empirical_cumulative;
      const auto upper = std::upper_bound(cumulative.begin(), cumulative.end(), p);
      if (upper == cumulative.begin()) return values.front();
      if (upper == cumulative.end()) return values.back();
      const auto i = static_cast<std::size_t>(upper - cumulative.begin());
      const double width = cumulative[i] - cumulative[i - 1];
      return values[i - 1] + (width > 0 ? (p - cumulative[i - 1]) / width : 0.0) * (values[i] - values[i - 1]);
    }
  }
  return spec.value;
}

// For a Weibull of shape 1/2 (the baseline's breakdowns), Q(1 - u^(1/f)) is scale * y^2 with
// y = -log(u) / f. The exact path's expm1 and log1p give y back to within 1 unit in the last
// place of each, magnified by at most (1 - e^-y) / (e^-y * y) (about 2,200 at y = 10) where
// 1 - p loses digits: for y up to 10, below 6e-13 of y, and so (with the squares' own
// rounding) below 1.2e-12 of the time. Callers use ticks only, so where every time within
// 1e-11 of the plain square comes to the same tick, the plain square will do.
double draw_with_hazard_factor(const scenario::DistributionSpec& spec, double factor, kernel::RandomStream& rng) {
  const double u = rng.uniform01();  // drawn whatever the factor, so streams stay aligned
  if (factor <= 0) return std::numeric_limits<double>::infinity();
  if (factor == 1) return quantile(spec, u);
  const double log_of_power = std::log(u) / factor;  // log u^(1/factor)
  if (is_half_weibull(spec) && log_of_power >= -10) {
    const double rough = spec.scale * (log_of_power * log_of_power);
    if (kernel::same_tick_within(rough, 1e-11)) return rough;
  }
  return quantile(spec, -std::expm1(log_of_power));  // 1 - u^(1/factor), accurately
}

}  // namespace caresim::model
