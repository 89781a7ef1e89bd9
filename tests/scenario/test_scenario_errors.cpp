// Wrong scenarios: every problem reported at once, each at its file, line and column.
#include <filesystem>

#include <catch2/catch.hpp>

#include "scenario/load_scenario.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::located;
using testing::problems_loading;
using testing::ScenarioFolder;
using Lines = std::vector<std::string>;

TEST_CASE("a value out of range is reported as FILE:LINE:COLUMN: message (key path)",
          "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path =
      folder.write("minimal.yaml", R"(# A scenario with one mistake, on line 14.
name: minimal
run:
  start_date: 2025-04-01
  years: 10
children:
  entries_per_year: 450
  age_at_entry: {"0": 1.0}
  stay: {distribution: exponential, mean_days: 365}
provision:
  ifa: {}
  in_house_foster:
    households: 400
    places_per_household: 0
)");
  const std::vector<Diagnostic> problems = problems_loading(path);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].file == path);
  CHECK(problems[0].line == 14);
  CHECK(problems[0].column == 27);
  CHECK(problems[0].to_string() ==
        path + ":14:27: must be between 1 and 10, got 0 (provision.in_house_foster.places_per_household)");
}

TEST_CASE("a misspelt key is reported where it is written, with the key it probably meant",
          "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("x.yaml", R"(name: x
children:
  entries_per_yaer: 450
  age_at_entry: {"0": 1}
  stay: {distribution: fixed, days: 1}
run: {start_date: 2025-04-01, years: 1}
provision: {}
colour: blue
)");
  const std::vector<Diagnostic> problems = problems_loading(path);
  CHECK(located(problems) ==
        Lines{"3:3: missing required key 'entries_per_year' (children.entries_per_year)",
              "3:3: unknown key 'entries_per_yaer' (did you mean 'entries_per_year'?) "
              "(children.entries_per_yaer)",
              "8:1: unknown key 'colour' (colour)"});
  REQUIRE(problems.size() == 3);
  CHECK(problems[1].to_string() == path +
                                       ":3:3: unknown key 'entries_per_yaer' (did you mean "
                                       "'entries_per_year'?) (children.entries_per_yaer)");
}

// `extends` and `sweep` are read before the rest, but are known keys all the same.
TEST_CASE("a misspelt extends or sweep gets a suggestion too", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("x.yaml", R"(name: x
extend: base.yaml
children: {entries_per_year: 450, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 1}}
run: {start_date: 2025-04-01, years: 1}
provision: {}
sweeps: {parameter: run.years, values: [1, 2]}
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"2:1: unknown key 'extend' (did you mean 'extends'?) (extend)",
              "6:1: unknown key 'sweeps' (did you mean 'sweep'?) (sweeps)"});
}

TEST_CASE("a missing required key is reported where its parent map starts", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("missing.yaml", R"(name: missing
run:
  years: 1
children:
  entries_per_year: 1
  age_at_entry: {"0": 1}
  stay: {mean_days: 3}
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"1:1: missing required key 'provision' (provision)",
              "3:3: missing required key 'start_date' (run.start_date)",
              "7:9: missing required key 'distribution' (children.stay.distribution)"});
}

TEST_CASE("a missing section is one problem, not one per key inside it", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("no_children.yaml", R"(name: no children
run: {start_date: 2025-04-01, years: 1}
provision: {}
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"1:1: missing required key 'children' (children)"});
}

TEST_CASE("values of the wrong type are reported at the value, all in one go",
          "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("types.yaml", R"(name: {first: x}
run: {start_date: 2025-04-01, years: 2.5, seed: -1, threads: many}
children:
  entries_per_year: abc
  age_at_entry: {"0": 1}
  stay: {distribution: fixed, days: [1]}
provision:
  in_house_foster: 5
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"1:7: must be text, got a map (name)",
              "2:38: must be a whole number, got '2.5' (run.years)",
              "2:49: must be >= 0, got -1 (run.seed)",
              "2:62: must be a whole number, got 'many' (run.threads)",
              "4:21: must be a number, got 'abc' (children.entries_per_year)",
              "6:37: must be a number, got a list (children.stay.days)",
              "8:20: must be a map, got '5' (provision.in_house_foster)"});
}

