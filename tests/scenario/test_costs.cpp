// The costs section: what good values load into, every way to get them wrong, and its
// effective YAML loading back to itself.
#include <catch2/catch.hpp>

#include "scenario/load_scenario.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::load;
using testing::problems;
using testing::ScenarioFolder;
using Lines = std::vector<std::string>;

// Four lines, so the costs section starts on line 5. The provision offers in-house foster
// care and IFAs, so both must be priced.
constexpr const char* kHeader = R"(name: costs
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision: {in_house_foster: {households: 5}, ifa: {}}
)";

std::string with(const std::string& costs) { return std::string(kHeader) + costs; }

// A scenario with one council home written `home`, its beds costed, and a one-off sum for
// each home that opens or closes (`one_off`, say "gbp_per_opening: 750000") on line 10.
std::string with_council_homes(const std::string& home, const std::string& one_off) {
  return R"(name: costs
run: {start_date: 2025-04-01, years: 2}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision:
  residential: {in_house_homes: [)" +
         home + R"(]}
costs:
  price_base: 2025-26
  placements: {residential: {in_house: {gbp_per_week: 300}}}
  fixed:
    in_house_homes: {gbp_per_bed_per_year: 250000, )" +
         one_off + "}\n";
}

const PlacementCostSpec& line(const Scenario& s, CostedPlacement p) {
  return *s.costs->placements[static_cast<std::size_t>(p)];
}

constexpr const char* kPriced = R"(costs:
  price_base: 2025-26
  placements:
    in_house_foster: {allowance_gbp_per_week: {"0-17": 200}}
    ifa: {gbp_per_week: 820}
)";

TEST_CASE("a scenario without a costs section costs nothing", "[scenario][costs]") {
  ScenarioFolder folder;
  CHECK_FALSE(load(folder, kHeader).costs);
}

TEST_CASE("a costs section reads prices by the week, by need level, by age and by skill", "[scenario][costs]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, with(R"(costs:
  price_base: 2024-25
  terms: real
  gdp_deflator_per_year: 0.02
  discount_rate_per_year: 0.035
  inflation_per_year: 0.03
  placements:
    in_house_foster:
      gbp_per_week: 15
      allowance_gbp_per_week: {"0-4": 170, "5-10": 194, "11-17": 240}
      fee_gbp_per_week: {standard: 100, complex: 200, very_complex: 350}
      inflation_per_year: 0.05
    ifa: {gbp_per_week: {standard: 820, complex: 970, very_complex: 1100}}
    residential: {external: {gbp_per_week: 6100}}
    secure: {gbp_per_night: {standard: 924, complex: 924, very_complex: 1564}}
  fixed:
    in_house_fostering_service: {gbp_per_year: 900000, gbp_per_household_per_year: 6000}
    in_house_homes: {gbp_per_bed_per_year: 250000}
)"));
  REQUIRE(s.costs);
  const CostsSpec& c = *s.costs;
  CHECK(c.price_base_year == 2024);
  CHECK(c.terms == CostTerms::real);
  CHECK(c.gdp_deflator_per_year == 0.02);
  CHECK(c.discount_rate_per_year == 0.035);

  const auto& foster = line(s, CostedPlacement::in_house_foster);
  CHECK(foster.gbp_per_week == NeedPrices{15, 15, 15});
  REQUIRE(foster.allowance_gbp_per_week);
  CHECK((*foster.allowance_gbp_per_week)[4] == 170);
  CHECK((*foster.allowance_gbp_per_week)[5] == 194);
  CHECK((*foster.allowance_gbp_per_week)[10] == 194);
  CHECK((*foster.allowance_gbp_per_week)[11] == 240);
  CHECK((*foster.allowance_gbp_per_week)[17] == 240);
  CHECK(foster.fee_gbp_per_week == NeedPrices{100, 200, 350});
  CHECK(foster.inflation_per_year == 0.05);

  CHECK(line(s, CostedPlacement::ifa).gbp_per_week == NeedPrices{820, 970, 1100});
  CHECK(line(s, CostedPlacement::ifa).inflation_per_year == 0.03);  // the section's
  CHECK_FALSE(line(s, CostedPlacement::ifa).allowance_gbp_per_week);
  CHECK(line(s, CostedPlacement::residential_external).gbp_per_week == NeedPrices{6100, 6100, 6100});
  CHECK(line(s, CostedPlacement::secure).gbp_per_week == NeedPrices{924 * 7, 924 * 7, 1564 * 7});  // nights
  CHECK_FALSE(c.placements[static_cast<std::size_t>(CostedPlacement::residential_in_house)]);
  CHECK_FALSE(c.placements[static_cast<std::size_t>(CostedPlacement::kinship)]);

  REQUIRE(c.in_house_fostering_service);
  CHECK(c.in_house_fostering_service->gbp_per_year == 900000);
  CHECK(c.in_house_fostering_service->gbp_per_unit_per_year == 6000);
  REQUIRE(c.in_house_homes);
  CHECK(c.in_house_homes->gbp_per_year == 0);
  CHECK(c.in_house_homes->gbp_per_unit_per_year == 250000);
  CHECK(c.inflation_per_year == 0.03);
}

