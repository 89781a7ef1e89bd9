#include <catch2/catch.hpp>

#include <initializer_list>

#include "run/scenario_aggregate.hpp"

using caresim::metrics::KpiRange;
using caresim::metrics::Measurements;
using caresim::run::ScenarioAggregate;

namespace {

// Replications of a count, a share and a net change, each near the edge of its values.
ScenarioAggregate aggregate_of(std::initializer_list<double> counts, std::initializer_list<double> shares,
                               std::initializer_list<double> changes) {
  ScenarioAggregate aggregate;
  auto share = shares.begin();
  auto change = changes.begin();
  for (const double count : counts) {
    Measurements m;
    m.add_kpi("waiting_mean", count);
    m.add_share("reached_share", *share++);
    m.add_kpi("net_change_per_year", *change++, KpiRange::any);
    aggregate.add(m);
  }
  return aggregate;
}

}  // namespace

TEST_CASE("a KPI's interval across replications never leaves the values the KPI can take", "[run][stats]") {
  const ScenarioAggregate aggregate = aggregate_of({0, 0, 0, 1}, {1, 1, 1, 0.9}, {0, 0, 0, 1});
  const auto count = aggregate.kpi_summary(0);
  const auto share = aggregate.kpi_summary(1);
  const auto change = aggregate.kpi_summary(2);
  REQUIRE((count && share && change));
  CHECK(count->ci95_low == 0);
  CHECK(share->ci95_high == 1);
  CHECK(share->ci95_low == Approx(0.975 - 3.182446 * 0.05 / 2).epsilon(1e-6));  // t(0.975, 3): not cut
  // A net change can fall: its t-interval stays whole, below 0 as for the same values counted.
  CHECK(change->ci95_low < 0);
  CHECK(change->ci95_high == Approx(count->ci95_high));
}