TEST_CASE("negative rates and shares outside 0-1 are reported at the value", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("ranges.yaml", R"(name: ranges
run: {start_date: 2025-04-01, years: 0, warmup_years: -1, replications: 0}
children:
  entries_per_year: -5
  age_at_entry: {"0": 1.5, "1-4": -0.5}
  stay: {distribution: exponential, mean_days: 0}
provision:
  in_house_foster: {households: -1}
  ifa: {max_placements: -2}
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"2:38: must be between 1 and 1000, got 0 (run.years)",
              "2:55: must be between 0 and 1000, got -1 (run.warmup_years)",
              "2:73: must be >= 1, got 0 (run.replications)",
              "4:21: must be between 0 and 100000, got -5 (children.entries_per_year)",
              "5:23: must be between 0 and 1, got 1.5 (children.age_at_entry.0)",
              "5:35: must be between 0 and 1, got -0.5 (children.age_at_entry.1-4)",
              "6:48: must be > 0, got 0 (children.stay.mean_days)",
              "8:33: must be between 0 and 100000, got -1 (provision.in_house_foster.households)",
              "9:25: must be >= 0, got -2 (provision.ifa.max_placements)"});
}

// Found by fuzzing: sizes like these ran for ever or exhausted memory.
TEST_CASE("sizes far beyond any council's, and dates of another age, are refused", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("sizes.yaml", R"(name: sizes
run: {start_date: -999-01-01, years: 1}
children:
  entries_per_year: 1e300
  age_at_entry: {"0": 1}
  stay: {distribution: exponential, mean_days: 365}
provision:
  in_house_foster: {households: 2147483647, places_per_household: 2147483647}
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"2:19: must be a date from 1900 to 2200, got '-999-01-01' (run.start_date)",
              "4:21: must be between 0 and 100000, got 1e300 (children.entries_per_year)",
              "8:33: must be between 0 and 100000, got 2147483647 (provision.in_house_foster.households)",
              "8:67: must be between 1 and 10, got 2147483647 (provision.in_house_foster.places_per_household)"});
}

TEST_CASE("age shares must add up to 1", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("shares.yaml", R"(name: shares
run: {start_date: 2025-04-01, years: 1}
children:
  entries_per_year: 1
  age_at_entry: {"0": 0.5, "1-4": 0.4}
  stay: {distribution: fixed, days: 1}
provision: {}
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"5:17: shares must sum to 1, got 0.9 (children.age_at_entry)"});
}

TEST_CASE("an unknown age band is reported with the band it probably meant", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("bands.yaml", R"(name: bands
run: {start_date: 2025-04-01, years: 1}
children:
  entries_per_year: 1
  age_at_entry: {"0": 0.5, "1-5": 0.5}
  stay: {distribution: fixed, days: 1}
provision: {}
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"5:17: shares must sum to 1, got 0.5 (children.age_at_entry)",
              "5:28: unknown age band '1-5' (did you mean '1-4'?) (children.age_at_entry.1-5)"});
}

TEST_CASE("a date must be a real date", "[scenario][errors]") {
  ScenarioFolder folder;
  const auto problems_with_start = [&folder](const std::string& date) {
    return located(problems_loading(folder.write("date.yaml", "name: date\nrun: {start_date: " + date + R"(, years: 1}
children: {entries_per_year: 1, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 1}}
provision: {}
)")));
  };
  CHECK(problems_with_start("2025-02-30") ==
        Lines{"2:19: must be a day of the calendar, got '2025-02-30' (there is no such day) (run.start_date)"});
  CHECK(problems_with_start("2025-4-1") ==
        Lines{"2:19: must be a date written YYYY-MM-DD, got '2025-4-1' (run.start_date)"});
}

TEST_CASE("a section left empty is explained, since {} is what was meant", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("empty_section.yaml", R"(name: empty section
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 1, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 1}}
provision:
  ifa:
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"5:3: must be a map, got nothing (write `ifa: {}` for a section with no settings) "
              "(provision.ifa)"});
}