TEST_CASE("costs are reported in nominal terms with no inflation and no discounting by default", "[scenario][costs]") {
  ScenarioFolder folder;
  const CostsSpec c = *load(folder, with(kPriced)).costs;
  CHECK(c.terms == CostTerms::nominal);
  CHECK(c.gdp_deflator_per_year == 0);
  CHECK(c.discount_rate_per_year == 0);
  CHECK(c.placements[static_cast<std::size_t>(CostedPlacement::ifa)]->inflation_per_year == 0);
  CHECK_FALSE(c.in_house_fostering_service);
  CHECK(c.inflation_per_year == 0);
}

TEST_CASE("misspelt cost keys are reported where they are written, with a suggestion", "[scenario][costs]") {
  ScenarioFolder folder;
  CHECK(problems(folder, with(R"(costs:
  price_base: 2025-26
  discount_rate: 0.035
  placements:
    in_house_foster: {allowance_gbp_per_week: {"0-17": 200}}
    ifa: {gbp_per_weak: 820}
    idf: {gbp_per_week: 820}
)")) == Lines{"7:3: unknown key 'discount_rate' (did you mean 'discount_rate_per_year'?) (costs.discount_rate)",
             "10:10: give a price: gbp_per_week (costs.placements.ifa)",
             "10:11: unknown key 'gbp_per_weak' (did you mean 'gbp_per_week'?) (costs.placements.ifa.gbp_per_weak)",
             "11:5: unknown placement type 'idf' (did you mean 'ifa'?) (costs.placements.idf)"});
}

TEST_CASE("a price base that is not a financial year, or a wrong terms, is an error", "[scenario][costs]") {
  ScenarioFolder folder;
  const std::string nothing_to_price = R"(name: costs
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision: {}
)";
  const auto wrong = [&](const std::string& costs) { return problems(folder, nothing_to_price + costs); };
  CHECK(wrong("costs: {price_base: 2025}\n") ==
        Lines{"5:21: a financial year is written like 2025-26 (1 April 2025 to 31 March 2026), got '2025' "
              "(costs.price_base)"});
  CHECK(wrong("costs: {price_base: 2025-27}\n") ==
        Lines{"5:21: a financial year is written like 2025-26 (1 April 2025 to 31 March 2026), got '2025-27' "
              "(costs.price_base)"});
  CHECK(wrong("costs: {terms: nominl}\n") ==
        Lines{"5:8: missing required key 'price_base' (costs.price_base)",
              "5:16: unknown terms 'nominl' (did you mean 'nominal'?) (costs.terms)"});
}

TEST_CASE("negative prices and rates at or below -100% are errors", "[scenario][costs]") {
  ScenarioFolder folder;
  CHECK(problems(folder, with(R"(costs:
  price_base: 2025-26
  discount_rate_per_year: -0.01
  inflation_per_year: -1
  placements:
    in_house_foster: {fee_gbp_per_week: {standard: -5, complex: 1, very_complex: 2}}
    ifa: {gbp_per_week: -820}
)")) == Lines{"7:27: must be between 0 and 1, got -0.01 (costs.discount_rate_per_year)",
             "8:23: must be > -1 and <= 1, got -1 (costs.inflation_per_year)",
             "10:52: must be between 0 and 1000000000, got -5 (costs.placements.in_house_foster.fee_gbp_per_week.standard)",
             "11:25: must be between 0 and 1000000000, got -820 (costs.placements.ifa.gbp_per_week)"});
}

