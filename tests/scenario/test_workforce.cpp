// The workforce section: social workers, personal advisers and effects on children; what good
// values load into, the effective YAML loading back to itself, and every way to get it wrong.
#include <catch2/catch.hpp>

#include "scenario/load_scenario.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::load;
using testing::problems;
using testing::ScenarioFolder;
using Lines = std::vector<std::string>;

// Four lines, so the workforce section starts on line 5.
constexpr const char* kHeader = R"(name: staff
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision: {}
)";

// With a geography of two localities: the workforce section starts on line 9.
constexpr const char* kHeaderWithPlaces = R"(name: staff
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision: {}
geography:
  within_locality_miles: 5
  localities: {town: {entry_share: 0.6}, moor: {entry_share: 0.4}}
  roads: [{from: town, to: moor, miles: 20}]
)";

constexpr const char* kEverything = R"(workforce:
  social_workers:
    establishment_fte_by_locality: {moor: 6, town: 10}
    caseload_target: 15
    caseload_cap: 20
    allocation: fill_to_target
    leaving_rate_per_year: 0.14
    caseload_pressure: {cases_above_target: [0, 5], leaving_rate_factor: [1, 2]}
    time_to_recruit: {distribution: lognormal, median_days: 300, sigma: 0.8}
    agency_cover:
      probability: 0.95
      time_to_cover: {distribution: fixed, days: 21}
      leaving_rate_per_year: 0.5
    sickness: {spells_per_year: 1.5, length: {distribution: exponential, mean_days: 8}}
    transfer_after_entry: {probability: 0.6, after: {distribution: fixed, days: 40}}
    case_moves_per_year: 0.4
    change:
      start_date: 2025-10-01
      establishment_fte_by_locality: {moor: 7, town: 9}
      caseload_cap: 18
      agency_cover: {probability: 0.5}
      social_worker_gbp_per_year: 62000
      agency_social_worker_gbp_per_year: 80000
  personal_advisers:
    advisers: 12
    caseload_cap: 25
    from_age_years: 15.5
    support_to_25_probability: 0.3
  effects_on_children:
    social_worker_change: {breakdown_hazard_factor: 1.4, for_days: 120}
    planned_exit_delay: {days_per_case_above_target: 4, unallocated_days_share: 0.5, routes: [return_home, adoption]}
)";

}  // namespace

TEST_CASE("every workforce key is read, teams follow the geography's order, and the effective YAML loads back",
          "[scenario][workforce]") {
  ScenarioFolder folder;
  const auto loaded = load_scenario(folder.write("w.yaml", std::string(kHeaderWithPlaces) + kEverything));
  REQUIRE(loaded.scenario.workforce);
  const WorkforceSpec& w = *loaded.scenario.workforce;
  REQUIRE(w.social_workers);
  const SocialWorkersSpec& sw = *w.social_workers;
  CHECK(sw.teams_by_locality);
  CHECK(sw.establishment_by_team == std::vector<int>{10, 6});  // town, then moor
  CHECK(sw.caseload_target == 15);
  CHECK(sw.caseload_cap == 20);
  CHECK(sw.allocation == AllocationPolicy::fill_to_target);
  CHECK(sw.leaving_rate_per_year == 0.14);
  REQUIRE(sw.caseload_pressure);
  CHECK(sw.caseload_pressure->leaving_rate_factor == std::vector<double>{1, 2});
  CHECK(sw.time_to_recruit.median == 300);
  REQUIRE(sw.agency_cover);
  CHECK(sw.agency_cover->probability == 0.95);
  CHECK(sw.agency_cover->time_to_cover.value == 21);
  CHECK(sw.agency_cover->leaving_rate_per_year == 0.5);
  REQUIRE(sw.sickness);
  CHECK(sw.sickness->spells_per_year == 1.5);
  REQUIRE(sw.transfer_after_entry);
  CHECK(sw.transfer_after_entry->probability == 0.6);
  CHECK(sw.case_moves_per_year == 0.4);
  REQUIRE(sw.changes.size() == 1);  // what it writes, and the section's settings for the rest
  const SocialWorkersChange& change = sw.changes[0];
  CHECK(change.start_date == kernel::Date::from_ymd(2025, 10, 1));
  CHECK(change.establishment_by_team == std::vector<int>{9, 7});  // one post cut in town, one added on the moor
  CHECK(change.caseload_cap == 18);
  CHECK(change.leaving_rate_per_year == 0.14);
  CHECK(change.time_to_recruit.median == 300);
  REQUIRE(change.agency_cover);
  CHECK(change.agency_cover->probability == 0.5);
  CHECK(change.agency_cover->time_to_cover.value == 21);
  CHECK(change.agency_cover->leaving_rate_per_year == 0.5);
  CHECK(change.social_worker_gbp_per_year == 62000);
  CHECK(change.agency_social_worker_gbp_per_year == 80000);
  REQUIRE(w.personal_advisers);
  CHECK(w.personal_advisers->advisers == 12);
  CHECK(w.personal_advisers->from_age_years == 15.5);
  CHECK(w.personal_advisers->support_to_25_probability == 0.3);
  REQUIRE(w.effects_on_children);
  REQUIRE(w.effects_on_children->social_worker_change);
  CHECK(w.effects_on_children->social_worker_change->breakdown_hazard_factor == 1.4);
  REQUIRE(w.effects_on_children->planned_exit_delay);
  const auto& delay = *w.effects_on_children->planned_exit_delay;
  CHECK(delay.routes == std::array<bool, kLeavingRouteCount>{true, true, false, false, false});
  CHECK(delay.unallocated_days_share == 0.5);

  const auto again = load_scenario(folder.write("again.yaml", loaded.effective_yaml));
  CHECK(again.effective_yaml == loaded.effective_yaml);
}

