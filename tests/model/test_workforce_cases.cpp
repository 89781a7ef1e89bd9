// Hand-made workforce stories, told fact by fact: allocation by each policy, reallocation when
// a worker leaves (with exact counts of each child's social workers), agency cover handed over
// to a permanent recruit, transfers after entry, and personal advisers for care leavers.
#include <catch2/catch.hpp>

#include <numeric>

#include "metrics/caseloads.hpp"
#include "metrics/social_worker_stability.hpp"
#include "metrics/staffing.hpp"
#include "run/replication.hpp"
#include "workforce_script.hpp"

using namespace caresim;
using namespace caresim::testing;
using Story = std::vector<std::string>;

namespace {

scenario::Scenario with_team(int posts, int target, int cap) {
  auto s = minimal_scenario();
  s.workforce = with_social_workers(county_team(posts, target, cap, 0));  // nobody leaves unless told
  s.workforce->social_workers->time_to_recruit = fixed_days(30);
  return s;
}

// Agency cover for every vacancy, `days` after it opens.
scenario::AgencyCoverSpec certain_cover(double days) {
  scenario::AgencyCoverSpec agency;
  agency.probability = 1;
  agency.time_to_cover = fixed_days(days);
  return agency;
}

// One personal adviser for up to `cap` young people from 16, and no social workers.
scenario::Scenario with_one_adviser(int cap) {
  auto s = minimal_scenario();
  s.workforce = scenario::WorkforceSpec{};
  s.workforce->personal_advisers = scenario::PersonalAdvisersSpec{1, cap, 16, 0};
  return s;
}

double kpi(const metrics::Measurements& m, const std::string& name) {
  for (std::size_t k = 0; k < m.kpi_names.size(); ++k)
    if (m.kpi_names[k] == name) return m.kpi_values[k];
  FAIL("no KPI " << name);
  return 0;
}

std::vector<double> yearly(const metrics::Measurements& m, const std::string& name) {
  for (std::size_t y = 0; y < m.yearly_names.size(); ++y)
    if (m.yearly_names[y] == name) return m.yearly[y];
  FAIL("no yearly flow " << name);
  return {};
}

}  // namespace

TEST_CASE("when a worker leaves, each child on the caseload is reallocated or waits, and changes are counted exactly",
          "[model][workforce]") {
  WorkforceScript script(with_team(2, 2, 3));
  const kernel::Clock& clock = script.clock();
  const auto window = metrics::ReportingWindow::of(clock, clock.start(), 1);
  metrics::SocialWorkerStability stability(window, true);
  stability.subscribe(script.publisher());
  for (std::uint32_t child = 0; child < 4; ++child) script.enter(1 + child, child);
  script.worker_leaves(10, 0);
  script.worker_leaves(50, 1);
  script.leave(90, 2);
  script.enter(91, 2);  // the id goes to a new child, who starts with no social worker
  script.at(365, [&] { script.publisher().publish(model::YearEnded{clock.end_of(clock.start().next_31_march()), clock.start().next_31_march()}); });

  CHECK(script.run_to(400) == Story{
      "day 0: permanent worker 0 joins",
      "day 0: permanent worker 1 joins",
      "day 1: child 0 to worker 0 (caseload 1, worker #1)",
      "day 2: child 1 to worker 1 (caseload 1, worker #1)",
      "day 3: child 2 to worker 0 (caseload 2, worker #1)",  // both had 1: the first to reach 1 first
      "day 4: child 3 to worker 1 (caseload 2, worker #1)",
      "day 10: child 0 off worker 0 (worker left)",
      "day 10: child 2 off worker 0 (worker left)",
      "day 10: worker 0 resigns",
      "day 10: post 0 vacant",
      "day 10: child 0 to worker 1 (caseload 3, worker #2)",  // child 2 finds worker 1 at the cap: waits
      "day 40: permanent worker 0 joins",                      // the recruit, in the leaver's record
      "day 40: post 0 filled",
      "day 40: child 2 to worker 0 (caseload 1, worker #2)",
      "day 50: child 1 off worker 1 (worker left)",
      "day 50: child 3 off worker 1 (worker left)",
      "day 50: child 0 off worker 1 (worker left)",
      "day 50: worker 1 resigns",
      "day 50: post 1 vacant",
      "day 50: child 1 to worker 0 (caseload 2, worker #2)",
      "day 50: child 3 to worker 0 (caseload 3, worker #2)",  // child 0 waits
      "day 80: permanent worker 1 joins",
      "day 80: post 1 filled",
      "day 80: child 0 to worker 1 (caseload 1, worker #3)",
      "day 90: child 2 off worker 0 (left care)",
      "day 91: child 2 to worker 1 (caseload 2, worker #1)",
  });
  metrics::Measurements m;
  stability.report(m);
  // At 31 March children 0 (three workers), 1, 3 (two each) and the new 2 (one) are in care.
  CHECK(kpi(m, "share_3plus_social_workers_in_year") == 0.25);
}