TEST_CASE("a price by need level must name every level", "[scenario][costs]") {
  ScenarioFolder folder;
  CHECK(problems(folder, with(R"(costs:
  price_base: 2025-26
  placements:
    in_house_foster: {allowance_gbp_per_week: {"0-17": 200}}
    ifa: {gbp_per_week: {standard: 820, complx: 970}}
)")) == Lines{"9:25: missing required key 'complex' (costs.placements.ifa.gbp_per_week.complex)",
             "9:25: missing required key 'very_complex' (costs.placements.ifa.gbp_per_week.very_complex)",
             "9:41: unknown need level 'complx' (did you mean 'complex'?) (costs.placements.ifa.gbp_per_week.complx)"});
}

TEST_CASE("allowance age ranges must hold each age from 0 to 17 exactly once", "[scenario][costs]") {
  ScenarioFolder folder;
  const auto allowance = [&](const std::string& ranges) {
    return problems(folder, with("costs:\n  price_base: 2025-26\n  placements:\n    in_house_foster: "
                                 "{allowance_gbp_per_week: " + ranges + "}\n    ifa: {gbp_per_week: 820}\n"));
  };
  CHECK(allowance(R"({"0-10": 194, "12-17": 220})") ==
        Lines{"8:47: the age ranges must hold each age from 0 to 17 exactly once; age 11 is in none "
              "(costs.placements.in_house_foster.allowance_gbp_per_week)"});
  CHECK(allowance(R"({"0-10": 194, "10-17": 220})") ==
        Lines{"8:47: the age ranges must hold each age from 0 to 17 exactly once; age 10 is in 2 "
              "(costs.placements.in_house_foster.allowance_gbp_per_week)"});
  CHECK(allowance(R"({"0-17": 194, "16-18": 258})") ==
        Lines{"8:70: an age range is written \"A-B\" in whole years from 0 to 17, got '16-18' "
              "(costs.placements.in_house_foster.allowance_gbp_per_week.16-18)"});
}

TEST_CASE("a placement line with no price, or keys its kind of placement does not take, is an error",
          "[scenario][costs]") {
  ScenarioFolder folder;
  CHECK(problems(folder, with(R"(costs:
  price_base: 2025-26
  placements:
    in_house_foster: {}
    ifa: {fee_gbp_per_week: 100}
    secure: {gbp_per_week: 924}
    residential: {}
)")) == Lines{"8:22: give a price: gbp_per_week, allowance_gbp_per_week or fee_gbp_per_week "
             "(costs.placements.in_house_foster)",
             "9:10: give a price: gbp_per_week (costs.placements.ifa)",
             "9:11: unknown key 'fee_gbp_per_week' (did you mean 'gbp_per_week'?) "
             "(costs.placements.ifa.fee_gbp_per_week)",
             "10:13: give a price: gbp_per_night (costs.placements.secure)",
             "10:14: unknown key 'gbp_per_week' (did you mean 'gbp_per_night'?) (costs.placements.secure.gbp_per_week)",
             "11:18: must have in_house, external or both (costs.placements.residential)"});
}

TEST_CASE("a home's set-up is costed only where a home opens within the horizon", "[scenario][costs]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, with_council_homes("{beds: 2, opening_date: 2026-04-01}", "gbp_per_opening: 750000"));
  REQUIRE(s.costs->in_house_homes);
  CHECK(s.costs->in_house_homes->gbp_per_opening == 750000);
  CHECK(problems(folder, with_council_homes("{beds: 2}", "gbp_per_opening: 750000")) ==
        Lines{"10:69: no home of provision.residential.in_house_homes has an opening_date: nothing opens within the "
              "horizon to cost its set-up (costs.fixed.in_house_homes.gbp_per_opening)"});
}

TEST_CASE("a home's closure is costed only where a home closes within the horizon", "[scenario][costs]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, with_council_homes("{beds: 2, closing_date: 2026-04-01}", "gbp_per_closure: 150000"));
  REQUIRE(s.costs->in_house_homes);
  CHECK(s.costs->in_house_homes->gbp_per_closure == 150000);
  CHECK(s.costs->in_house_homes->gbp_per_opening == 0);
  CHECK(problems(folder, with_council_homes("{beds: 2, opening_date: 2026-04-01}", "gbp_per_closure: 150000")) ==
        Lines{"10:69: no home of provision.residential.in_house_homes has a closing_date: nothing closes within the "
              "horizon to cost its closure (costs.fixed.in_house_homes.gbp_per_closure)"});
}

