// Children's need levels and the provision a search can find: in-house households (places,
// skill, approved ages, locality), IFAs, children's homes and emergency stop-gaps; what good
// values load into and every way to get them wrong.
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

// Three lines, so the section under test starts on line 4.
constexpr const char* kHeader = R"(name: provision
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
)";

// Four more lines (4-7), so the section under test starts on line 8.
constexpr const char* kHeaderWithGeography = R"(name: provision
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
geography:
  within_locality_miles: 5
  localities: {exeter: {entry_share: 0.6}, north: {entry_share: 0.4}}
  roads: [{from: exeter, to: north, miles: 30}]
)";


// children.need_level

TEST_CASE("children's need levels are read as shares, and all are standard when not written",
          "[scenario][provision]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, R"(name: needs
run: {start_date: 2025-04-01, years: 1}
children:
  entries_per_year: 10
  age_at_entry: {"0": 1}
  stay: {distribution: fixed, days: 9}
  need_level: {standard: 0.7, complex: 0.2, very_complex: 0.1}
provision: {}
)");
  CHECK(s.children.need_level == NeedShares{0.7, 0.2, 0.1});
  CHECK(load(folder, std::string(kHeader) + "provision: {}\n").children.need_level == kAllStandard);
}

TEST_CASE("need level shares must sum to 1 and name known levels", "[scenario][provision]") {
  ScenarioFolder folder;
  // The problems of a scenario whose children's need levels are `need_level` (line 7).
  const auto problems_with = [&folder](const std::string& need_level) {
    return problems(folder, R"(name: needs
run: {start_date: 2025-04-01, years: 1}
children:
  entries_per_year: 10
  age_at_entry: {"0": 1}
  stay: {distribution: fixed, days: 9}
  need_level: )" + need_level + "\nprovision: {}\n");
  };
  CHECK(problems_with("{standard: 0.5, complx: 0.5, very_complex: -0.1}") ==
        Lines{"7:31: unknown need level 'complx' (did you mean 'complex'?) (children.need_level.complx)",
              "7:58: must be between 0 and 1, got -0.1 (children.need_level.very_complex)"});
  CHECK(problems_with("{standard: 0.5, complex: 0.4}") == Lines{"7:15: shares must sum to 1, got 0.9 (children.need_level)"});
  // Summed in binary, 0.5 + 0.44 is 0.9400000000000001: the message gives the sum as written.
  CHECK(problems_with("{standard: 0.5, complex: 0.44}") ==
        Lines{"7:15: shares must sum to 1, got 0.94 (children.need_level)"});
}

// provision.in_house_foster

TEST_CASE("a mix of households is read: places, skill, approved ages and locality", "[scenario][provision]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, std::string(kHeaderWithGeography) + R"(provision:
  in_house_foster:
    households: 80
    places_shares: {"1": 0.5, "2": 0.3, "3": 0.2}
    skill: {standard: 0.6, complex: 0.3, very_complex: 0.1}
    approved_ages: {"0-10": 0.5, "5-17": 0.3, "16-17": 0.2}
    locality: {north: 0.25, exeter: 0.75}
)");
  REQUIRE(s.provision.in_house_foster);
  const InHouseFosterSpec& foster = *s.provision.in_house_foster;
  CHECK(foster.households == 80);
  CHECK(foster.places_shares == std::vector<double>{0.5, 0.3, 0.2});  // no trailing 4-6 of share 0
  CHECK(foster.skill == NeedShares{0.6, 0.3, 0.1});
  REQUIRE(foster.approved_ages.size() == 3);  // in the order written
  CHECK(foster.approved_ages[0].min_age == 0);
  CHECK(foster.approved_ages[0].max_age == 10);
  CHECK(foster.approved_ages[0].share == 0.5);
  CHECK(foster.approved_ages[1].min_age == 5);
  CHECK(foster.approved_ages[1].max_age == 17);
  CHECK(foster.approved_ages[1].share == 0.3);
  CHECK(foster.approved_ages[2].min_age == 16);
  CHECK(foster.approved_ages[2].max_age == 17);
  CHECK(foster.approved_ages[2].share == 0.2);
  CHECK(foster.locality_shares == std::vector<double>{0.75, 0.25});  // in the geography's order
}