TEST_CASE("an agency worker covers a vacancy until the permanent recruit starts and takes the cases over",
          "[model][workforce]") {
  auto s = with_team(1, 5, 5);
  s.workforce->social_workers->agency_cover = certain_cover(10);
  WorkforceScript script(s);
  script.enter(1, 0);
  script.enter(2, 1);
  script.worker_leaves(5, 0);
  CHECK(script.run_to(100) == Story{
      "day 0: permanent worker 0 joins",
      "day 1: child 0 to worker 0 (caseload 1, worker #1)",
      "day 2: child 1 to worker 0 (caseload 2, worker #1)",
      "day 5: child 0 off worker 0 (worker left)",
      "day 5: child 1 off worker 0 (worker left)",
      "day 5: worker 0 resigns",
      "day 5: post 0 vacant",
      "day 15: agency worker 0 joins",
      "day 15: child 0 to worker 0 (caseload 1, worker #2)",
      "day 15: child 1 to worker 0 (caseload 2, worker #2)",
      "day 35: permanent worker 1 joins",
      "day 35: post 0 filled",
      "day 35: child 0 off worker 0 (moved)",
      "day 35: child 0 to worker 1 (caseload 1, worker #3)",
      "day 35: child 1 off worker 0 (moved)",
      "day 35: child 1 to worker 1 (caseload 2, worker #3)",
      "day 35: worker 0 ends agency cover",
  });
}

TEST_CASE("a change lowers the cap and adds a post: workers above the cap keep their cases and take no more, and "
          "the new post opens vacant",
          "[model][workforce]") {
  auto s = with_team(2, 2, 3);
  auto& workers = *s.workforce->social_workers;
  scenario::SocialWorkersChange change{kernel::Date::from_ymd(2025, 4, 1).plus_days(100),
                                       {3},
                                       2,
                                       workers.leaving_rate_per_year,
                                       workers.time_to_recruit,
                                       std::nullopt,
                                       std::nullopt,
                                       std::nullopt};
  workers.changes = {change};
  WorkforceScript script(s);
  const kernel::Clock& clock = script.clock();
  metrics::Caseloads caseloads(metrics::ReportingWindow::of(clock, clock.start(), 1), &workers);
  caseloads.subscribe(script.publisher());
  for (std::uint32_t child = 0; child < 6; ++child) script.enter(1 + child, child);
  script.enter(110, 6);
  script.leave(120, 0);
  script.leave(125, 2);
  script.enter(131, 7);
  CHECK(script.run_to(400) == Story{
      "day 0: permanent worker 0 joins",
      "day 0: permanent worker 1 joins",
      "day 1: child 0 to worker 0 (caseload 1, worker #1)",
      "day 2: child 1 to worker 1 (caseload 1, worker #1)",
      "day 3: child 2 to worker 0 (caseload 2, worker #1)",
      "day 4: child 3 to worker 1 (caseload 2, worker #1)",
      "day 5: child 4 to worker 0 (caseload 3, worker #1)",
      "day 6: child 5 to worker 1 (caseload 3, worker #1)",
      "day 100: post 2 vacant",                            // the cap is 2 from now
      "day 120: child 0 off worker 0 (left care)",          // child 6 waits: worker 0 still holds 2
      "day 125: child 2 off worker 0 (left care)",
      "day 125: child 6 to worker 0 (caseload 2, worker #1)",
      "day 130: permanent worker 2 joins",
      "day 130: post 2 filled",
      "day 131: child 7 to worker 2 (caseload 1, worker #1)",
  });
  // At or above the cap: one worker from day 5, both from day 6 (at 3, then at 2 under the
  // new cap), over worker-days of two workers for the year and a third from day 130.
  metrics::Measurements m;
  caseloads.report(m);
  CHECK(kpi(m, "caseload_share_at_cap") == Approx((1.0 + 2.0 * 359) / (2.0 * 365 + 235)));
}

