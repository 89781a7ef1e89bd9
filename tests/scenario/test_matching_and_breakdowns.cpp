// The matching order and unplanned endings (breakdowns): what good values load into, every
// way to get them wrong, and the effective YAML of a scenario using every provision,
// matching and breakdown key loading back to itself.
#include <algorithm>
#include <catch2/catch.hpp>

#include "scenario/load_scenario.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::located;
using testing::contains;
using testing::load;
using testing::problems;
using testing::problems_loading;
using testing::ScenarioFolder;
using Lines = std::vector<std::string>;
using Type = PlacementType;

// Four lines, so the section under test starts on line 5.
constexpr const char* kHeader = R"(name: matching
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision: {in_house_foster: {households: 5}, ifa: {}}
)";


std::size_t at(Type type) { return static_cast<std::size_t>(type); }

// matching.order

TEST_CASE("the matching order is read as written, and is kinship, in-house, IFA, supported, residential by default",
          "[scenario][matching]") {
  ScenarioFolder folder;
  CHECK(load(folder, std::string(kHeader) + "matching: {order: [residential, ifa]}\n").matching.order ==
        std::vector<Type>{Type::residential, Type::ifa});
  const std::vector<Type> by_default{Type::kinship, Type::in_house_foster, Type::ifa, Type::supported,
                                     Type::residential};
  CHECK(load(folder, kHeader).matching.order == by_default);
  CHECK(load(folder, std::string(kHeader) + "matching: {}\n").matching.order == by_default);
}

TEST_CASE("a placement type that cannot be searched for yet, or one listed twice, is an error",
          "[scenario][matching]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(matching:
  order: [secure, ifa, in_house_foster, ifa, emergency]
)") == Lines{"6:10: secure cannot be searched for yet: use kinship, in_house_foster, ifa, residential or supported "
             "(matching.order)",
             "6:10: ifa is listed twice (matching.order)",
             "6:10: emergency cannot be searched for yet: use kinship, in_house_foster, ifa, residential or supported "
             "(matching.order)"});
}

TEST_CASE("an empty matching order is an error", "[scenario][matching]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + "matching: {order: []}\n") ==
        Lines{"5:19: must list at least one placement type (matching.order)"});
}

TEST_CASE("a misspelt placement type in the order gets a suggestion", "[scenario][matching]") {
  ScenarioFolder folder;
  const Lines lines = problems(folder, std::string(kHeader) + "matching: {order: [in_house_foster, ifaa]}\n");
  CHECK(lines == Lines{"5:37: unknown placement type 'ifaa' (did you mean 'ifa'?) (matching.order[1])"});

  const Lines all_wrong = problems(folder, std::string(kHeader) + "matching: {order: [kinshp]}\n");
  CHECK(contains(all_wrong, "5:20: unknown placement type 'kinshp' (did you mean 'kinship'?) (matching.order[0])"));
  CHECK(all_wrong.size() == 1);  // not also "must list at least one placement type"
}

TEST_CASE("a matching order that is not a list is reported as such", "[scenario][matching]") {
  ScenarioFolder folder;
  const Lines lines = problems(folder, std::string(kHeader) + "matching: {order: ifa}\n");
  CHECK(contains(lines, "5:19: must be a list of placement type names, got 'ifa' (matching.order)"));
  CHECK(lines.size() == 1);
}

// matching.need_above_skill_levels

TEST_CASE("carers less skilled than the child needs are allowed only as far as need_above_skill_levels says",
          "[scenario][matching]") {
  ScenarioFolder folder;
  const Scenario never = load(folder, kHeader);
  CHECK(never.matching.need_above_skill_levels == 0);
  CHECK(never.matching.costs.per_need_level_above_skill == 250);
  const Scenario stretched = load(folder, std::string(kHeader) + R"(matching:
  need_above_skill_levels: 2
  costs: {per_need_level_above_skill: 400}
)");
  CHECK(stretched.matching.need_above_skill_levels == 2);
  CHECK(stretched.matching.costs.per_need_level_above_skill == 400);
  CHECK(problems(folder, std::string(kHeader) + R"(matching:
  need_above_skill_levels: 3
  costs: {per_need_level_above_skill: -1}
)") == Lines{"6:28: must be between 0 and 2, got 3 (matching.need_above_skill_levels)",
             "7:39: must be between 0 and 1000000000, got -1 (matching.costs.per_need_level_above_skill)"});
}

