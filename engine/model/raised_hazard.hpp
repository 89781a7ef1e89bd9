// Times to an event whose hazard is raised for a while (a placement's breakdown after a change
// of social worker), given that the event has not happened so far. Works on the cumulative
// hazard H(t) = -log S(t) of a scenario's distribution: the event comes when H, scaled by the
// factors in force, has used up an exponential(1) budget drawn afresh now. Drawing afresh is
// exact, because given survival to now the budget still to spend is exponential(1).
#pragma once

#include "kernel/random_stream.hpp"
#include "scenario/distribution_spec.hpp"

namespace caresim::model {

// H(t) of the distribution (t in its unit, days); infinity beyond its largest value.
double cumulative_hazard(const scenario::DistributionSpec& spec, double t);

// The t with H(t) = h: the inverse of cumulative_hazard; infinity for h = infinity.
double time_at_cumulative_hazard(const scenario::DistributionSpec& spec, double h);

// The time of the event, counted like `elapsed` from the start of the clock (the placement),
// given that it has not happened by `elapsed`, when its hazard is `factor` times the
// distribution's and `factor * raise` from `elapsed` until `raised_until`. Never earlier than
// `elapsed`; infinity when it never comes. One uniform drawn from `rng`, whatever the inputs.
// Exact to the tick: a Weibull of shape 1/2 may miss the exact time by a little where
// kernel::days_to_ticks still gives the same tick.
double draw_time_given_survival(const scenario::DistributionSpec& spec, double factor, double elapsed, double raise,
                                double raised_until, kernel::RandomStream& rng);

}  // namespace caresim::model