TEST_CASE("posts cut by a change close as they come free: vacancies with no agency worker first, then those "
          "covered, whose agency workers leave, then the posts of the next permanent workers to leave",
          "[model][workforce]") {
  auto s = with_team(4, 2, 3);
  auto& workers = *s.workforce->social_workers;
  workers.time_to_recruit = fixed_days(60);
  workers.agency_cover = certain_cover(10);
  workers.changes = {scenario::SocialWorkersChange{kernel::Date::from_ymd(2025, 4, 1).plus_days(32),
                                                   {1},
                                                   3,
                                                   workers.leaving_rate_per_year,
                                                   workers.time_to_recruit,
                                                   workers.agency_cover,
                                                   std::nullopt,
                                                   std::nullopt}};
  WorkforceScript script(s);
  const kernel::Clock& clock = script.clock();
  metrics::Staffing staffing(metrics::ReportingWindow::of(clock, clock.start(), 1), true);
  staffing.subscribe(script.publisher());
  for (std::uint32_t child = 0; child < 4; ++child) script.enter(1 + child, child);
  script.worker_leaves(20, 0);  // covered from day 30
  script.worker_leaves(25, 1);  // its cover due on day 35, after the change
  script.enter(31, 4);          // to the agency worker, the only one under the target
  script.worker_leaves(50, 2);
  CHECK(script.run_to(200) == Story{
      "day 0: permanent worker 0 joins",
      "day 0: permanent worker 1 joins",
      "day 0: permanent worker 2 joins",
      "day 0: permanent worker 3 joins",
      "day 1: child 0 to worker 0 (caseload 1, worker #1)",
      "day 2: child 1 to worker 1 (caseload 1, worker #1)",
      "day 3: child 2 to worker 2 (caseload 1, worker #1)",
      "day 4: child 3 to worker 3 (caseload 1, worker #1)",
      "day 20: child 0 off worker 0 (worker left)",
      "day 20: worker 0 resigns",
      "day 20: post 0 vacant",
      "day 20: child 0 to worker 1 (caseload 2, worker #2)",
      "day 25: child 1 off worker 1 (worker left)",
      "day 25: child 0 off worker 1 (worker left)",
      "day 25: worker 1 resigns",
      "day 25: post 1 vacant",
      "day 25: child 1 to worker 2 (caseload 2, worker #2)",
      "day 25: child 0 to worker 3 (caseload 2, worker #3)",
      "day 30: agency worker 1 joins",                       // covering post 0
      "day 31: child 4 to worker 1 (caseload 1, worker #1)",
      "day 32: post 1 cut, vacant",                          // the change cuts three posts: no cover first
      "day 32: child 4 off worker 1 (worker left)",          // then the covered one
      "day 32: worker 1 ends agency cover",
      "day 32: post 0 cut, vacant",
      "day 32: child 4 to worker 2 (caseload 3, worker #2)",
      "day 50: child 2 off worker 2 (worker left)",          // and the third as its worker leaves
      "day 50: child 1 off worker 2 (worker left)",
      "day 50: child 4 off worker 2 (worker left)",
      "day 50: worker 2 resigns",
      "day 50: post 2 cut, not refilled",
      "day 50: child 2 to worker 3 (caseload 3, worker #2)",  // children 1 and 4 wait: worker 3 at the cap
  });                                                         // and posts 0 and 1 are never recruited to
  // Vacant: post 0 from day 20 and post 1 from day 25 to the cut on day 32, 19 post-days;
  // permanent workers in post: 4 to day 20, 3 to 25, 2 to 50, then 1, 460 worker-days.
  metrics::Measurements m;
  staffing.report(m);
  CHECK(kpi(m, "vacancy_rate") == Approx(19.0 / (19 + 460)));
}

