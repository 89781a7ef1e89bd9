#include <catch2/catch.hpp>

#include "model/queueing_theory.hpp"
#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

// Offered load in Erlang: entries per day x mean stay in days.
double offered_load(const scenario::Scenario& s) {
  return s.children.entries_per_year / kernel::kDaysPerYear * s.children.stay->expected_value();
}

void check_loss_system(const scenario::Scenario& s) {
  const auto result = run::run_experiment(s, 2);
  const int places = s.provision.in_house_foster->households;
  const double a = offered_load(s);
  const double blocked = erlang_b(places, a);

  INFO("offered load " << a << " Erlang on " << places << " places; Erlang-B " << blocked);
  const auto overflow = interval_99(kpi_values(result, "first_placement_share.ifa"));
  CHECK(overflow.contains(blocked));
  const auto occupancy = interval_99(kpi_values(result, "in_house_occupancy_mean"));
  CHECK(occupancy.contains(a * (1 - blocked) / places));
  // Little's law: children in care = entries per day x mean stay.
  const auto in_care = interval_99(kpi_values(result, "children_in_care_mean"));
  CHECK(in_care.contains(a));
  const auto waiting = kpi_values(result, "waiting_days_mean");
  CHECK(*std::max_element(waiting.begin(), waiting.end()) == 0.0);  // an IFA always has room
}

}  // namespace

TEST_CASE("overflow to IFA follows Erlang-B with exponential stays", "[model][theory]") {
  check_loss_system(minimal_scenario());
}

TEST_CASE("overflow to IFA follows Erlang-B with lognormal stays, as the formula is insensitive to the stay's shape",
          "[model][theory]") {
  auto s = minimal_scenario();
  s.children.stay = lognormal_days(365 / std::exp(0.5), 1.0);  // mean 365 days
  check_loss_system(s);
}

TEST_CASE("a small pool under heavy load overflows as Erlang-B says", "[model][theory]") {
  auto s = minimal_scenario();
  s.children.entries_per_year = 60;
  s.children.stay = exponential_days(500);
  s.provision.in_house_foster->households = 60;
  s.run.replications = 40;
  check_loss_system(s);
}

TEST_CASE("without an IFA, children wait first come first served and places stay full while anyone waits",
          "[model][theory]") {
  // Stays run from entry whether or not the child is placed, so the number in care N is the
  // M/G/infinity Poisson(a); places filled are min(N, c) and children waiting (N - c)+.
  auto s = minimal_scenario();
  s.provision.ifa.reset();
  s.children.stay = lognormal_days(300, 0.6);
  const int places = 400;
  const double a = offered_load(s);
  const auto result = run::run_experiment(s, 2);
  INFO("offered load " << a << " Erlang on " << places << " places");
  CHECK(interval_99(kpi_values(result, "in_house_occupancy_mean")).contains(poisson_mean_min(a, places) / places));
  CHECK(interval_99(kpi_values(result, "children_waiting_mean")).contains(poisson_mean_excess(a, places)));
  CHECK(interval_99(kpi_values(result, "children_in_care_mean")).contains(a));
  CHECK(interval_99(kpi_values(result, "first_placement_share.ifa")).mean == 0.0);
}