TEST_CASE("a key written twice is reported at the second, with its key path", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("twice.yaml", R"(name: first
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 1, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 1}}
provision:
  residential:
    in_house_homes:
      - {beds: 2, beds: 3}
name: second
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"7:19: duplicate key 'beds' (first written on line 7) (provision.residential.in_house_homes[0].beds)",
              "8:1: duplicate key 'name' (first written on line 1) (name)"});
}

TEST_CASE("a file that is not YAML is reported where the parser stopped", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("broken.yaml", R"(name: broken
run:
  years: 1
 seed: 2
)");
  const std::vector<Diagnostic> problems = problems_loading(path);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].file == path);
  CHECK(problems[0].line == 4);
  CHECK(problems[0].column == 2);
  CHECK(problems[0].message == "end of map not found");
}

TEST_CASE("the two commonest slips behind a YAML error are named beside the parser's message",
          "[scenario][errors]") {
  ScenarioFolder folder;
  CHECK(located(problems_loading(folder.write("tabbed.yaml", "name: tabbed\nrun:\n\tyears: 10\n"))) ==
        Lines{"3:7: illegal map value (line 3 is indented with a tab: YAML indents with spaces only)"});
  CHECK(located(problems_loading(folder.write(
            "swept.yaml", "name: swept\nsweep: {parameter: geography.roads[0].miles, values: [40, 60]}\n"))) ==
        Lines{"2:35: end of map flow not found (within { }, quote a value holding [ ] or a comma, as in parameter: "
              "\"a.b[0].c\")"});
  // Neither where the slip is another: a tab on a blank line far above, a list left open.
  CHECK(located(problems_loading(folder.write("other.yaml", "name: other\n \t\nrun: {years: 1}\n\n\n"
                                                            "children: {age_at_entry: [1, 2}\n"))) ==
        Lines{"6:31: illegal flow end"});
}

TEST_CASE("a file that is not UTF-8 is reported at its first byte that is not, before it reaches any output",
          "[scenario][errors]") {
  ScenarioFolder folder;
  // As Windows-1252 writes it: a '\xA3' for the pound sign, after an accented letter written as UTF-8.
  const std::string path = folder.write("latin.yaml", "name: minimal\ndescription: \"caf\xC3\xA9 \xA3 30k\"\n");
  const std::vector<Diagnostic> problems = problems_loading(path);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].line == 2);
  CHECK(problems[0].column == 20);  // in characters, as the parser counts them
  CHECK(problems[0].message.rfind("the file is not UTF-8 text: byte 0xA3", 0) == 0);
  // UTF-8, with or without a byte-order mark, is read (and then found incomplete here).
  for (const char* text : {"name: \"\xC2\xA3 \xE2\x82\xAC \xF0\x9F\x8F\xA0\"\n", "\xEF\xBB\xBFname: \"\xC2\xA3\"\n"}) {
    const std::vector<Diagnostic> incomplete = problems_loading(folder.write("utf8.yaml", text));
    REQUIRE_FALSE(incomplete.empty());
    CHECK(incomplete[0].message == "missing required key 'run'");
  }
}

TEST_CASE("a file that cannot be opened is reported without a position, with the reason", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.path("absent.yaml");
  const std::vector<Diagnostic> problems = problems_loading(path);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].line == 0);
  CHECK(problems[0].to_string() == path + ": cannot open file: no such file");
  folder.write("options/x.yaml", "name: x\n");
  CHECK(problems_loading(folder.path("options"))[0].to_string() == folder.path("options") + ": cannot open file: it is a folder");
  std::filesystem::create_symlink("loop_b.yaml", folder.path("loop_a.yaml"));
  std::filesystem::create_symlink("loop_a.yaml", folder.path("loop_b.yaml"));
  CHECK(problems_loading(folder.path("loop_a.yaml"))[0].message == "cannot open file: Too many levels of symbolic links");
}