TEST_CASE("households left unspecified are standard, approved for 0-17 and where children live",
          "[scenario][provision]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, std::string(kHeader) + R"(provision:
  in_house_foster: {households: 3, places_per_household: 2}
)");
  REQUIRE(s.provision.in_house_foster);
  const InHouseFosterSpec& foster = *s.provision.in_house_foster;
  CHECK(foster.places_shares == std::vector<double>{0, 1});  // every household has 2 places
  CHECK(foster.skill == kAllStandard);
  REQUIRE(foster.approved_ages.size() == 1);
  CHECK(foster.approved_ages[0].min_age == 0);
  CHECK(foster.approved_ages[0].max_age == 17);
  CHECK(foster.approved_ages[0].share == 1);
  CHECK(foster.locality_shares.empty());
}

TEST_CASE("a single number of places for some households only is a share of 1 at that number",
          "[scenario][provision]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, std::string(kHeader) + R"(provision:
  in_house_foster: {households: 3, places_shares: {"3": 1}}
)");
  REQUIRE(s.provision.in_house_foster);
  CHECK(s.provision.in_house_foster->places_shares == std::vector<double>{0, 0, 1});
}

TEST_CASE("places_per_household and places_shares together are an error", "[scenario][provision]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  in_house_foster:
    households: 10
    places_per_household: 2
    places_shares: {"1": 0.5, "2": 0.5}
)") == Lines{"8:20: give places_per_household or places_shares, not both (provision.in_house_foster.places_shares)"});
}

TEST_CASE("an option can swap a base's places_per_household for places_shares by nulling it",
          "[scenario][provision][extends]") {
  ScenarioFolder folder;
  folder.write("base.yaml", std::string(kHeader) + R"(provision:
  in_house_foster: {households: 10, places_per_household: 2}
)");
  const std::string option = folder.write("option.yaml", R"(extends: base.yaml
provision:
  in_house_foster: {places_per_household: ~, places_shares: {"1": 0.5, "2": 0.5}}
)");
  const Scenario s = load_scenario(option).scenario;
  REQUIRE(s.provision.in_house_foster);
  CHECK(s.provision.in_house_foster->places_shares == std::vector<double>{0.5, 0.5});

  const std::string both = folder.write("both.yaml", R"(extends: base.yaml
provision:
  in_house_foster: {places_shares: {"1": 0.5, "2": 0.5}}
)");
  CHECK(located(problems_loading(both)) ==
        Lines{"3:36: give places_per_household or places_shares, not both; provision.in_house_foster.places_per_household "
              "is written in the file this one extends: set it to ~ here to remove it (provision.in_house_foster.places_shares)"});
  // The other way round, the problem is still where the option wrote its own key.
  folder.write("shares.yaml", std::string(kHeader) + R"(provision:
  in_house_foster: {households: 10, places_shares: {"1": 0.5, "2": 0.5}}
)");
  const std::string per_household = folder.write("per_household.yaml", R"(extends: shares.yaml
provision:
  in_house_foster: {places_per_household: 2}
)");
  CHECK(located(problems_loading(per_household)) ==
        Lines{"3:43: give places_per_household or places_shares, not both; provision.in_house_foster.places_shares "
              "is written in the file this one extends: set it to ~ here to remove it "
              "(provision.in_house_foster.places_per_household)"});
}

TEST_CASE("places_shares names 1 to 6 places, each a share, summing to 1", "[scenario][provision]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  in_house_foster: {households: 10, places_shares: {"1": 0.5, "7": 0.5}}
)") == Lines{"5:52: shares must sum to 1, got 0.5 (provision.in_house_foster.places_shares)",
             "5:63: unknown number of places '7' (provision.in_house_foster.places_shares.7)"});
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  in_house_foster: {households: 10, places_shares: {"1": 1.5, "2": -0.5}, places_per_household: 0}
)") == Lines{"5:58: must be between 0 and 1, got 1.5 (provision.in_house_foster.places_shares.1)",
             "5:68: must be between 0 and 1, got -0.5 (provision.in_house_foster.places_shares.2)",
             "5:97: must be between 1 and 10, got 0 (provision.in_house_foster.places_per_household)"});
}

TEST_CASE("an approved age range is \"A-B\" in whole years with 0 <= A <= B <= 17", "[scenario][provision]") {
  ScenarioFolder folder;
  // Reported at the range's share, one problem per bad range; the sum is not checked then.
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  in_house_foster:
    households: 10
    approved_ages: {"12-3": 0.25, "0-18": 0.25, "5": 0.25, "a-b": 0.25}
)") == Lines{
                 "7:29: an age range is written \"A-B\" in whole years from 0 to 17, got '12-3' "
                 "(provision.in_house_foster.approved_ages.12-3)",
                 "7:43: an age range is written \"A-B\" in whole years from 0 to 17, got '0-18' "
                 "(provision.in_house_foster.approved_ages.0-18)",
                 "7:54: an age range is written \"A-B\" in whole years from 0 to 17, got '5' "
                 "(provision.in_house_foster.approved_ages.5)",
                 "7:67: an age range is written \"A-B\" in whole years from 0 to 17, got 'a-b' "
                 "(provision.in_house_foster.approved_ages.a-b)"});
}

