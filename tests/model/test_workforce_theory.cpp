// The workforce against theory: constant hazards, alone and raised by the caseload pressure
// at the cap, Little's law for vacancies, agency cover and planned exits put back,
// alternating renewal for sickness, and Poisson numbers in care for children waiting for a
// worker. Tolerances come from the replications' own spread.
#include <catch2/catch.hpp>

#include <cmath>

#include "queueing_theory.hpp"
#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

// The minimal scenario (450 entries a year, a year's stay) with one team of 40 posts, room
// for everyone (cap 20), leaving at `rate` a year.
scenario::Scenario staffed(double rate) {
  auto s = minimal_scenario();
  s.run.years = 8;
  s.run.warmup_years = 4;
  s.workforce = with_social_workers(county_team(40, 12, 20, rate));
  return s;
}

std::vector<double> ratio_to_rest(const std::vector<double>& shares) {
  std::vector<double> ratios;
  for (const double share : shares) ratios.push_back(share / (1 - share));
  return ratios;
}

}  // namespace

TEST_CASE("with constant leaving hazards and no caseload pressure, turnover equals the hazard", "[model][workforce]") {
  auto s = staffed(0.25);
  scenario::AgencyCoverSpec agency;
  agency.probability = 1;
  agency.time_to_cover = fixed_days(20);
  agency.leaving_rate_per_year = 1.5;
  s.workforce->social_workers->agency_cover = agency;
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "social_worker_turnover_rate")).contains(0.25));
  CHECK(interval_99(kpi_values(result, "agency_turnover_rate")).contains(1.5));
}

TEST_CASE("a change of leaving rates at the horizon's start gives turnover the new hazards from the first day",
          "[model][workforce]") {
  // Every worker in post when the rates change draws its wait again: were the waits drawn at
  // the old rates kept, the horizon's first years would show turnover near the old hazard.
  auto s = staffed(0.1);
  scenario::AgencyCoverSpec agency;
  agency.probability = 1;
  agency.time_to_cover = fixed_days(20);
  agency.leaving_rate_per_year = 0.2;
  auto& workers = *s.workforce->social_workers;
  workers.agency_cover = agency;
  scenario::SocialWorkersChange change{s.run.start_date, workers.establishment_by_team, workers.caseload_cap, 0.5,
                                       workers.time_to_recruit, agency, std::nullopt, std::nullopt};
  change.agency_cover->leaving_rate_per_year = 2;
  workers.changes = {change};
  s.run.years = 2;
  s.run.replications = 60;
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "social_worker_turnover_rate")).contains(0.5));
  CHECK(interval_99(kpi_values(result, "agency_turnover_rate")).contains(2));
}

TEST_CASE("the caseload feedback loop raises turnover as entries rise, and only when it is on", "[model][workforce]") {
  const double rate = 0.2;
  auto quiet = staffed(rate);
  quiet.children.entries_per_year = 300;  // about 8 children a worker: below the target of 12
  auto busy = quiet;
  busy.children.entries_per_year = 700;   // about 19 a worker: well above it
  const auto busy_without_loop = run::run_experiment(busy, 2);
  CHECK(interval_99(kpi_values(busy_without_loop, "social_worker_turnover_rate")).contains(rate));

  scenario::CaseloadPressureSpec pressure{{0, 4}, {1, 3}};
  quiet.workforce->social_workers->caseload_pressure = pressure;
  busy.workforce->social_workers->caseload_pressure = pressure;
  const auto low = kpi_values(run::run_experiment(quiet, 2), "social_worker_turnover_rate");
  const auto high = kpi_values(run::run_experiment(busy, 2), "social_worker_turnover_rate");
  CHECK(interval_99(low).contains(rate));  // nobody above target: the loop never bites
  std::vector<double> rise;
  for (std::size_t r = 0; r < low.size(); ++r) rise.push_back(high[r] - low[r]);
  const Interval difference = interval_99(rise);
  CHECK(difference.mean - difference.half_width > 0);
}

