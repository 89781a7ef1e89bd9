// The carer_supply section: what good values load into, the defaults, every way to get it
// wrong, and its effective YAML loading back to itself.
#include <catch2/catch.hpp>

#include "scenario/load_scenario.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::contains;
using testing::load;
using testing::problems;
using testing::ScenarioFolder;
using Lines = std::vector<std::string>;

// Five lines, so the section under test starts on line 6.
constexpr const char* kHeader = R"(name: supply
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision:
  in_house_foster: {households: 5, approved_ages: {"0-10": 0.5, "0-17": 0.3, "10-17": 0.2}}
)";

// The smallest pipeline (lines 6 to 10), then `more` from line 11.
std::string with_pipeline(const std::string& more) {
  return std::string(kHeader) + R"(carer_supply:
  enquiries_per_year: 10
  application_share: 0.1
  assessment: {distribution: fixed, days: 240}
  approval_share: 0.5
)" + more;
}

constexpr const char* kEveryKey = R"(carer_supply:
  enquiries_per_year: 600
  enquiry_month_shares: {jan: 0.2, feb: 0.1, mar: 0.1, apr: 0.1, may: 0.1, jun: 0.1, sep: 0.2, oct: 0.1}
  word_of_mouth_enquiries_per_household_per_year: 0.3
  application_share: 0.12
  application_after: {distribution: exponential, mean_days: 40}
  assessment: {distribution: lognormal, median_days: 230, sigma: 0.3}
  approval_share: 0.4
  withdrawal_after: {distribution: fixed, days: 120}
  new_households:
    places_shares: {"1": 0.7, "2": 0.3}
    skill: {standard: 0.8, complex: 0.2}
    approved_ages: {"0-17": 0.6, "10-17": 0.4}
  deregistration_by_tenure:
    - {from_years: 0, per_year: 0.18}
    - {from_years: 2, per_year: 0.1}
    - {from_years: 15, per_year: 0.25}
  moves_to_ifa_per_year: 0.015
  joins_from_ifa_households_per_year: 2
  skill_rises_per_year: 0.05
  age_range_conversions:
    - {from: 0-10, to: 0-17, per_year: 0.04}
  campaign: {extra_enquiries_per_year: 200, start_date: 2025-10-01, years: 3, cost_gbp_per_year: 150000}
  fee_uplift: {share: 0.1, start_date: 2025-10-01, enquiries_elasticity: 0.5, deregistration_elasticity: -0.6}
  support: {breakdown_hazard_factor: 0.8, resign_after_breakdown_factor: 0.5, cost_gbp_per_year: 400000,
            start_date: 2025-04-01}
)";

}  // namespace

TEST_CASE("every carer supply key is read as written", "[scenario][carer_supply]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, std::string(kHeader) + kEveryKey);
  REQUIRE(s.carer_supply);
  const CarerSupplySpec& c = *s.carer_supply;
  CHECK(c.enquiries_per_year == 600);
  REQUIRE(c.enquiry_month_shares);
  CHECK((*c.enquiry_month_shares)[0] == 0.2);
  CHECK((*c.enquiry_month_shares)[6] == 0);  // july, not written
  CHECK(c.word_of_mouth_enquiries_per_household_per_year == 0.3);
  CHECK(c.application_share == 0.12);
  REQUIRE(c.application_after);
  CHECK(c.application_after->mean == 40);
  CHECK(c.assessment.median == 230);
  CHECK(c.approval_share == 0.4);
  REQUIRE(c.withdrawal_after);
  CHECK(c.withdrawal_after->value == 120);
  REQUIRE(c.new_households);
  CHECK(c.new_households->places_shares == std::vector<double>{0.7, 0.3});
  // In the pool's order of age ranges: 0-10, 0-17, 10-17.
  REQUIRE(c.new_households->approved_ages.size() == 3);
  CHECK(c.new_households->approved_ages[0].share == 0);
  CHECK(c.new_households->approved_ages[1].share == 0.6);
  CHECK(c.new_households->approved_ages[2].share == 0.4);
  REQUIRE(c.deregistration_by_tenure.size() == 3);
  CHECK(c.deregistration_by_tenure[1].from_years == 2);
  CHECK(c.deregistration_by_tenure[1].per_year == 0.1);
  CHECK(c.moves_to_ifa_per_year == 0.015);
  CHECK(c.joins_from_ifa_households_per_year == 2);
  CHECK(c.skill_rises_per_year == 0.05);
  REQUIRE(c.age_range_conversions.size() == 1);
  CHECK(c.age_range_conversions[0].from == 0);
  CHECK(c.age_range_conversions[0].to == 1);
  REQUIRE(c.campaign);
  CHECK(c.campaign->start_date == kernel::Date::from_ymd(2025, 10, 1));
  CHECK(c.campaign->years == 3);
  CHECK(c.campaign->cost_gbp_per_year == 150000);
  REQUIRE(c.fee_uplift);
  CHECK(c.fee_uplift->deregistration_elasticity == -0.6);
  REQUIRE(c.support);
  CHECK(c.support->breakdown_hazard_factor == 0.8);
  CHECK(c.support->start_date == kernel::Date::from_ymd(2025, 4, 1));
}