TEST_CASE("an approved age range is given once, however it is written", "[scenario][provision]") {
  ScenarioFolder folder;
  // "00-17" is "0-17": households of one range would have been drawn as of two.
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  in_house_foster:
    households: 10
    approved_ages: {"0-17": 0.5, "00-17": 0.5}
)") == Lines{"7:43: the age range '00-17' is given twice: it is '0-17' given before "
             "(provision.in_house_foster.approved_ages.00-17)"});
}

TEST_CASE("approved age shares are shares of households and sum to 1", "[scenario][provision]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  in_house_foster:
    households: 10
    approved_ages: {"0-10": 0.5, 11-17: 0.25}
)") == Lines{"7:20: shares must sum to 1, got 0.75 (provision.in_house_foster.approved_ages)"});
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  in_house_foster:
    households: 10
    approved_ages: {"0-17": 2}
)") == Lines{"7:29: must be between 0 and 1, got 2 (provision.in_house_foster.approved_ages.0-17)"});
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  in_house_foster: {households: 10, approved_ages: {}}
)") == Lines{"5:52: shares must sum to 1, got 0 (provision.in_house_foster.approved_ages)"});
}

TEST_CASE("carer skill shares name need levels and sum to 1", "[scenario][provision]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  in_house_foster:
    households: 10
    skill: {standard: 0.5, complx: 0.5}
)") == Lines{"7:12: shares must sum to 1, got 0.5 (provision.in_house_foster.skill)",
             "7:28: unknown need level 'complx' (did you mean 'complex'?) (provision.in_house_foster.skill.complx)"});
}

TEST_CASE("household locality shares name the geography's localities and sum to 1", "[scenario][provision]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeaderWithGeography) + R"(provision:
  in_house_foster:
    households: 10
    locality: {exeter: 0.5, nroth: 0.5}
)") == Lines{"11:15: shares must sum to 1, got 0.5 (provision.in_house_foster.locality)",
             "11:29: unknown locality 'nroth' (did you mean 'north'?) (provision.in_house_foster.locality.nroth)"});
}

TEST_CASE("household localities need a geography section", "[scenario][provision]") {
  ScenarioFolder folder;
  const Lines lines = problems(folder, std::string(kHeader) + R"(provision:
  in_house_foster:
    households: 10
    locality: {north: 1}
)");
  CHECK(lines == Lines{"7:15: households can be placed in localities only with a geography section "
                       "(provision.in_house_foster.locality)"});
}

// provision.ifa

TEST_CASE("an IFA's cap, availability, distance and the needs it accepts are read", "[scenario][provision]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, std::string(kHeader) + R"(provision:
  ifa:
    max_placements: 120
    availability: 0.8
    miles: {distribution: lognormal, median_miles: 15, sigma: 0.6}
    accepts: [standard, complex]
)");
  REQUIRE(s.provision.ifa);
  const IfaSpec& ifa = *s.provision.ifa;
  CHECK(ifa.max_placements == 120);
  CHECK(ifa.availability == 0.8);
  REQUIRE(ifa.miles);
  CHECK(ifa.miles->kind == DistributionSpec::Kind::lognormal);
  CHECK(ifa.miles->median == 15);
  CHECK(ifa.miles->sigma == 0.6);
  CHECK(ifa.accepts == NeedSet{true, true, false});
}

TEST_CASE("an empty IFA section is unlimited, always found, at home, taking every need", "[scenario][provision]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, std::string(kHeader) + "provision: {ifa: {}}\n");
  REQUIRE(s.provision.ifa);
  CHECK_FALSE(s.provision.ifa->max_placements);
  CHECK(s.provision.ifa->availability == 1);
  CHECK_FALSE(s.provision.ifa->miles);
  CHECK(s.provision.ifa->accepts == kEveryNeed);
}