// breakdowns

TEST_CASE("breakdown times, hazard factors and carers' responses are read", "[scenario][breakdowns]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, std::string(kHeader) + R"(breakdowns:
  time_to_breakdown:
    in_house_foster: {distribution: exponential, mean_days: 900}
    ifa: {distribution: weibull, shape: 0.8, scale_days: 1000}
  factors:
    age_band: {"10-15": 1.5, "16-17": 2}
    need_above_skill: 1.8
    over_20_miles: 1.3
    per_earlier_breakdown: 1.2
  carer_after_breakdown:
    break_probability: 0.3
    break: {distribution: fixed, days: 90}
    resign_probability: 0.1
)");
  REQUIRE(s.breakdowns);
  const BreakdownSpec& b = *s.breakdowns;
  REQUIRE(b.time_to_breakdown[at(Type::in_house_foster)]);
  CHECK(b.time_to_breakdown[at(Type::in_house_foster)]->kind == DistributionSpec::Kind::exponential);
  CHECK(b.time_to_breakdown[at(Type::in_house_foster)]->mean == 900);
  REQUIRE(b.time_to_breakdown[at(Type::ifa)]);
  CHECK(b.time_to_breakdown[at(Type::ifa)]->shape == 0.8);
  CHECK(b.time_to_breakdown[at(Type::ifa)]->scale == 1000);
  CHECK_FALSE(b.time_to_breakdown[at(Type::residential)]);  // not listed: never breaks down
  CHECK_FALSE(b.time_to_breakdown[at(Type::emergency)]);
  CHECK(b.age_band_factor == std::array<double, kAgeBandCount>{1, 1, 1, 1.5, 2});
  CHECK(b.need_above_skill_factor == 1.8);
  CHECK(b.over_20_miles_factor == 1.3);
  CHECK(b.per_earlier_breakdown_factor == 1.2);
  CHECK(b.carer_break_probability == 0.3);
  REQUIRE(b.carer_break);
  CHECK(b.carer_break->value == 90);
  CHECK(b.carer_resign_probability == 0.1);
}

TEST_CASE("breakdowns with only times have factors of 1 and carers who carry on", "[scenario][breakdowns]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, std::string(kHeader) + R"(breakdowns:
  time_to_breakdown: {residential: {distribution: fixed, days: 200}}
)");
  REQUIRE(s.breakdowns);
  const BreakdownSpec& b = *s.breakdowns;
  REQUIRE(b.time_to_breakdown[at(Type::residential)]);
  CHECK(b.time_to_breakdown[at(Type::residential)]->value == 200);
  CHECK(b.age_band_factor == std::array<double, kAgeBandCount>{1, 1, 1, 1, 1});
  CHECK(b.need_above_skill_factor == 1);
  CHECK(b.over_20_miles_factor == 1);
  CHECK(b.per_earlier_breakdown_factor == 1);
  CHECK(b.carer_break_probability == 0);
  CHECK_FALSE(b.carer_break);
  CHECK(b.carer_resign_probability == 0);
  CHECK_FALSE(load(folder, kHeader).breakdowns);  // no section: placements never break down
}

TEST_CASE("a breakdowns section needs time_to_breakdown", "[scenario][breakdowns]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + "breakdowns: {factors: {over_20_miles: 2}}\n") ==
        Lines{"5:13: missing required key 'time_to_breakdown' (breakdowns.time_to_breakdown)"});
}

