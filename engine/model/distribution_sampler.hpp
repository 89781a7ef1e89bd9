// Draws a scenario's random quantity (a DistributionSpec, in days or miles) from a named
// stream, plain or with its hazard scaled.
#pragma once

#include "kernel/random_stream.hpp"
#include "scenario/scenario.hpp"

namespace caresim::model {

double draw(const scenario::DistributionSpec& spec, kernel::RandomStream& rng);

// The value below which a share p of the distribution lies.
double quantile(const scenario::DistributionSpec& spec, double p);

// A time to event whose hazard is `factor` times the distribution's at every moment
// (proportional hazards): survival S(t)^factor, drawn by inverse CDF as Q(1 - U^(1/factor)).
// A factor of 1 gives the distribution itself; 0 means the event never happens (infinity).
double draw_with_hazard_factor(const scenario::DistributionSpec& spec, double factor, kernel::RandomStream& rng);

}  // namespace caresim::model