TEST_CASE("a county-wide team needs no geography, and what is not written is absent", "[scenario][workforce]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, std::string(kHeader) + R"(workforce:
  social_workers:
    establishment_fte: 40
    caseload_target: 15
    caseload_cap: 18
    allocation: lowest_caseload
    leaving_rate_per_year: 0.15
    time_to_recruit: {distribution: exponential, mean_days: 200}
)");
  REQUIRE(s.workforce);
  REQUIRE(s.workforce->social_workers);
  CHECK(s.workforce->social_workers->establishment_by_team == std::vector<int>{40});
  CHECK_FALSE(s.workforce->social_workers->teams_by_locality);
  CHECK_FALSE(s.workforce->social_workers->agency_cover);
  CHECK_FALSE(s.workforce->social_workers->caseload_pressure);
  CHECK_FALSE(s.workforce->personal_advisers);
  CHECK_FALSE(s.workforce->effects_on_children);
  CHECK_FALSE(load(folder, kHeader).workforce);
}

TEST_CASE("wrong social worker values are all reported, with suggestions", "[scenario][workforce]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(workforce:
  social_workers:
    establishment_fte: -2
    caseload_target: 15
    max_caseload: 10
    allocation: lowest
    leaving_rate_per_year: -0.1
    time_to_recruit: {distribution: exponential, mean_days: 0}
    agency_cover: {probability: 1.5, time_to_cover: {distribution: fixed, days: 5}}
)") == Lines{"7:5: missing required key 'caseload_cap' (workforce.social_workers.caseload_cap)",
             "7:24: must be between 0 and 10000, got -2 (workforce.social_workers.establishment_fte)",
             "9:5: unknown key 'max_caseload' (did you mean 'caseload_cap'?) (workforce.social_workers.max_caseload)",
             "10:17: unknown allocation policy 'lowest' (did you mean 'lowest_caseload'?) "
             "(workforce.social_workers.allocation)",
             "11:28: must be between 0 and 365, got -0.1 (workforce.social_workers.leaving_rate_per_year)",
             "12:61: must be > 0, got 0 (workforce.social_workers.time_to_recruit.mean_days)",
             "13:19: missing required key 'leaving_rate_per_year' "
             "(workforce.social_workers.agency_cover.leaving_rate_per_year)",
             "13:33: must be between 0 and 1, got 1.5 (workforce.social_workers.agency_cover.probability)"});
}

TEST_CASE("a caseload cap below the target is an error", "[scenario][workforce]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(workforce:
  social_workers: {establishment_fte: 4, caseload_target: 15, caseload_cap: 12, allocation: lowest_caseload,
                   leaving_rate_per_year: 0.1, time_to_recruit: {distribution: fixed, days: 9}}
)") == Lines{"6:77: must be at least caseload_target (15), got 12 (workforce.social_workers.caseload_cap)"});
}