TEST_CASE("a carer supply with only the pipeline has no leaving, levers or other flows", "[scenario][carer_supply]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, std::string(kHeader) + R"(carer_supply:
  enquiries_per_year: 100
  application_share: 0.1
  assessment: {distribution: fixed, days: 240}
  approval_share: 0.5
)");
  REQUIRE(s.carer_supply);
  const CarerSupplySpec& c = *s.carer_supply;
  CHECK_FALSE(c.enquiry_month_shares);
  CHECK(c.word_of_mouth_enquiries_per_household_per_year == 0);
  CHECK_FALSE(c.application_after);
  CHECK_FALSE(c.withdrawal_after);
  CHECK_FALSE(c.new_households);
  CHECK(c.deregistration_by_tenure.empty());
  CHECK(c.moves_to_ifa_per_year == 0);
  CHECK(c.joins_from_ifa_households_per_year == 0);
  CHECK(c.skill_rises_per_year == 0);
  CHECK(c.age_range_conversions.empty());
  CHECK_FALSE(c.campaign);
  CHECK_FALSE(c.fee_uplift);
  CHECK_FALSE(c.support);
  CHECK_FALSE(load(folder, kHeader).carer_supply);
}

TEST_CASE("carer supply needs an in-house pool and its required keys", "[scenario][carer_supply]") {
  ScenarioFolder folder;
  CHECK(problems(folder, R"(name: supply
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision: {ifa: {}}
carer_supply: {enquiries_per_year: 10}
)") == Lines{"5:15: needs provision.in_house_foster: new households join that pool (carer_supply)",
             "5:15: missing required key 'application_share' (carer_supply.application_share)",
             "5:15: missing required key 'assessment' (carer_supply.assessment)",
             "5:15: missing required key 'approval_share' (carer_supply.approval_share)"});
}

TEST_CASE("wrong carer supply values are each reported where they are written", "[scenario][carer_supply]") {
  ScenarioFolder folder;
  const Lines lines = problems(folder, std::string(kHeader) + R"(carer_supply:
  enquiries_per_year: -5
  enquiry_month_shares: {jan: 0.5, feb: 0.4, jnu: 0.1}
  application_share: 1.2
  assessment: {distribution: fixed, days: 240}
  approval_share: 0.5
  moves_to_ifa_per_yaer: 0.1
  fee_uplift: {share: -1}
  support: {breakdown_hazard_factor: -0.5}
)");
  CHECK(contains(lines, "7:23: must be between 0 and 100000, got -5 (carer_supply.enquiries_per_year)"));
  CHECK(contains(lines, "8:46: unknown month 'jnu' (did you mean 'jun'?) (carer_supply.enquiry_month_shares.jnu)"));
  CHECK(contains(lines, "9:22: must be between 0 and 1, got 1.2 (carer_supply.application_share)"));
  CHECK(contains(lines, "12:3: unknown key 'moves_to_ifa_per_yaer' (did you mean 'moves_to_ifa_per_year'?) "
                        "(carer_supply.moves_to_ifa_per_yaer)"));
  CHECK(contains(lines, "13:23: must be > -1 and <= 1, got -1 (carer_supply.fee_uplift.share)"));
  CHECK(contains(lines, "14:38: must be between 0 and 100, got -0.5 (carer_supply.support.breakdown_hazard_factor)"));
  CHECK(contains(lines, "8:25: shares must sum to 1, got 0.9 (carer_supply.enquiry_month_shares)"));
  CHECK(lines.size() == 7);
}