TEST_CASE("a distance is a distribution object with _miles keys", "[scenario][provision]") {
  ScenarioFolder folder;
  const Scenario fixed = load(folder, std::string(kHeader) + R"(provision:
  ifa: {miles: {distribution: fixed, miles: 30}}
)");
  REQUIRE(fixed.provision.ifa->miles);
  CHECK(fixed.provision.ifa->miles->kind == DistributionSpec::Kind::fixed);
  CHECK(fixed.provision.ifa->miles->value == 30);

  const Scenario empirical = load(folder, std::string(kHeader) + R"(provision:
  ifa: {miles: {distribution: empirical, miles: [0, 10, 60], cumulative: [0, 0.7, 1]}}
)");
  REQUIRE(empirical.provision.ifa->miles);
  CHECK(empirical.provision.ifa->miles->empirical_values == std::vector<double>{0, 10, 60});
  CHECK(empirical.provision.ifa->miles->empirical_cumulative == std::vector<double>{0, 0.7, 1});

  const Scenario scaled = load(folder, std::string(kHeader) + R"(provision:
  ifa: {miles: {distribution: gamma, shape: 2, scale_miles: 8}}
)");
  REQUIRE(scaled.provision.ifa->miles);
  CHECK(scaled.provision.ifa->miles->scale == 8);
}

TEST_CASE("a distance written in days is reported, with the _miles key it meant", "[scenario][provision]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  ifa: {miles: {distribution: lognormal, median_days: 15, sigma: 0.6}}
)") == Lines{"5:16: missing required key 'median_miles' (provision.ifa.miles.median_miles)",
             "5:42: unknown key 'median_days' (did you mean 'median_miles'?) (provision.ifa.miles.median_days)"});
}

TEST_CASE("IFA availability is a share and accepts lists need levels", "[scenario][provision]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  ifa:
    max_placements: -1
    availability: 1.5
    accepts: [standard, complx]
)") == Lines{"6:21: must be >= 0, got -1 (provision.ifa.max_placements)",
             "7:19: must be between 0 and 1, got 1.5 (provision.ifa.availability)",
             "8:25: unknown need level 'complx' (did you mean 'complex'?) (provision.ifa.accepts[1])"});
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  ifa: {accepts: complex}
)") == Lines{"5:18: must be a list of need level names, got 'complex' (provision.ifa.accepts)"});
}

// provision.residential

TEST_CASE("children's homes are read: in-house homes by locality and external spot purchases",
          "[scenario][provision]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, std::string(kHeaderWithGeography) + R"(provision:
  residential:
    in_house_homes:
      - {locality: north, beds: 4}
      - {locality: exeter, beds: 2}
    external: {availability: 0.9, miles: {distribution: fixed, miles: 45}}
)");
  REQUIRE(s.provision.residential);
  const ResidentialSpec& r = *s.provision.residential;
  REQUIRE(r.in_house_homes.size() == 2);
  CHECK(r.in_house_homes[0].locality == 1);
  CHECK(r.in_house_homes[0].beds == 4);
  CHECK(r.in_house_homes[1].locality == 0);
  CHECK(r.in_house_homes[1].beds == 2);
  REQUIRE(r.external);
  CHECK(r.external->availability == 0.9);
  REQUIRE(r.external->miles);
  CHECK(r.external->miles->value == 45);
}

TEST_CASE("without a geography a home needs only its beds; external alone is always found, at home",
          "[scenario][provision]") {
  ScenarioFolder folder;
  const Scenario homes = load(folder, std::string(kHeader) + R"(provision:
  residential: {in_house_homes: [{beds: 3}]}
)");
  REQUIRE(homes.provision.residential);
  REQUIRE(homes.provision.residential->in_house_homes.size() == 1);
  CHECK(homes.provision.residential->in_house_homes[0].locality == 0);
  CHECK(homes.provision.residential->in_house_homes[0].beds == 3);
  CHECK_FALSE(homes.provision.residential->external);

  const Scenario external = load(folder, std::string(kHeader) + R"(provision:
  residential: {external: {}}
)");
  REQUIRE(external.provision.residential);
  CHECK(external.provision.residential->in_house_homes.empty());
  REQUIRE(external.provision.residential->external);
  CHECK(external.provision.residential->external->availability == 1);
  CHECK_FALSE(external.provision.residential->external->miles);
}

TEST_CASE("an empty residential section is an error", "[scenario][provision]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  residential: {}
)") == Lines{"5:16: must have in_house_homes, external or both (provision.residential)"});
}