TEST_CASE("teams by locality need a geography, every locality, known names and one way to give the establishment",
          "[scenario][workforce]") {
  ScenarioFolder folder;
  const std::string rest = R"(
    caseload_target: 15
    caseload_cap: 20
    allocation: lowest_caseload
    leaving_rate_per_year: 0.1
    time_to_recruit: {distribution: fixed, days: 9}
)";
  CHECK(problems(folder, std::string(kHeader) + "workforce:\n  social_workers:\n    establishment_fte_by_locality: "
                                                "{town: 3}" + rest) ==
        Lines{"7:36: teams by locality need a geography section "
              "(workforce.social_workers.establishment_fte_by_locality)"});
  CHECK(problems(folder, std::string(kHeaderWithPlaces) + "workforce:\n  social_workers:\n    establishment_fte: 9\n"
                                                          "    establishment_fte_by_locality: {town: 3, mor: 2}" + rest) ==
        Lines{"12:36: give establishment_fte or establishment_fte_by_locality, not both "
              "(workforce.social_workers.establishment_fte_by_locality)",
              "12:36: missing required key 'moor' (workforce.social_workers.establishment_fte_by_locality.moor)",
              "12:46: unknown locality 'mor' (did you mean 'moor'?) "
              "(workforce.social_workers.establishment_fte_by_locality.mor)"});
}

TEST_CASE("a change of social workers starts within the horizon, changes something, adds posts to the same teams "
          "and keeps the cap above the target",
          "[scenario][workforce]") {
  ScenarioFolder folder;
  const std::string section = std::string(kHeaderWithPlaces) + R"(workforce:
  social_workers:
    establishment_fte_by_locality: {town: 10, moor: 6}
    caseload_target: 15
    caseload_cap: 20
    allocation: lowest_caseload
    leaving_rate_per_year: 0.1
    time_to_recruit: {distribution: fixed, days: 9}
    change:
)";
  CHECK(problems(folder, section + "      start_date: 2025-05-01\n") ==
        Lines{"18:7: must change something from start_date: the posts (establishment_fte or "
              "establishment_fte_by_locality), caseload_cap, leaving_rate_per_year, time_to_recruit, agency_cover, "
              "social_worker_gbp_per_year or agency_social_worker_gbp_per_year (workforce.social_workers.change)"});
  // The section has no agency cover, so a new agency rate has no one to pay.
  CHECK(problems(folder, section + "      start_date: 2025-05-01\n      agency_social_worker_gbp_per_year: 80000\n") ==
        Lines{"19:42: there are no agency workers to pay: neither the section nor the change has agency_cover "
              "(workforce.social_workers.change.agency_social_worker_gbp_per_year)"});
  CHECK(problems(folder, section + "      start_date: 2024-05-01\n      caseload_cap: 12\n"
                                   "      establishment_fte_by_locality: {town: 11, moor: 5}\n"
                                   "      agency_cover: {probability: 0.5}\n") ==
        Lines{"18:19: is before the reported horizon starts (run.start_date, 2025-04-01): the horizon would show its "
              "effects without its beginning, or what it cost then; set it on or after that day "
              "(workforce.social_workers.change.start_date)",
              "19:21: must be at least caseload_target (15), got 12 (workforce.social_workers.change.caseload_cap)",
              "21:21: missing required key 'time_to_cover' "
              "(workforce.social_workers.change.agency_cover.time_to_cover)",
              "21:21: missing required key 'leaving_rate_per_year' "
              "(workforce.social_workers.change.agency_cover.leaving_rate_per_year)"});
  CHECK(problems(folder, section + "      start_date: 2026-04-01\n      establishment_fte: 20\n"
                                   "      caseload_cp: 18\n") ==
        Lines{"18:19: is on or after the reported horizon ends (2026-04-01): it would change nothing "
              "(workforce.social_workers.change.start_date)",
              "19:26: the section's teams are by locality: give establishment_fte_by_locality "
              "(workforce.social_workers.change.establishment_fte)",
              "20:7: unknown key 'caseload_cp' (did you mean 'caseload_cap'?) "
              "(workforce.social_workers.change.caseload_cp)"});
  // One problem each: a date missing or wrong is not also outside the horizon, and a setting
  // no change can make is said so.
  CHECK(problems(folder, section + "      caseload_cap: 16\n") ==
        Lines{"18:7: missing required key 'start_date' (workforce.social_workers.change.start_date)"});
  CHECK(problems(folder, section + "      start_date: 2025-13-01\n      caseload_target: 12\n") ==
        Lines{"18:19: must be a day of the calendar, got '2025-13-01' (there is no such day) "
              "(workforce.social_workers.change.start_date)",
              "19:24: cannot change by a date: it holds for the whole run, as the section says "
              "(workforce.social_workers.change.caseload_target)"});
}

TEST_CASE("a change that leaves the cap alone is not told the section's cap is wrong again", "[scenario][workforce]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(workforce:
  social_workers:
    establishment_fte: 4
    caseload_target: 15
    caseload_cap: 10
    allocation: lowest_caseload
    leaving_rate_per_year: 0.1
    time_to_recruit: {distribution: fixed, days: 9}
    change: {start_date: 2025-06-01, leaving_rate_per_year: 0.2}
)") == Lines{"9:19: must be at least caseload_target (15), got 10 (workforce.social_workers.caseload_cap)"});
}

