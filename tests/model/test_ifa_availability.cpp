// An IFA place is found with the scenario's chance at each search: with nothing before IFAs
// in the order, that chance is the share of first placements made with one.
#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

TEST_CASE("with no in-house places, the share of first placements with an IFA is its availability times the share "
          "of needs it accepts",
          "[model][ifa]") {
  // A child's first search is its only chance at a first placement with an IFA: one not found
  // goes at once to the fallback (a stop-gap, where it waits and searches again, or an
  // external home), and that is its first placement. So the share is exactly p x accepted.
  // With no fallback the child would wait unplaced, and a later search would find an IFA
  // with chance p again: the share would come out above p.
  const double p = 0.7;
  auto s = minimal_scenario();
  s.run.replications = 10;
  s.children.need_level = {0.5, 0.3, 0.2};
  s.provision.in_house_foster.reset();
  s.provision.ifa->availability = p;
  s.provision.ifa->accepts = {true, true, false};
  const double expected = p * (s.children.need_level[0] + s.children.need_level[1]);
  auto stop_gaps = s;
  stop_gaps.provision.emergency = scenario::EmergencySpec{};
  auto external_homes = s;
  external_homes.provision.residential = scenario::ResidentialSpec{{}, scenario::ResidentialSpec::External{}};
  for (const auto& [fallback, scenario] :
       {std::pair{"emergency", stop_gaps}, std::pair{"residential", external_homes}}) {
    INFO("fallback " << fallback << ", theory " << expected);
    const auto result = run::run_experiment(scenario, 2);
    const auto ifa = kpi_values(result, "first_placement_share.ifa");
    CHECK(interval_99(ifa).contains(expected));
    // Every entrant's first placement is an IFA or the fallback, at its first search.
    const auto other = kpi_values(result, std::string("first_placement_share.") + fallback);
    for (std::size_t r = 0; r < ifa.size(); ++r) CHECK(ifa[r] + other[r] == Approx(1).epsilon(1e-12));
  }
}
