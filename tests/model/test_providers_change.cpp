// The providers outside the council offer more or less from a date (provision.change): each
// search's chance of finding a place, and the caps, checked against the binomial chance and
// after every event of a replication.
#include <catch2/catch.hpp>

#include <cmath>

#include "model_run.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

// No in-house carers: each child's first search takes an IFA place if it finds one, else an
// external home, always found. 300 children a year, staying about 100 days.
scenario::Scenario agencies_then_homes(kernel::Date changes) {
  auto s = minimal_scenario();
  s.children.entries_per_year = 300;
  s.children.stay = exponential_days(100);
  s.provision.in_house_foster.reset();
  s.provision.residential = scenario::ResidentialSpec{{}, scenario::ResidentialSpec::External{}};
  scenario::ProvisionChange change;
  change.start_date = changes;
  change.external_home_availability = 1;
  s.provision.change = change;
  return s;
}

}  // namespace

TEST_CASE("from the providers' change, searches find IFA places with the new chance", "[model][providers]") {
  const kernel::Date changes = minimal_scenario().run.start_date.plus_years(2);
  auto s = agencies_then_homes(changes);
  s.provision.ifa->availability = 0.8;
  s.provision.change->ifa_availability = 0.3;
  struct FirstPlacements final : model::CareObserver {
    kernel::Ticks changes = 0;
    long ifa[2] = {0, 0}, all[2] = {0, 0};  // before, from the change
    void on(const model::PlacementStarted& e) override {
      if (e.placement_number != 1) return;
      const int from = e.time >= changes;
      ++all[from];
      ifa[from] += e.type == PlacementType::ifa;
    }
  } seen;
  ModelRun<model::CareSystem> run(s, 0);
  seen.changes = run.clock().start_of(changes);
  run.publisher().subscribe<model::PlacementStarted>(seen);
  run.run_years(4);
  // Each first search is a Bernoulli trial with the chance in force: the share within four
  // binomial standard errors.
  const double chances[2] = {0.8, 0.3};
  for (int from = 0; from < 2; ++from) {
    INFO(from);
    REQUIRE(seen.all[from] > 400);
    const double p = chances[from], n = static_cast<double>(seen.all[from]);
    CHECK(std::abs(static_cast<double>(seen.ifa[from]) / n - p) < 4 * std::sqrt(p * (1 - p) / n));
  }
}

TEST_CASE("under an IFA cap lowered below the places in use, those run on and no new one is made till use is below "
          "it",
          "[model][providers]") {
  const kernel::Date changes = minimal_scenario().run.start_date.plus_years(1);
  auto s = agencies_then_homes(changes);
  s.provision.ifa->max_placements = 40;  // about 80 would be in use without a cap
  s.provision.change->ifa_availability = 1;
  s.provision.change->ifa_max_placements = 10;
  ModelRun<model::CareSystem> run(s, 0);
  const kernel::Ticks changing = run.clock().start_of(changes);
  int highest_before = 0, last = 0, lowest_after = 40, highest_once_under = 0;
  bool under = false;
  run.run_years(3, [&](const model::CareSystem& care) {
    const int in_use = care.ifa_in_use();
    if (run.agenda().now() < changing) {
      highest_before = std::max(highest_before, in_use);
    } else {
      if (in_use > 10) REQUIRE(in_use <= last);  // above the new cap, use only falls
      lowest_after = std::min(lowest_after, in_use);
      under = under || in_use <= 10;
      if (under) highest_once_under = std::max(highest_once_under, in_use);
    }
    last = in_use;
  });
  CHECK(highest_before == 40);
  CHECK(under);
  CHECK(highest_once_under == 10);  // filled to the new cap again
}