TEST_CASE("wrong children's homes are each reported", "[scenario][provision]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeaderWithGeography) + R"(provision:
  residential:
    in_house_homes:
      - {locality: nroth, beds: -1}
      - {beds: 2}
      - 3
    external: {availability: 2, miles: {distribution: fixed, days: 30}}
)") == Lines{"11:20: unknown locality 'nroth' (did you mean 'north'?) (provision.residential.in_house_homes[0].locality)",
             "11:33: must be >= 0, got -1 (provision.residential.in_house_homes[0].beds)",
             "12:9: missing required key 'locality' (provision.residential.in_house_homes[1].locality)",
             "13:9: must be a map, got '3' (provision.residential.in_house_homes[2])",
             "14:30: must be between 0 and 1, got 2 (provision.residential.external.availability)",
             "14:40: missing required key 'miles' (provision.residential.external.miles.miles)",
             "14:62: unknown key 'days' (provision.residential.external.miles.days)"});
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  residential: {in_house_homes: {beds: 2}}
)") == Lines{"5:33: must be a list, got a map (provision.residential.in_house_homes)"});
}

TEST_CASE("a home's locality without a geography section is reported where it is written",
          "[scenario][provision]") {
  ScenarioFolder folder;
  const std::vector<Diagnostic> found = problems_loading(folder.write("s.yaml", std::string(kHeader) + R"(provision:
  residential: {in_house_homes: [{locality: north, beds: 2}]}
)"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].line == 5);
  CHECK(found[0].column == 45);
  CHECK(found[0].key_path == "provision.residential.in_house_homes[0].locality");
  CHECK(found[0].message == "a home can be in a locality only with a geography section");
}

TEST_CASE("a council home may open on a date within the reported horizon, and is open throughout without one",
          "[scenario][provision]") {
  ScenarioFolder folder;
  const auto homes = [](const std::string& second) {
    return std::string(kHeader) + "provision:\n  residential: {in_house_homes: [{beds: 2}, {beds: 3" + second + "}]}\n";
  };
  const Scenario s = load(folder, homes(", opening_date: 2025-10-01"));
  REQUIRE(s.provision.residential);
  const auto& written = s.provision.residential->in_house_homes;
  REQUIRE(written.size() == 2);
  CHECK_FALSE(written[0].opening_date);
  CHECK(written[1].opening_date == kernel::Date::from_ymd(2025, 10, 1));
  // The date's column on line 5: "  residential: {in_house_homes: [{beds: 2}, {beds: 3, opening_date: " is 68.
  const std::string path = " (provision.residential.in_house_homes[1].opening_date)";
  CHECK(problems(folder, homes(", opening_date: 2025-03-31")) ==
        Lines{"5:69: is before the reported horizon starts (run.start_date, 2025-04-01): the horizon would show its "
              "effects without its beginning, or what it cost then; set it on or after that day, or leave "
              "opening_date out for a home open throughout the run, warm-up included" + path});
  CHECK(problems(folder, homes(", opening_date: 2026-04-01")) ==
        Lines{"5:69: is on or after the reported horizon ends (2026-04-01): it would change nothing" + path});
  CHECK(problems(folder, std::string(kHeader) +
                             "provision:\n  residential: {in_house_homes: [{beds: 0, opening_date: 2025-10-01}]}\n") ==
        Lines{"5:58: a home that opens needs beds: it has 0 (provision.residential.in_house_homes[0].opening_date)"});
  CHECK(problems(folder, homes(", opening_date: 2025-13-01")).size() == 1);
  CHECK(problems(folder, homes(", opening_date: 2025-13-01")).front().starts_with("5:69: "));
}

TEST_CASE("a council home may close on a date within the reported horizon, after it opens", "[scenario][provision]") {
  ScenarioFolder folder;
  const auto homes = [](const std::string& second) {
    return std::string(kHeader) + "provision:\n  residential: {in_house_homes: [{beds: 2}, {beds: 3" + second + "}]}\n";
  };
  const Scenario s = load(folder, homes(", closing_date: 2025-10-01"));
  REQUIRE(s.provision.residential);
  const auto& written = s.provision.residential->in_house_homes;
  REQUIRE(written.size() == 2);
  CHECK_FALSE(written[0].closing_date);
  CHECK_FALSE(written[1].opening_date);
  CHECK(written[1].closing_date == kernel::Date::from_ymd(2025, 10, 1));
  CHECK(s.provision.residential->a_home_closes());
  CHECK_FALSE(s.provision.residential->a_home_opens());
  const Scenario both = load(folder, homes(", opening_date: 2025-06-01, closing_date: 2025-10-01"));
  CHECK(both.provision.residential->in_house_homes[1].opening_date == kernel::Date::from_ymd(2025, 6, 1));
  CHECK(both.provision.residential->in_house_homes[1].closing_date == kernel::Date::from_ymd(2025, 10, 1));
  // The date's column on line 5: "  residential: {in_house_homes: [{beds: 2}, {beds: 3, closing_date: " is 68.
  const std::string path = " (provision.residential.in_house_homes[1].closing_date)";
  CHECK(problems(folder, homes(", closing_date: 2025-03-31")) ==
        Lines{"5:69: is before the reported horizon starts (run.start_date, 2025-04-01): the horizon would show its "
              "effects without its beginning, or what it cost then; set it on or after that day, or leave "
              "closing_date out for a home open to the end of the run" + path});
  CHECK(problems(folder, homes(", closing_date: 2026-04-01")) ==
        Lines{"5:69: is on or after the reported horizon ends (2026-04-01): it would change nothing" + path});
  CHECK(problems(folder, std::string(kHeader) +
                             "provision:\n  residential: {in_house_homes: [{beds: 0, closing_date: 2025-10-01}]}\n") ==
        Lines{"5:58: a home that closes needs beds: it has 0 (provision.residential.in_house_homes[0].closing_date)"});
  // "..., {beds: 3, opening_date: 2025-10-01, closing_date: " is 94 long.
  for (const std::string closing : {"2025-10-01", "2025-09-30"})
    CHECK(problems(folder, homes(", opening_date: 2025-10-01, closing_date: " + closing)) ==
          Lines{"5:95: is on or before the home's opening_date (2025-10-01): a home closes after it opens" + path});
}

// provision.change

TEST_CASE("the providers' change takes what it writes from its date, and the provision's for the rest",
          "[scenario][provision]") {
  ScenarioFolder folder;
  const auto with_change = [](const std::string& change, const std::string& supported = "  supported: {}\n") {
    return std::string(kHeader) +
           "provision:\n  ifa: {availability: 0.8, max_placements: 20}\n  residential: {external: {availability: "
           "0.9}}\n" +
           supported + "  change: " + change + "\n";
  };
  const Scenario s =
      load(folder, with_change("{start_date: 2025-10-01, ifa: {availability: 0.5}, supported: {max_placements: 5}}"));
  REQUIRE(s.provision.changes.size() == 1);
  const scenario::ProvisionChange& change = s.provision.changes[0];
  CHECK(change.start_date == kernel::Date::from_ymd(2025, 10, 1));
  CHECK(change.ifa_availability == 0.5);
  CHECK(change.ifa_max_placements == 20);
  CHECK(change.external_home_availability == 0.9);
  CHECK(change.supported_availability == 1);
  CHECK(change.supported_max_placements == 5);
  const Scenario homes = load(folder, with_change("{start_date: 2025-10-01, residential: {external: {availability: "
                                                  "0.4}}, ifa: {max_placements: 3}}"));
  REQUIRE(homes.provision.changes.size() == 1);
  CHECK(homes.provision.changes[0].external_home_availability == 0.4);
  CHECK(homes.provision.changes[0].ifa_availability == 0.8);
  CHECK(homes.provision.changes[0].ifa_max_placements == 3);
  CHECK(load(folder, std::string(kHeader) + "provision: {ifa: {}}\n").provision.changes.empty());
}

TEST_CASE("a list of the providers' changes takes each from its date, on top of what the one before left",
          "[scenario][provision]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, std::string(kHeader) +
                                      "provision:\n  ifa: {availability: 0.8, max_placements: 20}\n"
                                      "  residential: {external: {availability: 0.9}}\n  change:\n"
                                      "    - {start_date: 2025-07-01, ifa: {availability: 0.5}}\n"
                                      "    - {start_date: 2025-10-01, ifa: {max_placements: 5}}\n"
                                      "    - {start_date: 2026-01-01, residential: {external: {availability: 0.7}}}\n");
  REQUIRE(s.provision.changes.size() == 3);
  const auto& [first, second, third] = std::tie(s.provision.changes[0], s.provision.changes[1], s.provision.changes[2]);
  CHECK(first.start_date == kernel::Date::from_ymd(2025, 7, 1));
  CHECK((first.ifa_availability == 0.5 && first.ifa_max_placements == 20 && first.external_home_availability == 0.9));
  CHECK(second.start_date == kernel::Date::from_ymd(2025, 10, 1));
  CHECK((second.ifa_availability == 0.5 && second.ifa_max_placements == 5 && second.external_home_availability == 0.9));
  CHECK(third.start_date == kernel::Date::from_ymd(2026, 1, 1));
  CHECK((third.ifa_availability == 0.5 && third.ifa_max_placements == 5 && third.external_home_availability == 0.7));
}

