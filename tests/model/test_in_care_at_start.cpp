// children.in_care_at_start: steady_state. With no warm-up at all, the children in care from
// the first day are those an endless run would have: entries times the mean time in care
// (Little's law for the M/G/infinity queue), with the ages that time in care gives them.
#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <optional>
#include <utility>

#include "model/care_system.hpp"
#include "model_run.hpp"
#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

// Care that ends only by going home (or at 18, for whoever the route leaves out), and maybe
// comes back.
void leave_only_for_home(scenario::Scenario& s, const scenario::LeavingRouteSpec& home,
                         std::optional<scenario::ReEntrySpec> re_entry = std::nullopt) {
  s.children.stay.reset();
  scenario::LeavingCareSpec leaving;
  leaving.routes[static_cast<std::size_t>(LeavingRoute::return_home)] = home;
  leaving.re_entry = std::move(re_entry);
  s.leaving_care = leaving;
}

// One year reported, straight from the start: nothing settles before it is counted.
scenario::Scenario starting_at_once() {
  auto s = minimal_scenario();
  s.run.warmup_years = 0;
  s.run.years = 1;
  s.children.in_care_at_start = scenario::InCareAtStart::steady_state;
  return s;
}

}  // namespace

TEST_CASE("in the steady state at the start, children in care are entries times the mean stay from the first day",
          "[model][steady-state]") {
  // Lognormal stays (a general distribution: M/G/infinity), all far shorter than the 17
  // years to the 18th birthday of a child entering under 1.
  auto s = starting_at_once();
  s.children.stay = lognormal_days(300, 0.8);
  const double mean_stay_days = 300 * std::exp(0.8 * 0.8 / 2);
  const double steady = s.children.entries_per_year * mean_stay_days / kernel::kDaysPerYear;
  const auto steady_run = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(steady_run, "children_in_care_mean")).contains(steady));
  // The children already in care are not counted as entries of the year.
  CHECK(interval_99(kpi_values(steady_run, "entries_per_year")).contains(s.children.entries_per_year));

  // Starting empty, the first year holds well under half as many (about 190 against 510).
  s.children.in_care_at_start = scenario::InCareAtStart::none;
  const auto empty_run = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(empty_run, "children_in_care_mean")).mean < 0.7 * steady);
}

TEST_CASE("in the steady state at the start, children who stay until 18 are in care with the ages that gives them",
          "[model][steady-state]") {
  // Children enter at 10-15 (uniform in age) and, with no way out, stay until 18: 5 years on
  // average, so 5 years of entries are in care. Of them, those aged 16 and 17 are the whole
  // of two years of entries (2 of the 5 years); the 10-15s, half of six years' worth.
  auto s = starting_at_once();
  s.children.entries_per_year = 100;
  s.children.age_at_entry = {0, 0, 0, 1.0, 0};
  leave_only_for_home(s, leaving_route(0, 100));  // a chance of 0: nobody goes home
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "children_in_care_mean")).contains(s.children.entries_per_year * 5));
  CHECK(interval_99(kpi_values(result, "age_mix_31_march.16-17")).contains(2.0 / 5));
}

TEST_CASE("in the steady state at the start, children who went home and came back are in care too",
          "[model][steady-state]") {
  // Every episode ends at home after 300 days; half the children come back 2,000 days later,
  // and half of those again. A baby entering care has three episodes at most before 18 (the
  // fourth would begin at about 19), so on average 1 + 1/2 + 1/4 of them: 525 days in care.
  auto s = starting_at_once();
  auto home = leaving_route(1.0, 0);
  home.chance_by_age = {1, 1, 1, 1, 1};
  home.after = fixed_days(300);
  leave_only_for_home(s, home, scenario::ReEntrySpec{0.5, fixed_days(2000)});
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "children_in_care_mean"))
            .contains(s.children.entries_per_year * 525 / kernel::kDaysPerYear));
  // A year of entries and the re-entries of children who went home before the start: a
  // third of the entries (1/2 + 1/4 of the 1 + 1/2 + 1/4 episodes).
  CHECK(interval_99(kpi_values(result, "re_entry_share")).contains(0.75 / 1.75));
}

namespace {

// Checks that a re-entry says its earlier episodes came before the start exactly when no
// entry of this child was published before it, so that no metric or service carries over a
// record it never made (a child record is reused only for a new child, who enters afresh).
struct EarlierEpisodes final : model::CareObserver {
  std::map<std::uint32_t, bool> published;  // by child record: an entry of its child was published
  long re_entries = 0, before_start = 0;
  void on(const model::ChildEntered& e) override {
    bool& seen = published[model::index_of(e.child)];
    if (!e.re_entry) {
      CHECK_FALSE(e.earlier_episodes_before_start);
    } else {
      ++re_entries;
      CHECK(e.earlier_episodes_before_start == !seen);
      before_start += e.earlier_episodes_before_start;
    }
    seen = true;
  }
};

}  // namespace

TEST_CASE("a child of the steady state re-entering care carries no record of its earlier episodes",
          "[model][steady-state]") {
  auto s = minimal_scenario();
  s.children.in_care_at_start = scenario::InCareAtStart::steady_state;
  s.children.age_at_entry = {0.2, 0.2, 0.2, 0.2, 0.2};
  s.children.sibling_group_size = {0.6, 0.3, 0.1};
  auto home = leaving_route(0.6, 0);
  home.chance_by_age = {0.6, 0.6, 0.6, 0.6, 0.3};
  home.after = exponential_days(300);
  leave_only_for_home(s, home, scenario::ReEntrySpec{0.4, exponential_days(400)});
  testing::ModelRun<model::CareSystem> run(s, 0);
  EarlierEpisodes episodes;
  run.publisher().subscribe<model::ChildEntered>(episodes);
  run.run_years(5);
  CHECK(episodes.before_start > 50);                         // in care at the start, or back soon after
  CHECK(episodes.re_entries - episodes.before_start > 50);  // and the re-entries of the run's own
}

TEST_CASE("in the steady state at the start, a transfer due before the start has happened", "[model][steady-state]") {
  // Every case moves to another worker 30 days after entry; nothing else changes a child's
  // worker. A child still in care 30 days after entering (e^(-30/365) of them) changes once,
  // so changes per child-year are that share times entries over those in care. Transfers of
  // the children of the start counted from the start would almost double it.
  auto s = starting_at_once();
  auto workers = county_team(60, 20, 30, 0);
  workers.transfer_after_entry = scenario::CaseTransferSpec{1.0, fixed_days(30)};
  s.workforce = with_social_workers(workers);
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "social_worker_changes_per_child_year")).contains(std::exp(-30.0 / 365)));
}