TEST_CASE("a file that is not a map of keys is reported as such", "[scenario][errors]") {
  ScenarioFolder folder;
  CHECK(located(problems_loading(folder.write("empty.yaml", ""))) ==
        Lines{"1:1: a scenario must be a map of keys, got nothing"});
  CHECK(located(problems_loading(folder.write("list.yaml", "- name: x\n"))) ==
        Lines{"1:1: a scenario must be a map of keys, got a list"});
}

TEST_CASE("a run or campaign longer than a thousand years is refused: dates are exact only to year 32767",
          "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("long.yaml", R"(name: long
run: {start_date: 2025-04-01, years: 2147483647, warmup_years: 100000}
children: {entries_per_year: 1, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 1}}
provision: {in_house_foster: {households: 1}}
carer_supply:
  enquiries_per_year: 1
  application_share: 0.1
  assessment: {distribution: fixed, days: 1}
  approval_share: 0.5
  campaign: {extra_enquiries_per_year: 1, start_date: 2026-04-01, years: 1001}
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"2:38: must be between 1 and 1000, got 2147483647 (run.years)",
              "2:64: must be between 0 and 1000, got 100000 (run.warmup_years)",
              "10:74: must be between 1 and 1000, got 1001 (carer_supply.campaign.years)"});
}

TEST_CASE("an alias inside its own anchor is reported, not followed without end", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::vector<std::string> lines = located(problems_loading(folder.write("cycle.yaml", "name: &a [*a]\n")));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] == "1:7: nested more than 100 levels deep (an alias inside its own anchor nests without end)");
}

TEST_CASE("aliases that multiply into a huge tree are reported, not copied", "[scenario][errors]") {
  ScenarioFolder folder;
  // Each line ten times the one before: a million values from six short lines.
  const std::string path = folder.write("laughs.yaml", R"(a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
)");
  const std::vector<Diagnostic> problems = problems_loading(path);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].line > 0);
  CHECK(problems[0].message == "more than 100000 values, counting each alias as a copy of what its anchor names");
}

TEST_CASE("an alias of a small section still loads as a copy of it", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("alias.yaml", R"(name: &n aliased
description: *n
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 1, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 1}}
provision: {}
)");
  CHECK(load_scenario(path).scenario.description == "aliased");
}

TEST_CASE("a key written in the wrong section is told which section takes it", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("misplaced.yaml", R"(name: misplaced
run: {start_date: 2025-04-01, years: 3}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision: {in_house_foster: {households: 5, enquiries_per_year: 4}}
carer_supply: {enquiries_per_year: 50, application_share: 0.2, approval_share: 0.5, assessment: {distribution: fixed, days: 200}}
campaign: {extra_enquiries_per_year: 100, start_date: 2026-04-01, years: 1}
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"4:46: unknown key 'enquiries_per_year' (a key of carer_supply: move it there) "
              "(provision.in_house_foster.enquiries_per_year)",
              "6:1: unknown key 'campaign' (a key of carer_supply: move it there) (campaign)"});
}

TEST_CASE("a share written as a percentage is told how to write it as a fraction", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string path = folder.write("percent.yaml", R"(name: percent
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision: {in_house_foster: {households: 5}, ifa: {availability: 150}}
carer_supply: {enquiries_per_year: 50, application_share: 12, approval_share: 40%, assessment: {distribution: fixed, days: 200}}
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"4:67: must be between 0 and 1, got 150 (provision.ifa.availability)",
              "5:59: must be between 0 and 1, got 12: a share is written as a fraction, 0.12 for 12% "
              "(carer_supply.application_share)",
              "5:79: must be a number, got '40%': a share is written as a fraction, 0.4 for 40% "
              "(carer_supply.approval_share)"});
}

}  // namespace
}  // namespace caresim::scenario