TEST_CASE("with every worker held at the cap, turnover is the leaving rate times the caseload pressure at the cap",
          "[model][workforce]") {
  // 15 posts hold 225 or 270 children of the 450 or so in care, so a case freed is taken at
  // once by a child waiting and a recruit fills up the moment it starts: every worker in post
  // holds the cap all the time and resigns at the base rate x the factor at cap - target.
  // Turnover is resignations per permanent worker-year in post, so it is that rate too.
  const double rate = 0.3;
  const scenario::CaseloadPressureSpec pressure{{0, 2, 6}, {1, 1.5, 3.5}};
  struct AtCap {
    int above_target;
    double factor;  // worked from the points
  };
  const AtCap at_cap = GENERATE(AtCap{5, 1.5 + (5.0 - 2) / (6 - 2) * (3.5 - 1.5)},  // between the last two points
                                AtCap{8, 3.5});                                    // beyond the last
  auto s = minimal_scenario();
  s.workforce = with_social_workers(county_team(15, 10, 10 + at_cap.above_target, rate));
  s.workforce->social_workers->caseload_pressure = pressure;
  const auto result = run::run_experiment(s, 2);
  INFO(at_cap.above_target << " cases above target");
  for (const double share : kpi_values(result, "caseload_share_at_cap")) REQUIRE(share == Approx(1));
  CHECK(interval_99(kpi_values(result, "social_worker_turnover_rate")).contains(rate * at_cap.factor));
}

TEST_CASE("vacancies over permanent staff equal the leaving rate times the mean time to recruit (Little's law)",
          "[model][workforce]") {
  const double rate = 0.3, recruit_days = 200;
  auto s = staffed(rate);
  s.workforce->social_workers->time_to_recruit = exponential_days(recruit_days);
  const double expected = rate * recruit_days / kernel::kDaysPerYear;  // vacancies per permanent worker
  CHECK(interval_99(ratio_to_rest(kpi_values(run::run_experiment(s, 2), "vacancy_rate"))).contains(expected));
}

TEST_CASE("agency workers covering vacancies after a fixed delay are as many as vacancies older than the delay",
          "[model][workforce]") {
  const double rate = 0.3, recruit_days = 200, cover_days = 60;
  auto s = staffed(rate);
  s.workforce->social_workers->time_to_recruit = exponential_days(recruit_days);
  scenario::AgencyCoverSpec agency;
  agency.probability = 1;
  agency.time_to_cover = fixed_days(cover_days);
  s.workforce->social_workers->agency_cover = agency;  // agency workers never leave of their own accord
  // Little's law: agency per permanent = rate x E[(recruit time - cover delay)+] = rate m e^(-c/m).
  const double expected = rate * recruit_days * std::exp(-cover_days / recruit_days) / kernel::kDaysPerYear;
  CHECK(interval_99(ratio_to_rest(kpi_values(run::run_experiment(s, 2), "agency_share"))).contains(expected));
}

TEST_CASE("sickness absence takes the share of time an alternating renewal process predicts", "[model][workforce]") {
  auto s = staffed(0);
  scenario::SicknessSpec sickness;
  sickness.spells_per_year = 4;
  sickness.length = fixed_days(10);
  s.workforce->social_workers->sickness = sickness;
  const double at_work_days = kernel::kDaysPerYear / sickness.spells_per_year;
  CHECK(interval_99(kpi_values(run::run_experiment(s, 2), "sickness_absence_rate")).contains(10 / (at_work_days + 10)));
}

TEST_CASE("with no turnover, children wait for a worker exactly when more are in care than the team can hold",
          "[model][workforce]") {
  // Children in care are Poisson(a) (M/G/infinity); 3 workers with a cap of 5 hold min(N, 15).
  auto s = minimal_scenario();
  s.children.entries_per_year = 50;
  s.children.stay = exponential_days(120);
  s.workforce = with_social_workers(county_team(3, 5, 5, 0));
  const double a = 50 * 120 / kernel::kDaysPerYear;
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "children_unallocated_mean")).contains(poisson_mean_excess(a, 15)));
  // Of the child-days in care (a child in care on average a), those unallocated.
  CHECK(interval_99(kpi_values(result, "children_unallocated_share")).contains(poisson_mean_excess(a, 15) / a));
  CHECK(interval_99(kpi_values(result, "caseload_mean")).contains(poisson_mean_min(a, 15) / 3));
  for (const double share : kpi_values(result, "caseload_share_at_cap")) CHECK(share > 0);
}

