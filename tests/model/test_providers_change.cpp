// The providers outside the council offer more or less from a date, or several (provision.change): each
// search's chance of finding a place, and the caps, checked against the binomial chance and
// after every event of a replication.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>
#include <vector>

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
  s.provision.changes = {change};
  return s;
}

}  // namespace

TEST_CASE("from each of the providers' changes, searches find IFA places with its chance", "[model][providers]") {
  // 0.8 to start with, 0.3 from the first change, 0.6 from the second, which changes nothing else.
  const kernel::Date first = minimal_scenario().run.start_date.plus_years(2), second = first.plus_years(2);
  auto s = agencies_then_homes(first);
  s.provision.ifa->availability = 0.8;
  s.provision.changes[0].ifa_availability = 0.3;
  s.provision.changes.push_back(s.provision.changes[0]);
  s.provision.changes[1].start_date = second;
  s.provision.changes[1].ifa_availability = 0.6;
  struct FirstPlacements final : model::CareObserver {
    kernel::Ticks changes[2] = {0, 0};
    long ifa[3] = {0, 0, 0}, all[3] = {0, 0, 0};  // before the changes, from the first, from the second
    void on(const model::PlacementStarted& e) override {
      if (e.placement_number != 1) return;
      const int period = (e.time >= changes[0]) + (e.time >= changes[1]);
      ++all[period];
      ifa[period] += e.type == PlacementType::ifa;
    }
  } seen;
  ModelRun<model::CareSystem> run(s, 0);
  seen.changes[0] = run.clock().start_of(first);
  seen.changes[1] = run.clock().start_of(second);
  run.publisher().subscribe<model::PlacementStarted>(seen);
  run.run_years(6);
  // Each first search is a Bernoulli trial with the chance in force: the share within four
  // binomial standard errors.
  const double chances[3] = {0.8, 0.3, 0.6};
  for (int period = 0; period < 3; ++period) {
    INFO(period);
    REQUIRE(seen.all[period] > 400);
    const double p = chances[period], n = static_cast<double>(seen.all[period]);
    CHECK(std::abs(static_cast<double>(seen.ifa[period]) / n - p) < 4 * std::sqrt(p * (1 - p) / n));
  }
}

TEST_CASE("under an IFA cap lowered below the places in use, those run on and no new one is made till use is below "
          "it",
          "[model][providers]") {
  const kernel::Date changes = minimal_scenario().run.start_date.plus_years(1);
  auto s = agencies_then_homes(changes);
  s.provision.ifa->max_placements = 40;  // about 80 would be in use without a cap
  s.provision.changes[0].ifa_availability = 1;
  s.provision.changes[0].ifa_max_placements = 10;
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

TEST_CASE("a providers' change that offers no more searches nothing, so one that writes the provision's own values "
          "changes nothing",
          "[model][providers]") {
  // 400 in-house places and 20 IFA places, for about 520 children in care two years from an
  // empty start, so that many wait on the date.
  auto s = minimal_scenario();
  s.children.entries_per_year = 600;
  s.provision.ifa = ifa_with_cap(20);
  s.provision.ifa->availability = 0.7;
  const kernel::Date changes = s.run.start_date.plus_years(2);
  struct Placements final : model::CareObserver {
    std::vector<std::tuple<kernel::Ticks, std::uint32_t, PlacementType>> started;
    void on(const model::PlacementStarted& e) override { started.emplace_back(e.time, model::index_of(e.child), e.type); }
  };
  const auto placements = [](const scenario::Scenario& scenario, long* waiting_on_the_date = nullptr) {
    Placements seen;
    ModelRun<model::CareSystem> run(scenario, 0);
    run.publisher().subscribe<model::PlacementStarted>(seen);
    const model::CareSystem& care = run.build();
    run.run_until(run.clock().start_of(scenario.run.start_date.plus_years(2)) - 1);
    if (waiting_on_the_date) *waiting_on_the_date = static_cast<long>(care.waiting().size());
    run.run_years(4);
    return seen.started;
  };
  long waiting = 0;
  const auto without = placements(s, &waiting);
  REQUIRE(waiting > 10);
  scenario::ProvisionChange same;
  same.start_date = changes;
  same.ifa_availability = 0.7;
  same.ifa_max_placements = 20;
  s.provision.changes = {same};
  CHECK(placements(s) == without);
  // Fewer places found: still no search on the date, and the same placements up to it.
  s.provision.changes[0].ifa_availability = 0.5;
  const auto fewer = placements(s);
  REQUIRE(fewer.size() > 1000);
  const kernel::Ticks date = kernel::Clock(s.run.start_date).start_of(changes);
  const auto first_after = [date](const auto& started) {
    return std::find_if(started.begin(), started.end(), [date](const auto& p) { return std::get<0>(p) >= date; });
  };
  CHECK(std::equal(without.begin(), first_after(without), fewer.begin(), first_after(fewer)));
  CHECK(std::get<0>(*first_after(fewer)) > date);  // no placement made on the date itself
}

namespace {

// 400 in-house places and 20 IFA places, found at every search, for about 520 children in
// care two years from an empty start, many of them waiting; then the IFA cap `cap` from that
// date (none: lifted).
scenario::Scenario capped_ifa_then(std::optional<int> cap) {
  auto s = minimal_scenario();
  s.children.entries_per_year = 600;
  s.provision.ifa = ifa_with_cap(20);
  scenario::ProvisionChange change;
  change.start_date = s.run.start_date.plus_years(2);
  change.ifa_availability = 1;
  change.ifa_max_placements = cap;
  s.provision.changes = {change};
  return s;
}

// Runs to the tick before `date` and returns how many children wait then (many), the cap full.
int waiting_before(kernel::Ticks date, ModelRun<model::CareSystem>& run, const model::CareSystem& care) {
  run.run_until(date - 1);
  REQUIRE(care.ifa_in_use() == 20);
  const int waiting = static_cast<int>(care.waiting().size());
  REQUIRE(waiting > 10);
  return waiting;
}

}  // namespace

TEST_CASE("a raised IFA cap goes at once to the children waiting", "[model][providers]") {
  const auto s = capped_ifa_then(60);
  ModelRun<model::CareSystem> run(s, 0);
  const model::CareSystem& care = run.build();
  const kernel::Ticks date = run.clock().start_of(s.provision.changes[0].start_date);
  const int waiting = waiting_before(date, run, care);
  run.run_until(date);
  const int placed = std::min(waiting, 40);
  CHECK(care.ifa_in_use() == 20 + placed);
  CHECK(static_cast<int>(care.waiting().size()) == waiting - placed);
}

TEST_CASE("a lifted IFA cap takes every child waiting at once, and the IFA no longer fills to a cap",
          "[model][providers]") {
  const auto s = capped_ifa_then(std::nullopt);
  ModelRun<model::CareSystem> run(s, 0);
  const model::CareSystem& care = run.build();
  const kernel::Ticks date = run.clock().start_of(s.provision.changes[0].start_date);
  const int waiting = waiting_before(date, run, care);
  run.run_until(date);
  CHECK(care.ifa_in_use() == 20 + waiting);
  CHECK(care.waiting().empty());
  // With IFA places found at every search, nobody waits from the date on.
  int most = 0;
  run.run_years(4, [&](const model::CareSystem& now) {
    REQUIRE(now.waiting().empty());
    most = std::max(most, now.ifa_in_use());
  });
  CHECK(most > 60);  // well above the old cap: nearly 600 in care by then, over 400 in-house places
}
