#include "model/raised_hazard.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include "kernel/calendar.hpp"
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

// The time at which the hazard, scaled by the factors in force, has used up `budget` since
// `elapsed`, over any pair H and its inverse.
template <class Hazard, class TimeAt>
double time_spending(double budget, double factor, double elapsed, double raise, double raised_until, Hazard hazard,
                     TimeAt time_at) {
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

// The Weibull of shape 1/2, the breakdowns' in the baseline, redrawn on every change of social
// worker: H(t) = sqrt(t / scale) and its inverse scale * h^2. The exact time takes std::pow's
// bits for both (sqrt_exactly, square_exactly), which std::sqrt and a plain square miss by at
// most 2 units in the last place. Carried through the redraw's few sums, the time misses
// the exact one by less than (50 + 40 * raise) units (the raise enters through the budget spent
// while raised): below 1e-11 of it for raises up to 100. Callers use the time in ticks only,
// so where every time that near gives the same tick, the rough time will do.
double half_weibull_time_spending(const scenario::DistributionSpec& spec, double budget, double factor,
                                  double elapsed, double raise, double raised_until) {
  constexpr double kRoughError = 1e-11;
  if (raise <= 100) {
    const double rough = time_spending(
        budget, factor, elapsed, raise, raised_until,
        [&spec](double t) { return t <= 0 ? 0.0 : std::sqrt(t / spec.scale); },
        [&spec](double h) { return spec.scale * (h * h); });
    if (kernel::same_tick_within(rough, kRoughError)) return rough;
  }
  return time_spending(
      budget, factor, elapsed, raise, raised_until,
      [&spec](double t) { return t <= 0 ? 0.0 : kernel::sqrt_exactly(t / spec.scale); },
      [&spec](double h) { return std::isfinite(h) ? spec.scale * kernel::square_exactly(h) : kInfinity; });
}

}  // namespace

// The Weibull without the switches of cumulative_hazard and time_at_cumulative_hazard, each
// inlined here with the same arithmetic: breakdown times are Weibull in the baseline, redrawn
// on every change of social worker. The uniform is drawn whatever the inputs.
double draw_time_given_survival(const scenario::DistributionSpec& spec, double factor, double elapsed, double raise,
                                double raised_until, kernel::RandomStream& rng) {
  const double budget = -std::log(rng.uniform01());
  if (factor <= 0) return kInfinity;
  if (is_half_weibull(spec))
    return half_weibull_time_spending(spec, budget, factor, elapsed, raise, raised_until);
  if (spec.kind == Kind::weibull)
    return time_spending(
        budget, factor, elapsed, raise, raised_until,
        [&spec](double t) { return t <= 0 ? 0.0 : weibull_hazard(spec, t); },
        [&spec](double h) { return std::isfinite(h) ? weibull_time_at(spec, h) : kInfinity; });
  return time_spending(
      budget, factor, elapsed, raise, raised_until, [&spec](double t) { return cumulative_hazard(spec, t); },
      [&spec](double h) { return time_at_cumulative_hazard(spec, h); });
}

}  // namespace caresim::model