TEST_CASE("every kind of placement the provision makes must have a price", "[scenario][costs]") {
  ScenarioFolder folder;
  CHECK(problems(folder, R"(name: costs
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision:
  ifa: {}
  residential: {in_house_homes: [{beds: 2}], external: {}}
  emergency: {}
costs:
  price_base: 2025-26
  placements:
    residential: {external: {gbp_per_week: 6100}}
)") == Lines{"11:5: provision.ifa makes placements that have no price: add costs.placements.ifa (costs.placements)",
             "11:5: provision.residential.in_house_homes makes placements that have no price: add "
             "costs.placements.residential.in_house (costs.placements)",
             "11:5: provision.emergency makes placements that have no price: add costs.placements.emergency "
             "(costs.placements)"});
}

TEST_CASE("secure care and Staying Put, where the scenario has them, must have a price too", "[scenario][costs]") {
  ScenarioFolder folder;
  const std::string scenario = R"(name: costs
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}}
leaving_care:
  routes: {return_home: {chance_by_age: {"0": 1}, after: {distribution: fixed, days: 9}}}
  staying_put: {chance: 0.5, lasts: {distribution: fixed, days: 300}}
provision:
  secure: {chance_per_search: 0.1, stay: {distribution: fixed, days: 30}}
costs:
  price_base: 2025-26
)";
  CHECK(problems(folder, scenario) ==
        Lines{"10:3: provision.secure makes placements that have no price: add costs.placements.secure (costs.placements)",
              "10:3: leaving_care.staying_put makes placements that have no price: add costs.placements.staying_put "
              "(costs.placements)"});
  const Scenario priced = load(folder, scenario + R"(  placements:
    secure: {gbp_per_night: 924}
    staying_put: {gbp_per_week: {in_house_foster: 250, ifa: 450}, inflation_per_year: 0.02}
)");
  REQUIRE(priced.costs->staying_put);
  CHECK(priced.costs->staying_put->in_house_gbp_per_week == 250);
  CHECK(priced.costs->staying_put->ifa_gbp_per_week == 450);
  CHECK(priced.costs->staying_put->inflation_per_year == 0.02);
  CHECK(load(folder, scenario + "  placements: {secure: {gbp_per_night: 924}, staying_put: {gbp_per_week: 300}}\n")
            .costs->staying_put->ifa_gbp_per_week == 300);
  CHECK(problems(folder, scenario + "  placements: {secure: {gbp_per_night: 924}, staying_put: {gbp_per_week: {iffa: 1}}}\n") ==
        Lines{"11:74: missing required key 'in_house_foster' (costs.placements.staying_put.gbp_per_week.in_house_foster)",
              "11:74: missing required key 'ifa' (costs.placements.staying_put.gbp_per_week.ifa)",
              "11:75: unknown kind of carer 'iffa' (did you mean 'ifa'?) (costs.placements.staying_put.gbp_per_week.iffa)"});
}

TEST_CASE("the effective YAML of a costs section writes each line's inflation and loads back to itself",
          "[scenario][costs][effective]") {
  ScenarioFolder folder;
  const LoadedScenario first = load_scenario(folder.write("costs.yaml", with(R"(costs:
  price_base: 2025-26
  inflation_per_year: 0.03
  placements:
    in_house_foster: {allowance_gbp_per_week: {"0-10": 194, "11-17": 240}, fee_gbp_per_week: 100}
    ifa: {gbp_per_week: {standard: 820, complex: 970, very_complex: 1100}, inflation_per_year: 0.04}
  fixed:
    in_house_fostering_service: {gbp_per_year: 900000}
)")));
  const std::string& yaml = first.effective_yaml;
  CHECK(yaml.substr(yaml.find("costs:")) == R"(costs:
  price_base: 2025-26
  terms: nominal
  gdp_deflator_per_year: 0
  discount_rate_per_year: 0
  inflation_per_year: 0.03
  placements:
    in_house_foster:
      allowance_gbp_per_week: {0-10: 194, 11-17: 240}
      fee_gbp_per_week: 100
      inflation_per_year: 0.03
    ifa: {gbp_per_week: {standard: 820, complex: 970, very_complex: 1100}, inflation_per_year: 0.04}
  fixed:
    in_house_fostering_service: {gbp_per_year: 900000, gbp_per_household_per_year: 0, inflation_per_year: 0.03}
)");
  const LoadedScenario again = load_scenario(folder.write("effective.yaml", yaml));
  CHECK(again.effective_yaml == yaml);
}

}  // namespace
}  // namespace caresim::scenario