TEST_CASE("a providers' change lifts a cap with none, where the provision or a change before sets one",
          "[scenario][provision]") {
  ScenarioFolder folder;
  const auto with_changes = [](const std::string& ifa, const std::string& changes) {
    return std::string(kHeader) + "provision:\n  ifa: " + ifa + "\n  supported: {max_placements: 9}\n  change: " +
           changes + "\n";
  };
  const Scenario lifted = load(folder, with_changes("{max_placements: 20}", "{start_date: 2025-10-01, ifa: "
                                                                            "{max_placements: none}}"));
  REQUIRE(lifted.provision.changes.size() == 1);
  CHECK_FALSE(lifted.provision.changes[0].ifa_max_placements);
  CHECK(lifted.provision.changes[0].supported_max_placements == 9);  // not written: as before
  const Scenario again = load(folder, with_changes("{max_placements: 20}",
                                                   "[{start_date: 2025-07-01, ifa: {max_placements: none}}, "
                                                   "{start_date: 2025-10-01, supported: {availability: 0.5}}, "
                                                   "{start_date: 2026-01-01, ifa: {max_placements: 5}}]"));
  REQUIRE(again.provision.changes.size() == 3);
  CHECK_FALSE(again.provision.changes[0].ifa_max_placements);
  CHECK_FALSE(again.provision.changes[1].ifa_max_placements);  // still lifted
  CHECK(again.provision.changes[2].ifa_max_placements == 5);
  // "  change: {start_date: 2025-10-01, ifa: {max_placements: " is 57 long.
  CHECK(problems(folder, with_changes("{}", "{start_date: 2025-10-01, ifa: {max_placements: none}}")) ==
        Lines{"7:58: there is no cap to lift: neither the provision nor a change before this one sets max_placements "
              "(provision.change.ifa.max_placements)"});
  CHECK(problems(folder, with_changes("{max_placements: 20}",
                                      "[{start_date: 2025-07-01, ifa: {max_placements: none}}, {start_date: "
                                      "2025-10-01, ifa: {max_placements: none}}]")) ==
        Lines{"7:114: there is no cap to lift: neither the provision nor a change before this one sets "
              "max_placements (provision.change[1].ifa.max_placements)"});
  CHECK(problems(folder, with_changes("{max_placements: 20}", "{start_date: 2025-10-01, ifa: {max_placements: "
                                                              "nonee}}")) ==
        Lines{"7:58: must be a whole number, got 'nonee' (provision.change.ifa.max_placements)"});
  // The provision itself has a cap or none written at all.
  CHECK(problems(folder, std::string(kHeader) + "provision:\n  ifa: {max_placements: none}\n") ==
        Lines{"5:25: must be a whole number, got 'none' (provision.ifa.max_placements)"});
}

