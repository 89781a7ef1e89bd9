// `extends:`: a scenario as a few lines on top of a baseline.
#include <string_view>
#include <tuple>

#include <catch2/catch.hpp>

#include "scenario/load_scenario.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::located;
using testing::problems_loading;
using testing::ScenarioFolder;
using Lines = std::vector<std::string>;

constexpr std::string_view kBaseline = R"(name: baseline
description: the council as it is
run: {start_date: 2025-04-01, years: 10, seed: 7}
children:
  entries_per_year: 450
  age_at_entry: {"0": 0.5, "16-17": 0.5}
  stay: {distribution: empirical, days: [0, 100, 400], cumulative: [0, 0.5, 1]}
provision:
  in_house_foster: {households: 400, places_per_household: 2}
  ifa: {max_placements: 50}
)";

TEST_CASE("an extending file overrides one nested key and keeps the rest", "[scenario][extends]") {
  ScenarioFolder folder;
  folder.write("baseline.yaml", kBaseline);
  const LoadedScenario loaded =
      load_scenario(folder.write("more_carers.yaml", R"(extends: baseline.yaml
name: more carers
provision:
  in_house_foster: {households: 500}
)"));
  const Scenario& s = loaded.scenario;
  CHECK(s.name == "more carers");
  CHECK(s.description.empty());  // the base's would describe the base
  CHECK(loaded.effective_yaml.find("the council as it is") == std::string::npos);
  CHECK(s.run.years == 10);
  CHECK(s.run.seed == 7);
  CHECK(s.children.age_at_entry == std::array<double, kAgeBandCount>{0.5, 0, 0, 0, 0.5});
  REQUIRE(s.provision.in_house_foster);
  CHECK(s.provision.in_house_foster->households == 500);
  CHECK(s.provision.in_house_foster->places_shares == std::vector<double>{0, 1});
  REQUIRE(s.provision.ifa);
  CHECK(s.provision.ifa->max_placements == 50);
  CHECK(loaded.effective_yaml.find("extends") == std::string::npos);
}

TEST_CASE("an extending file's own description replaces the base's", "[scenario][extends]") {
  ScenarioFolder folder;
  folder.write("baseline.yaml", kBaseline);
  const std::string path = folder.write("option.yaml", "extends: baseline.yaml\nname: option\ndescription: 100 more\n");
  CHECK(load_scenario(path).scenario.description == "100 more");
  // Two steps on: the middle file gives none, so the top one inherits none.
  folder.write("middle.yaml", "extends: option.yaml\nname: middle\n");
  CHECK(load_scenario(folder.write("top.yaml", "extends: middle.yaml\nname: top\n")).scenario.description.empty());
}

// For problems found after loading (compared scenarios with different horizons): a key
// inherited is where the base file wrote it, an overridden one where the option did.
TEST_CASE("a loaded scenario tells where each key is written, in whichever file", "[scenario][extends]") {
  ScenarioFolder folder;
  folder.write("baseline.yaml", kBaseline);
  const LoadedScenario loaded = load_scenario(folder.write("later.yaml", R"(extends: baseline.yaml
run:
  start_date: 2026-04-01
)"));
  const auto place = [&loaded](std::string_view key_path) {
    const SourceRef ref = loaded.where(key_path);
    CHECK(ref.key_path == key_path);
    return std::tuple(ref.file, ref.line, ref.column);
  };
  CHECK(place("run.start_date") == std::tuple(folder.path("later.yaml"), 3, 15));
  CHECK(place("run.years") == std::tuple(folder.path("baseline.yaml"), 3, 38));
  // Written nowhere (a default): where its section is, as the later file writes it, or the top.
  CHECK(place("run.threads") == std::tuple(folder.path("later.yaml"), 3, 3));
  CHECK(place("costs.terms") == std::tuple(folder.path("later.yaml"), 1, 1));
}

TEST_CASE("lists are replaced whole, not merged item by item", "[scenario][extends]") {
  ScenarioFolder folder;
  folder.write("baseline.yaml", kBaseline);
  const Scenario s = load_scenario(folder.write("short_stays.yaml", R"(extends: baseline.yaml
children:
  stay: {days: [0, 30], cumulative: [0, 1]}
)"))
                         .scenario;
  CHECK(s.children.stay->kind == DistributionSpec::Kind::empirical);
  CHECK(s.children.stay->empirical_values == std::vector<double>{0, 30});
  CHECK(s.children.stay->empirical_cumulative == std::vector<double>{0, 1});
}

TEST_CASE("a distribution object naming another distribution replaces the base's whole", "[scenario][extends]") {
  ScenarioFolder folder;
  folder.write("baseline.yaml", kBaseline);
  const Scenario s = load_scenario(folder.write("lognormal_stays.yaml", R"(extends: baseline.yaml
children:
  stay: {distribution: lognormal, median_days: 300, sigma: 0.8}
)"))
                         .scenario;
  CHECK(s.children.stay->kind == DistributionSpec::Kind::lognormal);
  CHECK(s.children.stay->median == 300);
  CHECK(s.children.stay->sigma == 0.8);
}

TEST_CASE("a distribution object naming the same distribution, or none, changes only what it writes",
          "[scenario][extends]") {
  ScenarioFolder folder;
  folder.write("lognormal.yaml", R"(extends: baseline.yaml
children:
  stay: {distribution: lognormal, median_days: 300, sigma: 0.8}
)");
  folder.write("baseline.yaml", kBaseline);
  const auto sigma_of = [&folder](const std::string& stay) {
    const Scenario s = load_scenario(folder.write("wider.yaml", "extends: lognormal.yaml\nchildren:\n  stay: " + stay + "\n"))
                           .scenario;
    CHECK(s.children.stay->kind == DistributionSpec::Kind::lognormal);
    CHECK(s.children.stay->median == 300);
    return s.children.stay->sigma;
  };
  CHECK(sigma_of("{sigma: 1.2}") == 1.2);
  CHECK(sigma_of("{distribution: lognormal, sigma: 1.1}") == 1.1);
}

TEST_CASE("shares that no longer sum to 1 with the base's merged in name the base's keys", "[scenario][extends]") {
  ScenarioFolder folder;
  folder.write("baseline.yaml", kBaseline);
  const std::vector<Diagnostic> problems = problems_loading(folder.write("babies.yaml", R"(extends: baseline.yaml
children: {age_at_entry: {"0": 0.7, "1-4": 0.3}}
)"));
  CHECK(located(problems) == Lines{"2:26: shares must sum to 1, got 1.5; the file this one extends adds '16-17' (maps "
                                   "merge key by key): write every share here, 0 where none (children.age_at_entry)"});
  // Written whole, the base's key set to 0, the mix loads.
  const Scenario s = load_scenario(folder.write("babies_whole.yaml", R"(extends: baseline.yaml
children: {age_at_entry: {"0": 0.7, "1-4": 0.3, "16-17": 0}}
)"))
                         .scenario;
  CHECK(s.children.age_at_entry == std::array<double, kAgeBandCount>{0.7, 0.3, 0, 0, 0});
}

TEST_CASE("a null in an extending file removes the section the base set, and nothing where it set none",
          "[scenario][extends]") {
  ScenarioFolder folder;
  folder.write("baseline.yaml", kBaseline);
  const Scenario s = load_scenario(folder.write("no_ifa.yaml", R"(extends: baseline.yaml
provision: {ifa: ~, emergency: ~}
)"))
                         .scenario;
  CHECK_FALSE(s.provision.ifa);
  CHECK_FALSE(s.provision.emergency);
  CHECK(s.provision.in_house_foster);
}

TEST_CASE("extends is relative to the extending file and can be chained", "[scenario][extends]") {
  ScenarioFolder folder;
  folder.write("baseline.yaml", kBaseline);
  folder.write("options/fewer_entries.yaml", R"(extends: ../baseline.yaml
children: {entries_per_year: 300}
)");
  const Scenario s = load_scenario(folder.write("options/combined/both.yaml",
                                                R"(extends: ../fewer_entries.yaml
run: {years: 3}
)"))
                         .scenario;
  CHECK(s.children.entries_per_year == 300);
  CHECK(s.run.years == 3);
  CHECK(s.run.seed == 7);
}

TEST_CASE("a mistake in the base file is reported with the base file's name",
          "[scenario][extends]") {
  ScenarioFolder folder;
  const std::string base = folder.write("base.yaml", R"(name: base
run: {start_date: 2025-04-01, years: 0}
children: {entries_per_year: 1, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 1}}
provision: {}
)");
  const std::string option = folder.write("option.yaml", R"(extends: base.yaml
run: {seed: 3}
provision: {ifaa: {}}
)");
  const std::vector<Diagnostic> problems = problems_loading(option);
  CHECK(located(problems) ==
        Lines{"2:38: must be between 1 and 1000, got 0 (run.years)",
              "3:13: unknown key 'ifaa' (did you mean 'ifa'?) (provision.ifaa)"});
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].file == base);
  CHECK(problems[1].file == option);
}

TEST_CASE("a cycle of extends is reported where it closes", "[scenario][extends]") {
  ScenarioFolder folder;
  const std::string a = folder.write("a.yaml", "extends: b.yaml\nname: a\n");
  const std::string b = folder.write("b.yaml", "name: b\nextends: a.yaml\n");
  const std::vector<Diagnostic> problems = problems_loading(a);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].to_string() ==
        b + ":2:10: extends cycle: " + a + " -> " + b + " -> " + a + " (extends)");
}

TEST_CASE("a base file that does not exist is reported at the extends line",
          "[scenario][extends]") {
  ScenarioFolder folder;
  const std::string option = folder.write("option.yaml", "name: option\nextends: nowhere.yaml\n");
  const std::vector<Diagnostic> problems = problems_loading(option);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].to_string() ==
        option + ":2:10: cannot open file 'nowhere.yaml' (a path is relative to the extending file's folder: looked for " +
            folder.path("nowhere.yaml") + "): no such file (extends)");
}

}  // namespace
}  // namespace caresim::scenario