namespace caresim::scenario {
namespace {

// A header with social workers covered by agency staff, personal advisers and carer
// recruitment: eight lines, so the costs section's keys start on line 10.
constexpr const char* kPeople = R"(name: people
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision: {in_house_foster: {households: 5}}
carer_supply: {enquiries_per_year: 50, application_share: 0.2, approval_share: 0.5, assessment: {distribution: fixed, days: 200}}
workforce:
  social_workers: {establishment_fte: 10, allocation: lowest_caseload, caseload_target: 15, caseload_cap: 20, leaving_rate_per_year: 0.1, time_to_recruit: {distribution: fixed, days: 90}, agency_cover: {probability: 1, time_to_cover: {distribution: fixed, days: 10}, leaving_rate_per_year: 1}}
  personal_advisers: {advisers: 2, caseload_cap: 20, from_age_years: 16}
costs:
  price_base: 2025-26
  placements: {in_house_foster: {gbp_per_week: 300}}
)";

std::string people_with(const std::string& more) { return std::string(kPeople) + more; }

TEST_CASE("staff and carer recruitment prices are read, agency pay from a day rate or a premium",
          "[scenario][costs][staff]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, people_with(R"(  inflation_per_year: 0.03
  staff:
    social_worker: {gbp_per_year: 58000, inflation_per_year: 0.04}
    agency_social_worker: {gbp_per_day: 400, days_per_year: 220}
    personal_adviser: {gbp_per_year: 45000}
  carer_recruitment: {gbp_per_enquiry: 250, gbp_per_assessment: 6000, gbp_per_approval: 1000}
)"));
  const StaffCostsSpec& staff = *s.costs->staff;
  CHECK(staff.social_worker->gbp_per_year == 58000);
  CHECK(staff.social_worker->inflation_per_year == 0.04);
  CHECK(staff.agency_social_worker->gbp_per_year == 400 * 220);
  CHECK(staff.agency_social_worker->inflation_per_year == 0.03);
  CHECK(staff.personal_adviser->gbp_per_year == 45000);
  const CarerRecruitmentCostSpec& recruitment = *s.costs->carer_recruitment;
  CHECK(recruitment.gbp_per_enquiry == 250);
  CHECK(recruitment.gbp_per_assessment == 6000);
  CHECK(recruitment.gbp_per_approval == 1000);
  CHECK(recruitment.inflation_per_year == 0.03);

  const Scenario premium = load(folder, people_with(R"(  staff:
    social_worker: {gbp_per_year: 60000}
    agency_social_worker: {premium_over_permanent: 0.5}
    personal_adviser: {gbp_per_year: 45000}
  carer_recruitment: {gbp_per_assessment: 6000}
)"));
  CHECK(premium.costs->staff->agency_social_worker->gbp_per_year == 90000);
  CHECK(premium.costs->carer_recruitment->gbp_per_enquiry == 0);
}

TEST_CASE("agency pay at a premium over permanent pay rises with that pay, unless the agency line gives its own rise",
          "[scenario][costs][staff]") {
  ScenarioFolder folder;
  const auto agency_pay = [&folder](const std::string& agency) {
    return *load(folder, people_with(R"(  inflation_per_year: 0.02
  staff:
    social_worker: {gbp_per_year: 60000, inflation_per_year: 0.05}
    agency_social_worker: )" + agency + R"(
    personal_adviser: {gbp_per_year: 45000}
  carer_recruitment: {gbp_per_assessment: 6000}
)")).costs->staff->agency_social_worker;
  };
  // So the premium stays half the permanent pay in every year, not only at base prices.
  CHECK(agency_pay("{premium_over_permanent: 0.5}").inflation_per_year == 0.05);
  CHECK(agency_pay("{premium_over_permanent: 0.5, inflation_per_year: 0.03}").inflation_per_year == 0.03);
  // A day rate is a price of its own, rising by the section's inflation.
  CHECK(agency_pay("{gbp_per_day: 400, days_per_year: 220}").inflation_per_year == 0.02);
}

TEST_CASE("workers and carers the scenario has must have a cost, or an option adding them would look free",
          "[scenario][costs][staff]") {
  ScenarioFolder folder;
  CHECK(problems(folder, kPeople) ==
        Lines{"10:3: workforce.social_workers has people whose cost is not given: add costs.staff.social_worker (costs)",
              "10:3: workforce.social_workers.agency_cover has people whose cost is not given: add "
              "costs.staff.agency_social_worker (costs)",
              "10:3: workforce.personal_advisers has people whose cost is not given: add costs.staff.personal_adviser "
              "(costs)",
              "10:3: carer_supply has people whose cost is not given: add costs.carer_recruitment (costs)"});
  // Agency cover a change of social workers brings in must be costed too.
  std::string later_agency = kPeople;
  const std::string from_start = "agency_cover: {probability: 1, time_to_cover: {distribution: fixed, days: 10}, "
                                 "leaving_rate_per_year: 1}}";
  later_agency.replace(later_agency.find(from_start), from_start.size(),
                       "change: {start_date: 2025-06-01, agency_cover: {probability: 1, time_to_cover: "
                       "{distribution: fixed, days: 10}, leaving_rate_per_year: 1}}}");
  CHECK(problems(folder, later_agency + R"(  staff:
    social_worker: {gbp_per_year: 58000}
    personal_adviser: {gbp_per_year: 45000}
  carer_recruitment: {gbp_per_assessment: 6000}
)") == Lines{"10:3: workforce.social_workers.agency_cover has people whose cost is not given: add "
             "costs.staff.agency_social_worker (costs)"});
}

TEST_CASE("a campaign or support team in a scenario that counts costs states its own, 0 if it costs nothing",
          "[scenario][costs]") {
  ScenarioFolder folder;
  const std::string levers = R"(name: levers
run: {start_date: 2025-04-01, years: 3}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision: {in_house_foster: {households: 5}}
carer_supply:
  enquiries_per_year: 50
  application_share: 0.2
  approval_share: 0.5
  assessment: {distribution: fixed, days: 200}
  campaign: {extra_enquiries_per_year: 100, start_date: 2026-04-01, years: 1}
  support: {breakdown_hazard_factor: 0.8, cost_gbp_per_year: 0}
)";
  CHECK(load(folder, levers).carer_supply->campaign->cost_gbp_per_year == 0);  // nothing counts costs
  CHECK(problems(folder, levers + R"(costs:
  price_base: 2025-26
  placements: {in_house_foster: {gbp_per_week: 300}}
  carer_recruitment: {gbp_per_enquiry: 250}
)") == Lines{"10:13: the scenario counts costs (it has a costs section): give cost_gbp_per_year, 0 for one that truly "
             "costs nothing, so that the option never looks free by omission (carer_supply.campaign)"});
}