TEST_CASE("wrong breakdown times and factors are each reported", "[scenario][breakdowns]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(breakdowns:
  time_to_breakdown:
    foster: {distribution: exponential, mean_days: 900}
    ifa: 300
    residential: {distribution: exponential, mean_days: 0}
  factors:
    age_band: {"1-5": 2, "16-17": -1}
    need_above_skill: -2
    over_20_miles: far
    per_earlier_breakdown: 1.2
    per_breakdown: 2
)") == Lines{"7:5: unknown placement type 'foster' (did you mean 'in_house_foster'?) (breakdowns.time_to_breakdown.foster)",
             "8:10: must be a map, got '300' (breakdowns.time_to_breakdown.ifa)",
             "9:57: must be > 0, got 0 (breakdowns.time_to_breakdown.residential.mean_days)",
             "11:16: unknown age band '1-5' (did you mean '1-4'?) (breakdowns.factors.age_band.1-5)",
             "11:35: must be between 0 and 100, got -1 (breakdowns.factors.age_band.16-17)",
             "12:23: must be between 0 and 100, got -2 (breakdowns.factors.need_above_skill)",
             "13:20: must be a number, got 'far' (breakdowns.factors.over_20_miles)",
             "15:5: unknown key 'per_breakdown' (did you mean 'per_earlier_breakdown'?) (breakdowns.factors.per_breakdown)"});
}

// Found by fuzzing: each of these ran without end (placements breaking down in the instant
// they start, again and again), so each is refused.
TEST_CASE("placements that would break down within a day, or hazards raised beyond 100 times, are refused",
          "[scenario][breakdowns]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(breakdowns:
  time_to_breakdown:
    ifa: {distribution: fixed, days: 0}
    in_house_foster: {distribution: exponential, mean_days: 0.000001}
    residential: {distribution: exponential, mean_days: 1}
  factors: {over_20_miles: 1e12, per_earlier_breakdown: 100, earlier_breakdowns_counted: 11}
)") == Lines{"7:10: a placement must last at least a day on average before it breaks down (breakdowns.time_to_breakdown.ifa)",
             "8:22: a placement must last at least a day on average before it breaks down (breakdowns.time_to_breakdown.in_house_foster)",
             "10:28: must be between 0 and 100, got 1e12 (breakdowns.factors.over_20_miles)",
             "10:90: must be between 0 and 10, got 11 (breakdowns.factors.earlier_breakdowns_counted)"});
}

TEST_CASE("a carer break probability above 0 needs the break's length", "[scenario][breakdowns]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(breakdowns:
  time_to_breakdown: {in_house_foster: {distribution: exponential, mean_days: 900}}
  carer_after_breakdown: {break_probability: 0.5, resign_probability: 1.1}
)") == Lines{"7:26: missing required key 'break' (breakdowns.carer_after_breakdown.break)",
             "7:71: must be between 0 and 1, got 1.1 (breakdowns.carer_after_breakdown.resign_probability)"});
}

TEST_CASE("a carer break probability outside 0-1 is reported at the value", "[scenario][breakdowns]") {
  ScenarioFolder folder;
  const Lines lines = problems(folder, std::string(kHeader) + R"(breakdowns:
  time_to_breakdown: {in_house_foster: {distribution: exponential, mean_days: 900}}
  carer_after_breakdown: {break_probability: 1.5, break: {distribution: fixed, days: 30}}
)");
  CHECK(lines == Lines{"7:46: must be between 0 and 1, got 1.5 (breakdowns.carer_after_breakdown.break_probability)"});
}

TEST_CASE("a carer break written with no chance of one is refused, saying why", "[scenario][breakdowns]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(breakdowns:
  time_to_breakdown: {in_house_foster: {distribution: exponential, mean_days: 900}}
  carer_after_breakdown: {break_probability: 0, break: {distribution: fixed, days: 30}}
)") == Lines{"7:56: a break is taken only with a break_probability above 0: give one, or leave the break out "
             "(breakdowns.carer_after_breakdown.break)"});
}

// Every key of provision, matching and breakdowns, with geography.

constexpr const char* kEveryKey = R"(name: every key
run: {start_date: 2025-04-01, years: 2, warmup_years: 1, replications: 2, seed: 7}
children:
  entries_per_year: 120
  age_at_entry: {"0": 0.2, "1-4": 0.2, "5-9": 0.2, "10-15": 0.3, "16-17": 0.1}
  stay: {distribution: lognormal, median_days: 400, sigma: 1.1}
  need_level: {standard: 0.7, complex: 0.2, very_complex: 0.1}
geography:
  within_locality_miles: 6
  localities:
    exeter: {entry_share: 0.6}
    north: {entry_share: 0.4}
  roads:
    - {from: exeter, to: north, miles: 35}