TEST_CASE("the usual enquiries' trend loads, and may not take them past the most enquiries_per_year may be",
          "[scenario][carer_supply]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, with_pipeline("  enquiries_trend: {per_year: -0.05, start_date: 2026-04-01, years: 3}\n"));
  REQUIRE(s.carer_supply->enquiries_trend);
  CHECK(s.carer_supply->enquiries_trend->per_year == -0.05);
  CHECK(s.carer_supply->enquiries_trend->years == 3);
  // The run is a year from 2025-04-01: 10 enquiries a year doubling each year from 2010 would
  // be 10 x 2^16 by its end.
  CHECK(problems(folder, with_pipeline("  enquiries_trend: {per_year: 1, start_date: 2010-04-01}\n")) ==
        Lines{"11:31: enquiries would reach 655360 a year by 2026-04-01, more than the "
              "100000 enquiries_per_year may be: a smaller rise, a later start or fewer years "
              "(carer_supply.enquiries_trend.per_year)"});
}

TEST_CASE("a campaign, fee uplift or support team starts within the reported horizon, if it gives a date",
          "[scenario][carer_supply]") {
  ScenarioFolder folder;
  // The horizon is the year from 2025-04-01: its first day is in it, and its end is not.
  const Scenario within =
      load(folder, with_pipeline(R"(  campaign: {extra_enquiries_per_year: 200, start_date: 2025-04-01, years: 3}
  fee_uplift: {share: 0.1, start_date: 2026-03-31}
  support: {breakdown_hazard_factor: 0.8}
)"));
  CHECK_FALSE(within.carer_supply->support->start_date);  // for the whole run
  CHECK(problems(folder, with_pipeline(R"(  campaign: {extra_enquiries_per_year: 200, start_date: 2010-04-01, years: 9}
  fee_uplift: {share: 0.1, start_date: 2026-04-01}
  support: {breakdown_hazard_factor: 0.8, start_date: 2025-03-31}
)")) == Lines{"11:57: is before the reported horizon starts (run.start_date, 2025-04-01): the horizon would show its "
              "effects without its beginning, or what it cost then; set it on or after that day "
              "(carer_supply.campaign.start_date)",
              "12:40: is on or after the reported horizon ends (2026-04-01): it would change nothing "
              "(carer_supply.fee_uplift.start_date)",
              "13:55: is before the reported horizon starts (run.start_date, 2025-04-01): the horizon would show its "
              "effects without its beginning, or what it cost then; set it on or after that day, or leave start_date "
              "out for a team in place throughout the run, warm-up included (carer_supply.support.start_date)"});
}

TEST_CASE("a campaign may state the households it is to bring in a year, worked out as enquiries at the "
          "pipeline's conversion",
          "[scenario][carer_supply]") {
  ScenarioFolder folder;
  // The pipeline converts 0.1 x 0.5 of enquiries: 40 households a year take 800 enquiries.
  const Scenario s =
      load(folder, with_pipeline("  campaign: {extra_households_per_year: 40, start_date: 2025-06-01, years: 1}\n"));
  CHECK(s.carer_supply->campaign->extra_enquiries_per_year == Approx(800).epsilon(1e-12));
  CHECK(problems(folder, with_pipeline("  campaign: {extra_enquiries_per_year: 800, extra_households_per_year: 40, "
                                       "start_date: 2025-06-01, years: 1}\n")) ==
        Lines{"11:72: give extra_enquiries_per_year or extra_households_per_year, not both "
              "(carer_supply.campaign.extra_households_per_year)"});
  CHECK(problems(folder, with_pipeline("  campaign: {start_date: 2025-06-01, years: 1}\n")) ==
        Lines{"11:13: give extra_enquiries_per_year, or extra_households_per_year to have them worked out "
              "(carer_supply.campaign)"});
  CHECK(problems(folder, with_pipeline("  campaign: {extra_households_per_year: 6000, start_date: 2025-06-01, "
                                       "years: 1}\n")) ==
        Lines{"11:41: would take 120000 enquiries a year at this conversion, more than the 100000 a campaign may add "
              "(carer_supply.campaign.extra_households_per_year)"});
  // A wrong share of the pipeline is told where it is written, not again at the campaign.
  CHECK(problems(folder, std::string(kHeader) + R"(carer_supply:
  enquiries_per_year: 10
  application_share: 12
  assessment: {distribution: fixed, days: 240}
  approval_share: 0.5
  campaign: {extra_households_per_year: 40, start_date: 2025-06-01, years: 1}
)") == Lines{"8:22: must be between 0 and 1, got 12: a share is written as a fraction, 0.12 for 12% "
             "(carer_supply.application_share)"});
}