TEST_CASE("a planned exit put back per case above target lengthens stays as Little's law predicts",
          "[model][workforce]") {
  // Every child returns home after a fixed D days, put back by d days per case its worker
  // holds above a target of 1: d x (children already in care, all on one worker's caseload).
  // By PASTA the mean of those is L itself, so L = lambda (D + d L): L = lambda D / (1 - lambda d).
  const double lambda = 50 / kernel::kDaysPerYear, stay_days = 100, delay_days = 2;
  auto s = minimal_scenario();
  s.children.entries_per_year = 50;
  s.children.stay.reset();
  scenario::LeavingCareSpec leaving;
  leaving.routes[static_cast<std::size_t>(LeavingRoute::return_home)] =
      scenario::LeavingRouteSpec{{1, 0, 0, 0, 0}, fixed_days(stay_days), {}};
  s.leaving_care = leaving;
  s.workforce = with_social_workers(county_team(1, 1, 1000, 0));
  scenario::ChildEffectsSpec::ExitDelay delay;
  delay.days_per_case_above_target = delay_days;
  delay.routes[static_cast<std::size_t>(LeavingRoute::return_home)] = true;
  s.workforce->effects_on_children = scenario::ChildEffectsSpec{std::nullopt, delay};
  const double expected = lambda * stay_days / (1 - lambda * delay_days);
  CHECK(interval_99(kpi_values(run::run_experiment(s, 2), "children_in_care_mean")).contains(expected));
}

TEST_CASE("cases moving at a constant rate, always to a worker with room, change workers at that rate",
          "[model][workforce]") {
  auto s = minimal_scenario();
  s.workforce = with_social_workers(county_team(40, 15, 30, 0));  // nobody leaves, room for everyone
  s.workforce->social_workers->case_moves_per_year = 1.5;
  CHECK(interval_99(kpi_values(run::run_experiment(s, 2), "social_worker_changes_per_child_year")).contains(1.5));
}

TEST_CASE("without a workforce section every workforce KPI is n/a", "[model][workforce]") {
  auto s = minimal_scenario();
  s.run.replications = 2;
  const auto result = run::run_experiment(s, 2);
  for (const char* kpi : {"caseload_mean", "social_worker_turnover_rate", "share_3plus_social_workers_in_year",
                          "vacancy_rate", "agency_share", "children_unallocated_mean", "children_unallocated_share",
                          "pa_caseload_mean",
                          "pa_share_at_age.16_5"})
    for (const double value : kpi_values(result, kpi)) CHECK(std::isnan(value));
}

TEST_CASE("a workforce with no effects on children leaves every child's story as it was (common random numbers)",
          "[model][workforce]") {
  auto without = minimal_scenario();
  without.run.replications = 4;
  auto with = without;
  with.workforce = with_social_workers(county_team(20, 15, 20, 0.3));
  with.workforce->social_workers->case_moves_per_year = 1;
  with.workforce->personal_advisers = scenario::PersonalAdvisersSpec{3, 20, 16, 0.3};
  const auto a = run::run_experiment(without, 2), b = run::run_experiment(with, 2);
  for (const char* kpi : {"entries_per_year", "children_in_care_mean", "placement_days_share.ifa", "waiting_days_mean"})
    CHECK(kpi_values(a, kpi) == kpi_values(b, kpi));
}

TEST_CASE("the workforce gives the same results on 1 and 2 threads", "[model][workforce]") {
  auto s = staffed(0.3);
  s.run.replications = 4;
  s.workforce->social_workers->sickness = scenario::SicknessSpec{2, exponential_days(10)};
  s.workforce->social_workers->case_moves_per_year = 1;
  const auto one = run::run_experiment(s, 1), two = run::run_experiment(s, 2);
  for (const char* kpi : {"caseload_mean", "social_worker_turnover_rate", "share_3plus_social_workers_in_year"})
    CHECK(kpi_values(one, kpi) == kpi_values(two, kpi));
}