TEST_CASE("a list of the providers' changes has maps, dated one after another", "[scenario][provision]") {
  ScenarioFolder folder;
  const auto with_changes = [](const std::string& changes) {
    return std::string(kHeader) + "provision:\n  ifa: {availability: 0.8}\n  change: " + changes + "\n";
  };
  // "  change: [{start_date: 2025-10-01, ifa: {availability: 0.5}}, {start_date: " is 76 long.
  for (const std::string date : {"2025-10-01", "2025-07-01"})
    CHECK(problems(folder, with_changes("[{start_date: 2025-10-01, ifa: {availability: 0.5}}, {start_date: " + date +
                                        ", ifa: {availability: 0.4}}]")) ==
          Lines{"6:77: must come after the start_date of the change before it, 2025-10-01 "
                "(provision.change[1].start_date)"});
  CHECK(problems(folder, with_changes("[{start_date: 2025-10-01, ifa: {availability: 0.5}}, 3]")) ==
        Lines{"6:64: must be a map, got '3' (provision.change[1])"});
  CHECK(problems(folder, with_changes("3")) ==
        Lines{"6:11: must be a map (one change) or a list of maps (several) (provision.change)"});
  // A wrong date is reported once, not again as out of order.
  CHECK(problems(folder, with_changes("[{start_date: 2025-13-01, ifa: {availability: 0.5}}, {start_date: 2025-07-01, "
                                      "ifa: {availability: 0.4}}]"))
            .size() == 1);
  CHECK(load(folder, with_changes("[]")).provision.changes.empty());
}