TEST_CASE("a later change that gives back posts an earlier one cut keeps those still to cut, before adding any",
          "[model][workforce]") {
  // Four posts, cut to two on day 10 (none vacant: both close as workers leave), then three
  // from day 40: one of the two still to cut stays, and no post is added.
  auto s = with_team(4, 2, 3);
  auto& workers = *s.workforce->social_workers;
  workers.time_to_recruit = fixed_days(60);
  const auto change = [&workers](int day, int posts) {
    return scenario::SocialWorkersChange{kernel::Date::from_ymd(2025, 4, 1).plus_days(day),
                                         {posts},
                                         3,
                                         workers.leaving_rate_per_year,
                                         workers.time_to_recruit,
                                         std::nullopt,
                                         std::nullopt,
                                         std::nullopt};
  };
  workers.changes = {change(10, 2), change(40, 3)};
  WorkforceScript script(s);
  script.worker_leaves(50, 0);
  script.worker_leaves(60, 1);
  CHECK(script.run_to(200) == Story{
      "day 0: permanent worker 0 joins",
      "day 0: permanent worker 1 joins",
      "day 0: permanent worker 2 joins",
      "day 0: permanent worker 3 joins",
      "day 50: worker 0 resigns",
      "day 50: post 0 cut, not refilled",  // the one post still to cut
      "day 60: worker 1 resigns",
      "day 60: post 1 vacant",             // three posts now: recruited to
      "day 120: permanent worker 1 joins",
      "day 120: post 1 filled",
  });
}

TEST_CASE("fill to target gives each worker cases up to the target before the next, then the fewest cases first",
          "[model][workforce]") {
  auto s = with_team(2, 2, 3);
  s.workforce->social_workers->allocation = scenario::AllocationPolicy::fill_to_target;
  WorkforceScript script(s);
  for (std::uint32_t child = 0; child < 7; ++child) script.enter(1 + child, child);
  CHECK(script.run_to(10) == Story{
      "day 0: permanent worker 0 joins",
      "day 0: permanent worker 1 joins",
      "day 1: child 0 to worker 0 (caseload 1, worker #1)",
      "day 2: child 1 to worker 0 (caseload 2, worker #1)",
      "day 3: child 2 to worker 1 (caseload 1, worker #1)",
      "day 4: child 3 to worker 1 (caseload 2, worker #1)",
      "day 5: child 4 to worker 0 (caseload 3, worker #1)",
      "day 6: child 5 to worker 1 (caseload 3, worker #1)",  // child 6 finds both at the cap: waits
  });
  const auto& social_workers = *script.workforce().social_workers();
  CHECK(social_workers.teams()[0].unallocated.size() == 1);
}

TEST_CASE("lowest caseload first spreads cases evenly", "[model][workforce]") {
  WorkforceScript script(with_team(2, 2, 3));
  for (std::uint32_t child = 0; child < 4; ++child) script.enter(1 + child, child);
  const Story story = script.run_to(10);
  CHECK(Story(story.begin() + 2, story.end()) == Story{
      "day 1: child 0 to worker 0 (caseload 1, worker #1)",
      "day 2: child 1 to worker 1 (caseload 1, worker #1)",
      "day 3: child 2 to worker 0 (caseload 2, worker #1)",
      "day 4: child 3 to worker 1 (caseload 2, worker #1)",
  });
}

TEST_CASE("a case transferred after entry moves to another worker of the team, a change of social worker",
          "[model][workforce]") {
  auto s = with_team(2, 5, 5);
  s.workforce->social_workers->transfer_after_entry = scenario::CaseTransferSpec{1.0, fixed_days(20)};
  WorkforceScript script(s);
  script.enter(1, 0);
  script.enter(2, 1);
  const Story story = script.run_to(30);
  CHECK(Story(story.begin() + 2, story.end()) == Story{
      "day 1: child 0 to worker 0 (caseload 1, worker #1)",
      "day 2: child 1 to worker 1 (caseload 1, worker #1)",
      "day 21: child 0 off worker 0 (moved)",
      "day 21: child 0 to worker 1 (caseload 2, worker #2)",
      "day 22: child 1 off worker 1 (moved)",
      "day 22: child 1 to worker 0 (caseload 1, worker #2)",
  });
}