TEST_CASE("wrong staff and recruitment prices are reported where they are written", "[scenario][costs][staff]") {
  ScenarioFolder folder;
  CHECK(problems(folder, people_with(R"(  staff:
    social_worker: {gbp_per_yer: 58000}
    agency_social_worker: {gbp_per_day: 400, premium_over_permanent: 0.5}
    personal_adviser: {gbp_per_year: -1}
  carer_recruitment: {}
)")) == Lines{"13:20: missing required key 'gbp_per_year' (costs.staff.social_worker.gbp_per_year)",
              "13:21: unknown key 'gbp_per_yer' (did you mean 'gbp_per_year'?) (costs.staff.social_worker.gbp_per_yer)",
              "14:27: give gbp_per_day with days_per_year, or premium_over_permanent, not both "
              "(costs.staff.agency_social_worker)",
              "15:38: must be between 0 and 1000000000, got -1 (costs.staff.personal_adviser.gbp_per_year)",
              "16:22: give a price: gbp_per_enquiry, gbp_per_assessment or gbp_per_approval (costs.carer_recruitment)"});
  CHECK(problems(folder, people_with(R"(  staff:
    agency_social_worker: {premium_over_permanent: 0.5}
    personal_adviser: {gbp_per_year: 45000}
  carer_recruitment: {gbp_per_enquiry: 250}
)")) == Lines{"10:3: workforce.social_workers has people whose cost is not given: add costs.staff.social_worker (costs)",
              "13:52: needs costs.staff.social_worker, the cost the premium is added to "
              "(costs.staff.agency_social_worker.premium_over_permanent)"});
  CHECK(problems(folder, people_with(R"(  staff:
    social_worker: {gbp_per_year: 58000}
    agency_social_worker: {gbp_per_day: 400, days_per_year: 400}
    personal_adviser: {gbp_per_year: 45000}
  carer_recruitment: {gbp_per_enquiry: 250}
)")) == Lines{"14:61: must be between 1 and 366, got 400 (costs.staff.agency_social_worker.days_per_year)"});
}

}  // namespace
}  // namespace caresim::scenario