provision:
  in_house_foster:
    households: 80
    places_shares: {"1": 0.5, "2": 0.3, "3": 0.2}
    skill: {standard: 0.6, complex: 0.3, very_complex: 0.1}
    approved_ages: {"0-10": 0.5, "5-17": 0.3, "0-17": 0.2}
    locality: {exeter: 0.7, north: 0.3}
  ifa:
    max_placements: 60
    availability: 0.8
    miles: {distribution: lognormal, median_miles: 15, sigma: 0.6}
    accepts: [standard, complex]
  residential:
    in_house_homes:
      - {locality: north, beds: 4}
      - {locality: exeter, beds: 2, opening_date: 2025-10-01}
    external: {availability: 0.9, miles: {distribution: empirical, miles: [0, 20, 80], cumulative: [0, 0.5, 1]}}
  emergency: {miles: {distribution: fixed, miles: 30}}
matching:
  order: [in_house_foster, residential, ifa]
  policy: min_cost
  batch_days: 1
  costs: {per_mile: 2, ifa: 500}
  siblings: together_preferred
  step_down_from: [residential]
  need_above_skill_levels: 1
breakdowns:
  time_to_breakdown:
    in_house_foster: {distribution: exponential, mean_days: 900}
    ifa: {distribution: weibull, shape: 0.8, scale_days: 1000}
    residential: {distribution: gamma, shape: 2, scale_days: 300}
  factors:
    age_band: {"10-15": 1.5, "16-17": 2}
    need_above_skill: 1.8
    over_20_miles: 1.3
    per_earlier_breakdown: 1.2
  carer_after_breakdown:
    break_probability: 0.3
    break: {distribution: fixed, days: 90}
    resign_probability: 0.1
)";

TEST_CASE("a matching lever (step-down, a policy, stretched carers) may start on a date within the reported "
          "horizon, and needs what it starts",
          "[scenario][matching]") {
  struct Lever {
    std::string given;                                       // what it needs, written before the date
    std::string key;                                         // its date's
    std::optional<kernel::Date> MatchingSpec::*date;
    std::string whole_run;                                   // what leaving the date out means
    std::string without;                                     // the matching without what it needs
    std::string needs;                                       // the message then
  };
  const Lever levers[] = {
      {"step_down_from: [ifa]", "step_down_start_date", &MatchingSpec::step_down_start_date,
       "for step-down throughout the run, warm-up included", "step_down_from: []",
       "needs step_down_from: what steps down"},
      {"policy: min_cost, batch_days: 7", "policy_start_date", &MatchingSpec::policy_start_date,
       "for this policy throughout the run, warm-up included", "policy: first_fit",
       "needs policy: min_cost or batch_days: what the searches change to from then"},
      {"need_above_skill_levels: 1", "need_above_skill_start_date", &MatchingSpec::need_above_skill_start_date,
       "for carers less skilled throughout the run, warm-up included", "need_above_skill_levels: 0",
       "needs need_above_skill_levels: how many levels short a carer may be"}};
  ScenarioFolder folder;
  for (const Lever& lever : levers) {
    INFO(lever.key);
    const auto dated = [&lever](const std::string& before, const std::string& date) {
      return std::string(kHeader) + "matching: {" + before + ", " + lever.key + ": " + date + "}\n";
    };
    // The date's column on line 5, counted from the text written.
    const auto at = [&lever](const std::string& before) {
      return "5:" + std::to_string(std::string("matching: {" + before + ", " + lever.key + ": ").size() + 1) + ": ";
    };
    const std::string path = " (matching." + lever.key + ")";
    CHECK(load(folder, dated(lever.given, "2025-10-01")).matching.*lever.date == kernel::Date::from_ymd(2025, 10, 1));
    CHECK_FALSE(load(folder, std::string(kHeader) + "matching: {" + lever.given + "}\n").matching.*lever.date);
    CHECK(problems(folder, dated(lever.given, "2024-10-01")) ==
          Lines{at(lever.given) + "is before the reported horizon starts (run.start_date, 2025-04-01): the horizon "
                "would show its effects without its beginning, or what it cost then; set it on or after that day, "
                "or leave " + lever.key + " out " + lever.whole_run + path});
    CHECK(problems(folder, dated(lever.given, "2026-04-01")) ==
          Lines{at(lever.given) + "is on or after the reported horizon ends (2026-04-01): it would change nothing" +
                path});
    CHECK(problems(folder, dated(lever.without, "2025-10-01")) == Lines{at(lever.without) + lever.needs + path});
  }
  CHECK(problems(folder, std::string(kHeader) + "matching: {step_down_start_date: 2025-10-01}\n") ==
        Lines{"5:34: needs step_down_from: what steps down (matching.step_down_start_date)"});
  CHECK(load(folder, std::string(kHeader) + "matching: {batch_days: 7, policy_start_date: 2025-10-01}\n")
            .matching.policy_start_date);  // first_fit in batches from then
}

