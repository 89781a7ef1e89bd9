// Draws a scenario's random duration (a DistributionSpec) in days from a named stream.
#pragma once

#include "kernel/random_stream.hpp"
#include "scenario/scenario.hpp"

namespace caresim::model {

double draw_days(const scenario::DistributionSpec& spec, kernel::RandomStream& rng);

}  // namespace caresim::model
