// Draws a scenario's random quantity (a DistributionSpec, in days or miles) from a named
// stream, plain or with its hazard scaled.
#pragma once

#include "kernel/random_stream.hpp"
#include "kernel/variates.hpp"
#include "scenario/scenario.hpp"

namespace caresim::model {

// Every kind but the exponential.
double draw_by_kind(const scenario::DistributionSpec& spec, kernel::RandomStream& rng);

// Inline for the exponential, the commonest (stays, arrivals), so that such a draw is the
// variate's own arithmetic and no call of its own.
inline double draw(const scenario::DistributionSpec& spec, kernel::RandomStream& rng) {
  if (spec.kind == scenario::DistributionSpec::Kind::exponential) return kernel::draw_exponential(rng, spec.mean);
  return draw_by_kind(spec, rng);
}

// A Weibull of shape 1/2 (the baseline's breakdowns), whose draws take exact-to-the-tick
// shortcuts: its quantile and cumulative hazard are a square and a square root.
inline bool is_half_weibull(const scenario::DistributionSpec& spec) {
  return spec.kind == scenario::DistributionSpec::Kind::weibull && spec.shape == 0.5;
}

// The value below which a share p of the distribution lies.
double quantile(const scenario::DistributionSpec& spec, double p);

// A time to event whose hazard is `factor` times the distribution's at every moment
// (proportional hazards): survival S(t)^factor, drawn by inverse CDF as Q(1 - U^(1/factor)).
// A factor of 1 gives the distribution itself; 0 means the event never happens (infinity).
// Exact to the tick: a Weibull of shape 1/2 may miss the exact time by a little where
// kernel::days_to_ticks still gives the same tick.
double draw_with_hazard_factor(const scenario::DistributionSpec& spec, double factor, kernel::RandomStream& rng);

}  // namespace caresim::model