TEST_CASE("the effective YAML of a scenario using every key writes out each default", "[scenario][effective]") {
  ScenarioFolder folder;
  CHECK(load_scenario(folder.write("every.yaml", kEveryKey)).effective_yaml == R"(name: every key
description: ""
run:
  start_date: 2025-04-01
  years: 2
  warmup_years: 1
  replications: 2
  seed: 7
  threads: 0
children:
  entries_per_year: 120
  age_at_entry: {"0": 0.2, 1-4: 0.2, 5-9: 0.2, 10-15: 0.3, 16-17: 0.1}
  stay: {distribution: lognormal, median_days: 400, sigma: 1.1}
  need_level: {standard: 0.7, complex: 0.2, very_complex: 0.1}
  newborn_share_under_1: 0
  in_care_at_start: none
geography:
  within_locality_miles: 6
  localities:
    exeter: {entry_share: 0.6}
    north: {entry_share: 0.4}
  roads:
    - {from: exeter, to: north, miles: 35}
provision:
  in_house_foster:
    households: 80
    places_shares: {"1": 0.5, "2": 0.3, "3": 0.2, "4": 0, "5": 0, "6": 0}
    skill: {standard: 0.6, complex: 0.3, very_complex: 0.1}
    approved_ages: {0-10: 0.5, 5-17: 0.3, 0-17: 0.2}
    takes_sibling_groups: 1
    locality: {exeter: 0.7, north: 0.3}
  ifa:
    max_placements: 60
    availability: 0.8
    miles: {distribution: lognormal, median_miles: 15, sigma: 0.6}
    accepts: [standard, complex]
  residential:
    in_house_homes:
      - {locality: north, beds: 4}
      - {locality: exeter, beds: 2, opening_date: 2025-10-01}
    external: {availability: 0.9, miles: {distribution: empirical, miles: [0, 20, 80], cumulative: [0, 0.5, 1]}}
  emergency:
    miles: {distribution: fixed, miles: 30}
matching:
  order: [in_house_foster, residential, ifa]
  policy: min_cost
  batch_days: 1
  costs: {per_mile: 2, per_skill_level_above_need: 1, per_need_level_above_skill: 250, in_house_foster: 0, residential: 1000, ifa: 500}
  siblings: together_preferred
  step_down_from: [residential]
  need_above_skill_levels: 1
breakdowns:
  time_to_breakdown:
    in_house_foster: {distribution: exponential, mean_days: 900}
    ifa: {distribution: weibull, shape: 0.8, scale_days: 1000}
    residential: {distribution: gamma, shape: 2, scale_days: 300}
  factors:
    age_band: {"0": 1, 1-4: 1, 5-9: 1, 10-15: 1.5, 16-17: 2}
    need_above_skill: 1.8
    over_20_miles: 1.3
    per_earlier_breakdown: 1.2
    siblings_apart: 1
    earlier_breakdowns_counted: 3
  carer_after_breakdown:
    break_probability: 0.3
    break: {distribution: fixed, days: 90}
    resign_probability: 0.1
)");
}

void check_same_distribution(const std::optional<DistributionSpec>& a, const std::optional<DistributionSpec>& b) {
  REQUIRE(a.has_value() == b.has_value());
  if (!a) return;
  CHECK(a->kind == b->kind);
  CHECK(a->mean == b->mean);
  CHECK(a->median == b->median);
  CHECK(a->sigma == b->sigma);
  CHECK(a->shape == b->shape);
  CHECK(a->scale == b->scale);
  CHECK(a->value == b->value);
  CHECK(a->empirical_values == b->empirical_values);
  CHECK(a->empirical_cumulative == b->empirical_cumulative);
}