TEST_CASE("month shares must sum to 1", "[scenario][carer_supply]") {
  ScenarioFolder folder;
  CHECK(contains(problems(folder, std::string(kHeader) + R"(carer_supply:
  enquiries_per_year: 10
  enquiry_month_shares: {jan: 0.5, feb: 0.4}
  application_share: 0.1
  assessment: {distribution: fixed, days: 240}
  approval_share: 0.5
)"),
                 "8:25: shares must sum to 1, got 0.9 (carer_supply.enquiry_month_shares)"));
}

TEST_CASE("tenure bands start at 0 years and go up", "[scenario][carer_supply]") {
  ScenarioFolder folder;
  CHECK(problems(folder, with_pipeline(R"(  deregistration_by_tenure:
    - {from_years: 1, per_year: 0.2}
    - {from_years: 5, per_year: 0.1}
    - {from_years: 5, per_year: 0.3}
)")) == Lines{"12:7: the first band must start at from_years 0, got 1 (carer_supply.deregistration_by_tenure[0])",
             "14:7: from_years must be more than the band before's, got 5 after 5 "
             "(carer_supply.deregistration_by_tenure[2])"});
  CHECK(contains(problems(folder, with_pipeline(R"(  deregistration_by_tenure: [{from_years: 0, per_yaer: 0.2}]
)")),
                 "11:30: missing required key 'per_year' (carer_supply.deregistration_by_tenure[0].per_year)"));
}

TEST_CASE("age range conversions name the pool's ranges, each converting once and not to itself",
          "[scenario][carer_supply]") {
  ScenarioFolder folder;
  CHECK(problems(folder, with_pipeline(R"(  age_range_conversions:
    - {from: 0-10, to: 0-17, per_year: 0.1}
    - {from: 0-10, to: 10-17, per_year: 0.1}
    - {from: 10-17, to: 10-17, per_year: 0.1}
    - {from: 0-11, to: 0-17, per_year: 0.1}
)")) == Lines{"13:7: '0-10' already converts: give one conversion a range (carer_supply.age_range_conversions[1])",
             "14:25: a range cannot convert to itself (carer_supply.age_range_conversions[2].to)",
             "15:14: unknown approved age range '0-11' (did you mean '0-10'?) "
             "(carer_supply.age_range_conversions[3].from)"});
}

TEST_CASE("new households' age ranges must be ranges of the pool", "[scenario][carer_supply]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(carer_supply:
  enquiries_per_year: 10
  application_share: 0.1
  assessment: {distribution: fixed, days: 240}
  approved_share: 0.5
  new_households: {approved_ages: {"0-17": 0.5, "5-17": 0.5}}
)") == Lines{"7:3: missing required key 'approval_share' (carer_supply.approval_share)",
             "10:3: unknown key 'approved_share' (did you mean 'approval_share'?) (carer_supply.approved_share)",
             "11:35: age range '5-17' is not one of provision.in_house_foster.approved_ages (0-10, 0-17, 10-17) "
             "(carer_supply.new_households.approved_ages)"});
}

TEST_CASE("the effective YAML of a carer supply loads back to the same scenario", "[scenario][carer_supply][effective]") {
  ScenarioFolder folder;
  const LoadedScenario first = load_scenario(folder.write("s.yaml", std::string(kHeader) + kEveryKey));
  const LoadedScenario again = load_scenario(folder.write("effective.yaml", first.effective_yaml));
  CHECK(again.effective_yaml == first.effective_yaml);
  CHECK(first.effective_yaml.find("campaign: {extra_enquiries_per_year: 200") == std::string::npos);  // block style
  CHECK(first.effective_yaml.find("deregistration_elasticity: -0.6") != std::string::npos);
}

}  // namespace caresim::scenario