TEST_CASE("a list of changes of social workers takes each from its date, over the settings the one before left",
          "[scenario][workforce]") {
  ScenarioFolder folder;
  const std::string section = std::string(kHeader) + R"(workforce:
  social_workers:
    establishment_fte: 10
    caseload_target: 15
    caseload_cap: 20
    allocation: lowest_caseload
    leaving_rate_per_year: 0.1
    time_to_recruit: {distribution: fixed, days: 9}
    agency_cover: {probability: 0.9, time_to_cover: {distribution: fixed, days: 5}, leaving_rate_per_year: 1}
    change:
)";
  const Scenario s = load(folder, section + "      - {start_date: 2025-07-01, establishment_fte: 12, "
                                            "social_worker_gbp_per_year: 62000}\n"
                                            "      - {start_date: 2025-10-01, caseload_cap: 18, agency_cover: "
                                            "{probability: 0.5}}\n");
  REQUIRE(s.workforce->social_workers->changes.size() == 2);
  const SocialWorkersChange& first = s.workforce->social_workers->changes[0];
  const SocialWorkersChange& second = s.workforce->social_workers->changes[1];
  CHECK(first.establishment_by_team == std::vector<int>{12});
  CHECK(first.caseload_cap == 20);
  CHECK(first.social_worker_gbp_per_year == 62000);
  CHECK(second.establishment_by_team == std::vector<int>{12});  // as the first left it
  CHECK(second.caseload_cap == 18);
  REQUIRE(second.agency_cover);
  CHECK(second.agency_cover->probability == 0.5);
  CHECK(second.agency_cover->time_to_cover.value == 5);
  CHECK_FALSE(second.social_worker_gbp_per_year);  // the pay the first set holds on (StaffCosts)
  // Line 16 is the second change: "      - {start_date: " is 21 long.
  CHECK(problems(folder, section + "      - {start_date: 2025-07-01, caseload_cap: 18}\n"
                                   "      - {start_date: 2025-07-01, caseload_cap: 16}\n") ==
        Lines{"16:22: must come after the start_date of the change before it, 2025-07-01 "
              "(workforce.social_workers.change[1].start_date)"});
  CHECK(problems(folder, section + "      7\n") ==
        Lines{"15:7: must be a map (one change) or a list of maps (several) (workforce.social_workers.change)"});
}

TEST_CASE("a caseload pressure must rise through its points, with a factor for each", "[scenario][workforce]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(workforce:
  social_workers:
    establishment_fte: 4
    caseload_target: 15
    caseload_cap: 20
    allocation: lowest_caseload
    leaving_rate_per_year: 0.1
    time_to_recruit: {distribution: fixed, days: 9}
    caseload_pressure: {cases_above_target: [0, 5, 5], leaving_rate_factor: [1, 2]}
)") == Lines{"13:52: must be increasing, got 5 after 5 (workforce.social_workers.caseload_pressure.cases_above_target[2])",
             "13:77: must have as many entries as cases_above_target (3), got 2 "
             "(workforce.social_workers.caseload_pressure.leaving_rate_factor)"});
}

TEST_CASE("wrong personal adviser and effect values are reported", "[scenario][workforce]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(workforce:
  personal_advisers: {advisers: 3, caseload_cap: 0, from_age_years: 19}
  effects_on_children:
    planned_exit_delay: {days_per_case_above_target: 2, routes: [return_home, adopton]}
)") == Lines{"6:50: must be between 1 and 1000, got 0 (workforce.personal_advisers.caseload_cap)",
             "6:69: must be between 0 and 18, got 19 (workforce.personal_advisers.from_age_years)",
             "8:5: effects on children need a social_workers section (workforce.effects_on_children)",
             "8:79: unknown leaving route 'adopton' (did you mean 'adoption'?) "
             "(workforce.effects_on_children.planned_exit_delay.routes[1])"});
}

TEST_CASE("empty workforce sections say what they need", "[scenario][workforce]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + "workforce: {}\n") ==
        Lines{"5:12: must have social_workers, personal_advisers or both (workforce)"});
  CHECK(problems(folder, std::string(kHeader) + R"(workforce:
  personal_advisers: {advisers: 3, caseload_cap: 20, from_age_years: 16}
  effects_on_children:
    planned_exit_delay: {days_per_case_above_target: 2}
)") == Lines{"8:5: effects on children need a social_workers section (workforce.effects_on_children)",
             "8:25: missing required key 'routes' (workforce.effects_on_children.planned_exit_delay.routes)"});
}

}  // namespace caresim::scenario
