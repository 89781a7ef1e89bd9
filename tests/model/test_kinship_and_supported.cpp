#include <catch2/catch.hpp>

#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

TEST_CASE("the share of entries first placed with kin is the age mix times the chance of finding kin",
          "[model][kinship]") {
  auto s = minimal_scenario();
  s.children.age_at_entry = {0.2, 0.2, 0.2, 0.3, 0.1};
  s.provision.kinship = scenario::KinshipSpec{{0.3, 0.25, 0.2, 0.1, 0.05}};
  double expected = 0;
  for (std::size_t band = 0; band < kAgeBandCount; ++band)
    expected += s.children.age_at_entry[band] * s.provision.kinship->found_at_entry[band];
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "first_placement_share.kinship")).contains(expected));
}

TEST_CASE("supported accommodation takes only 16- and 17-year-olds", "[model][supported]") {
  auto s = minimal_scenario();
  s.run.replications = 4;
  s.children.age_at_entry = {0.25, 0.25, 0.25, 0.25, 0};
  s.children.stay = exponential_days(3 * 365.0);
  s.provision.in_house_foster.reset();
  s.provision.ifa.reset();
  s.provision.supported = scenario::SupportedSpec{};
  s.provision.emergency = scenario::EmergencySpec{};
  s.matching.order = {PlacementType::supported};
  const auto result = run::run_experiment(s, 2);
  // Nobody enters at 16 or 17, so only those who reach 16 in care while waiting in a
  // stop-gap can move on to supported accommodation, never as a first placement.
  for (const double share : kpi_values(result, "first_placement_share.supported")) CHECK(share == 0.0);
  for (const double share : kpi_values(result, "placement_days_share.supported")) CHECK(share > 0.0);
}