TEST_CASE("the effective YAML of a scenario using every key loads back to the same scenario",
          "[scenario][effective]") {
  ScenarioFolder folder;
  const LoadedScenario first = load_scenario(folder.write("every.yaml", kEveryKey));
  const LoadedScenario again = load_scenario(folder.write("effective.yaml", first.effective_yaml));
  CHECK(again.effective_yaml == first.effective_yaml);

  const Scenario& a = first.scenario;
  const Scenario& b = again.scenario;
  CHECK(a.children.need_level == b.children.need_level);
  REQUIRE(a.provision.in_house_foster);
  REQUIRE(b.provision.in_house_foster);
  CHECK(a.provision.in_house_foster->places_shares == b.provision.in_house_foster->places_shares);
  CHECK(a.provision.in_house_foster->skill == b.provision.in_house_foster->skill);
  REQUIRE(a.provision.in_house_foster->approved_ages.size() == b.provision.in_house_foster->approved_ages.size());
  for (std::size_t i = 0; i < a.provision.in_house_foster->approved_ages.size(); ++i) {
    CHECK(a.provision.in_house_foster->approved_ages[i].min_age == b.provision.in_house_foster->approved_ages[i].min_age);
    CHECK(a.provision.in_house_foster->approved_ages[i].max_age == b.provision.in_house_foster->approved_ages[i].max_age);
    CHECK(a.provision.in_house_foster->approved_ages[i].share == b.provision.in_house_foster->approved_ages[i].share);
  }
  CHECK(a.provision.in_house_foster->locality_shares == b.provision.in_house_foster->locality_shares);
  REQUIRE(b.provision.ifa);
  CHECK(a.provision.ifa->max_placements == b.provision.ifa->max_placements);
  CHECK(a.provision.ifa->availability == b.provision.ifa->availability);
  check_same_distribution(a.provision.ifa->miles, b.provision.ifa->miles);
  CHECK(a.provision.ifa->accepts == b.provision.ifa->accepts);
  REQUIRE(b.provision.residential);
  REQUIRE(b.provision.residential->in_house_homes.size() == 2);
  CHECK(b.provision.residential->in_house_homes[0].locality == 1);
  CHECK(b.provision.residential->in_house_homes[0].beds == 4);
  CHECK_FALSE(b.provision.residential->in_house_homes[0].opening_date);
  CHECK(b.provision.residential->in_house_homes[1].locality == 0);
  CHECK(b.provision.residential->in_house_homes[1].opening_date == kernel::Date::from_ymd(2025, 10, 1));
  REQUIRE(b.provision.residential->external);
  CHECK(b.provision.residential->external->availability == 0.9);
  check_same_distribution(a.provision.residential->external->miles, b.provision.residential->external->miles);
  REQUIRE(b.provision.emergency);
  check_same_distribution(a.provision.emergency->miles, b.provision.emergency->miles);
  CHECK(a.matching.order == b.matching.order);
  REQUIRE(b.breakdowns);
  for (std::size_t type = 0; type < kPlacementTypeCount; ++type)
    check_same_distribution(a.breakdowns->time_to_breakdown[type], b.breakdowns->time_to_breakdown[type]);
  CHECK(a.breakdowns->age_band_factor == b.breakdowns->age_band_factor);
  CHECK(a.breakdowns->need_above_skill_factor == b.breakdowns->need_above_skill_factor);
  CHECK(a.breakdowns->over_20_miles_factor == b.breakdowns->over_20_miles_factor);
  CHECK(a.breakdowns->per_earlier_breakdown_factor == b.breakdowns->per_earlier_breakdown_factor);
  CHECK(a.breakdowns->earlier_breakdowns_counted == b.breakdowns->earlier_breakdowns_counted);
  CHECK(a.breakdowns->carer_break_probability == b.breakdowns->carer_break_probability);
  check_same_distribution(a.breakdowns->carer_break, b.breakdowns->carer_break);
  CHECK(a.breakdowns->carer_resign_probability == b.breakdowns->carer_resign_probability);
}

}  // namespace
}  // namespace caresim::scenario