TEST_CASE("the providers' change must change a provider the provision has, from a date in the horizon, and only its "
          "chance and cap",
          "[scenario][provision]") {
  ScenarioFolder folder;
  const auto with_change = [](const std::string& change) {
    return std::string(kHeader) +
           "provision:\n  ifa: {availability: 0.8}\n  residential: {in_house_homes: [{beds: 2}]}\n  change: " +
           change + "\n";
  };
  CHECK(problems(folder, with_change("{start_date: 2025-10-01}")) ==
        Lines{"7:11: must change something from start_date: ifa, residential.external or supported (provision.change)"});
  CHECK(problems(folder, with_change("{ifa: {availability: 0.5}}")) ==
        Lines{"7:11: missing required key 'start_date' (provision.change.start_date)"});
  CHECK(problems(folder, with_change("{start_date: 2026-04-01, ifa: {availability: 0.5}}")) ==
        Lines{"7:24: is on or after the reported horizon ends (2026-04-01): it would change nothing "
              "(provision.change.start_date)"});
  CHECK(problems(folder, with_change("{start_date: 2025-10-01, supported: {availability: 0.5}}")) ==
        Lines{"7:47: the provision has no supported to change: add it to provision (provision.change.supported)"});
  CHECK(problems(folder, with_change("{start_date: 2025-10-01, residential: {external: {availability: 0.5}}}")) ==
        Lines{"7:60: the provision has no residential.external to change: add it to provision "
              "(provision.change.residential.external)"});
  CHECK(problems(folder, with_change("{start_date: 2025-10-01, residential: {in_house_homes: []}}")) ==
        Lines{"7:66: cannot change here: a council home opens and closes on its own opening_date and closing_date "
              "(provision.change.residential.in_house_homes)"});
  CHECK(problems(folder, with_change("{start_date: 2025-10-01, ifa: {availability: 1.5, accepts: [standard]}}")) ==
        Lines{"7:56: must be between 0 and 1, got 1.5 (provision.change.ifa.availability)",
              "7:70: cannot change by a date: it holds for the whole run, as the provision says "
              "(provision.change.ifa.accepts)"});
  CHECK(problems(folder, with_change("{start_date: 2025-10-01, ifa: {}}")) ==
        Lines{"7:41: must change something: availability, max_placements or both (provision.change.ifa)"});
}

TEST_CASE("the providers' change of external homes changes their availability only", "[scenario][provision]") {
  ScenarioFolder folder;
  const auto with_change = [](const std::string& external) {
    return std::string(kHeader) + "provision:\n  residential: {external: {}}\n  change: {start_date: 2025-10-01, " +
           "residential: {external: " + external + "}}\n";
  };
  CHECK(load(folder, with_change("{availability: 0.5}")).provision.changes.at(0).external_home_availability == 0.5);
  // "  change: {start_date: 2025-10-01, residential: {external: " is 59 long.
  CHECK(problems(folder, with_change("{}")) ==
        Lines{"6:60: must change something: availability (provision.change.residential.external)"});
  CHECK(problems(folder, with_change("{availability: 0.5, max_placements: 3}")) ==
        Lines{"6:96: external homes have no cap: only their availability changes "
              "(provision.change.residential.external.max_placements)"});
}

// provision.emergency

TEST_CASE("an emergency section switches stop-gaps on, optionally at a distance", "[scenario][provision]") {
  ScenarioFolder folder;
  const Scenario plain = load(folder, std::string(kHeader) + "provision: {emergency: {}}\n");
  REQUIRE(plain.provision.emergency);
  CHECK_FALSE(plain.provision.emergency->miles);
  CHECK_FALSE(load(folder, std::string(kHeader) + "provision: {}\n").provision.emergency);

  const Scenario far = load(folder, std::string(kHeader) + R"(provision:
  emergency: {miles: {distribution: exponential, mean_miles: 25}}
)");
  REQUIRE(far.provision.emergency);
  REQUIRE(far.provision.emergency->miles);
  CHECK(far.provision.emergency->miles->kind == DistributionSpec::Kind::exponential);
  CHECK(far.provision.emergency->miles->mean == 25);
}

TEST_CASE("an emergency section must be a map and its miles a distribution", "[scenario][provision]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  emergency:
)") == Lines{"5:3: must be a map, got nothing (write `emergency: {}` for a section with no settings) "
             "(provision.emergency)"});
  CHECK(problems(folder, std::string(kHeader) + R"(provision:
  emergency: {miles: 30, beds: 4}
)") == Lines{"5:22: must be a map, got '30' (provision.emergency.miles)",
             "5:26: unknown key 'beds' (provision.emergency.beds)"});
}

}  // namespace
}  // namespace caresim::scenario