TEST_CASE("personal advisers: allocated from the policy age, kept by care leavers to 21, lost by others",
          "[model][workforce][advisers]") {
  WorkforceScript script(with_one_adviser(1));
  script.enter(1, 0, kernel::Date::from_ymd(2009, 2, 1));   // 16 already: asks at once
  script.enter(2, 1, kernel::Date::from_ymd(2008, 10, 1));  // 16 already, the PA is full: waits
  script.enter(3, 2, kernel::Date::from_ymd(2010, 1, 1));   // asks on the 16th birthday, day 275
  script.leave(31, 0);   // after 30 days in care: not a care leaver
  script.leave(548, 1);  // on the 18th birthday: a care leaver, supported to 21 (day 1644)
  script.leave(600, 2);  // at 16 after 597 days in care: a care leaver, still waiting
  CHECK(script.run_to(1700) == Story{
      "day 1: young person 0 asks for a PA",
      "day 1: young person 0 gets PA 0",
      "day 2: young person 1 asks for a PA",
      "day 31: young person 0 support ends",
      "day 31: young person 1 gets PA 0",
      "day 275: young person 0 asks for a PA",
      "day 1644: young person 1 support ends",
      "day 1644: young person 0 gets PA 0",
  });
}

TEST_CASE("personal advisers: a care leaver coming back into care keeps the PA, and the 13 weeks add up over stays",
          "[model][workforce][advisers]") {
  WorkforceScript script(with_one_adviser(3));
  script.enter(1, 0, kernel::Date::from_ymd(2009, 2, 1));   // 16 already: asks at once
  script.enter(10, 1, kernel::Date::from_ymd(2009, 3, 1));  // 16 already: asks at once
  script.leave(60, 1);        // after 50 days in care: not a care leaver
  script.comes_back(80, 1);   // asks again
  script.leave(101, 0);       // after 100 days in care: a care leaver, supported to 21 (day 1767)
  script.comes_back(121, 0);  // keeps the PA: the same young person, no new request
  script.leave(130, 1);       // 50 more days: 100 since 14 in all, a care leaver to 21 (day 1795)
  script.leave(200, 0);       // a care leaver again, to 21 still
  CHECK(script.run_to(1800) == Story{
      "day 1: young person 0 asks for a PA",
      "day 1: young person 0 gets PA 0",
      "day 10: young person 1 asks for a PA",
      "day 10: young person 1 gets PA 0",
      "day 60: young person 1 support ends",
      "day 80: young person 1 asks for a PA",
      "day 80: young person 1 gets PA 0",
      "day 121: young person 0 back in care, keeps PA 0",
      "day 1767: young person 0 support ends",
      "day 1795: young person 1 support ends",
  });
  CHECK(script.workforce().personal_advisers()->advisers()[0].caseload == 0);
}

TEST_CASE("with no warm-up the establishment the run starts with is in post but not counted as starters",
          "[model][workforce]") {
  auto s = minimal_scenario();
  s.run.warmup_years = 0;
  s.run.years = 3;
  s.workforce = with_social_workers(county_team(10, 15, 20, 0));  // nobody leaves, so nobody starts
  s.workforce->social_workers->time_to_recruit = fixed_days(30);
  for (const double starters : yearly(run::run_replication(s, 0).measurements, "social_worker_starters"))
    CHECK(starters == 0);

  // With leavers, every starter fills a vacancy a leaver left: there are none at the start.
  s.workforce->social_workers->leaving_rate_per_year = 0.3;
  for (std::uint64_t replication = 0; replication < 5; ++replication) {
    const auto measured = run::run_replication(s, replication).measurements;
    const auto starters = yearly(measured, "social_worker_starters");
    const auto leavers = yearly(measured, "social_worker_leavers");
    CHECK(std::accumulate(starters.begin(), starters.end(), 0.0) <= std::accumulate(leavers.begin(), leavers.end(), 0.0));
  }
}
