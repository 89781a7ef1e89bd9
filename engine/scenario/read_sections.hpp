// Readers of the scenario's sections, one file each. A new section is a struct in
// scenario.hpp, a reader declared here and one line in read_scenario.cpp.
#pragma once

#include "scenario/scenario.hpp"
#include "scenario/scenario_reader.hpp"

namespace caresim::scenario {

Scenario read_scenario(MapReader root);
RunSettings read_run(MapReader run);
ChildrenSpec read_children(MapReader children);
ProvisionSpec read_provision(MapReader provision);
// A distribution object whose keys carry `unit`: mean_days, median_miles, ...
DistributionSpec read_distribution(MapReader distribution, std::string_view unit);
DistributionSpec read_duration(MapReader duration);  // days
DistributionSpec read_distance(MapReader distance);  // miles
GeographySpec read_geography(MapReader geography);

}  // namespace caresim::scenario
