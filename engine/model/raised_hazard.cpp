#include "model/raised_hazard.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include "kernel/pow_exactly.hpp"
#include "model/distribution_sampler.hpp"

namespace caresim::model {
namespace {

using Kind = scenario::DistributionSpec::Kind;
constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The CDF of an empirical (piecewise-linear) distribution.
double empirical_cdf(const scenario::DistributionSpec& spec, double t) {
  const auto& values = spec.empirical_values;
  const auto& cumulative = spec.empirical_cumulative;
  if (t < values.front()) return 0;
  if (t >= values.back()) return 1;
  const auto upper = std::upper_bound(values.begin(), values.end(), t);
  const auto i = static_cast<std::size_t>(upper - values.begin());
  return cumulative[i - 1] + (t - values[i - 1]) / (values[i] - values[i - 1]) * (cumulative[i] - cumulative[i - 1]);
}

double step_hazard(double t, double at) { return t < at ? 0.0 : kInfinity; }

// The Weibull's H, for t > 0, and its inverse, for a finite h.
double weibull_hazard(const scenario::DistributionSpec& spec, double t) {
  return kernel::pow_exactly(t / spec.scale, spec.shape);
}
double weibull_time_at(const scenario::DistributionSpec& spec, double h) {
  return spec.scale * kernel::pow_exactly(h, 1.0 / spec.shape);
}

// -log(1 - p) from the CDF p, or from the survival when p is near 1 and 1 - p would lose
// the digits that matter.
template <class Survival>
double from_cdf(double p, Survival survival) {
  return p < 0.5 ? -std::log1p(-p) : -std::log(survival());
}

}  // namespace

double cumulative_hazard(const scenario::DistributionSpec& spec, double t) {
  if (t <= 0) return 0;
  switch (spec.kind) {
    case Kind::exponential: return t / spec.mean;
    case Kind::weibull: return weibull_hazard(spec, t);
    case Kind::lognormal: {
      if (spec.sigma == 0) return step_hazard(t, spec.median);
      const double z = std::log(t / spec.median) / spec.sigma;
      return from_cdf(boost::math::cdf(boost::math::normal(), z),
                      [z] { return boost::math::cdf(boost::math::complement(boost::math::normal(), z)); });
    }
    case Kind::gamma:
      return from_cdf(boost::math::gamma_p(spec.shape, t / spec.scale),
                      [&spec, t] { return boost::math::gamma_q(spec.shape, t / spec.scale); });
    case Kind::fixed: return step_hazard(t, spec.value);
    case Kind::empirical: return -std::log1p(-empirical_cdf(spec, t));
  }
  return 0;
}

double time_at_cumulative_hazard(const scenario::DistributionSpec& spec, double h) {
  if (!std::isfinite(h)) return kInfinity;
  // The CDF p = 1 - exp(-h) and the survival exp(-h) only where they are used: the Weibull
  // breakdown times are redrawn on every change of social worker.
  const auto p = [h] { return -std::expm1(-h); };
  const auto survival = [h] { return std::exp(-h); };
  switch (spec.kind) {
    case Kind::exponential: return spec.mean * h;
    case Kind::weibull: return weibull_time_at(spec, h);
    case Kind::lognormal: {
      if (const double below = p(); below < 0.5) return quantile(spec, below);
      const double above = survival();
      if (above <= 0) return kInfinity;
      return spec.median *
             std::exp(spec.sigma * boost::math::quantile(boost::math::complement(boost::math::normal(), above)));
    }
    case Kind::gamma: {
      if (const double below = p(); below < 0.5) return quantile(spec, below);
      const double above = survival();
      if (above <= 0) return kInfinity;
      return spec.scale * boost::math::gamma_q_inv(spec.shape, above);
    }
    case Kind::fixed:
    case Kind::empirical: return quantile(spec, p());
  }
  return kInfinity;
}

namespace {

// The redraw, over any pair H and its inverse; the uniform is drawn whatever the inputs.
template <class Hazard, class TimeAt>
double draw_given_survival(double factor, double elapsed, double raise, double raised_until,
                           kernel::RandomStream& rng, Hazard hazard, TimeAt time_at) {
  const double budget = -std::log(rng.uniform01());
  if (factor <= 0) return kInfinity;
  const double so_far = hazard(elapsed);
  if (!std::isfinite(so_far)) return elapsed;  // past the distribution's largest value: due now
  double target = so_far + budget / factor;    // without a raise
  if (raised_until > elapsed && raise != 1) {
    const double at_raise_end = hazard(raised_until);
    const double spent_while_raised = factor * raise * (at_raise_end - so_far);  // the budget the raise can use
    if (raise > 0 && budget <= spent_while_raised)
      target = so_far + budget / (factor * raise);
    else
      target = at_raise_end + (budget - (raise > 0 ? spent_while_raised : 0.0)) / factor;
  }
  return std::max(elapsed, time_at(target));
}

}  // namespace

// The Weibull without the switches of cumulative_hazard and time_at_cumulative_hazard, each
// inlined here with the same arithmetic: breakdown times are Weibull in the baseline, redrawn
// on every change of social worker.
double draw_time_given_survival(const scenario::DistributionSpec& spec, double factor, double elapsed, double raise,
                                double raised_until, kernel::RandomStream& rng) {
  if (spec.kind == Kind::weibull && spec.shape == 0.5)  // the breakdowns' in the baseline: H(t) = sqrt(t / scale)
    return draw_given_survival(
        factor, elapsed, raise, raised_until, rng,
        [&spec](double t) { return t <= 0 ? 0.0 : kernel::sqrt_exactly(t / spec.scale); },
        [&spec](double h) { return std::isfinite(h) ? spec.scale * kernel::square_exactly(h) : kInfinity; });
  if (spec.kind == Kind::weibull)
    return draw_given_survival(
        factor, elapsed, raise, raised_until, rng,
        [&spec](double t) { return t <= 0 ? 0.0 : weibull_hazard(spec, t); },
        [&spec](double h) { return std::isfinite(h) ? weibull_time_at(spec, h) : kInfinity; });
  return draw_given_survival(
      factor, elapsed, raise, raised_until, rng, [&spec](double t) { return cumulative_hazard(spec, t); },
      [&spec](double h) { return time_at_cumulative_hazard(spec, h); });
}

}  // namespace caresim::model
