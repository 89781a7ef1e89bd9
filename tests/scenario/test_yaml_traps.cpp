// What YAML lets through that a scenario file must not: text that swallows the keys after it,
// documents after the first, bytes that are no text, and bases that are no scenario. Each
// would otherwise run without a word, on less than the user wrote.
#include <catch2/catch.hpp>

#include "scenario/load_scenario.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::kFourLineScenario;
using testing::located;
using testing::problems;
using testing::problems_loading;
using testing::ScenarioFolder;
using Lines = std::vector<std::string>;

TEST_CASE("a quote never closed is an error, not text that swallows the rest of the file", "[scenario][errors]") {
  ScenarioFolder folder;
  CHECK(problems(folder, std::string(kFourLineScenario) + "description: \"IFA placements break down\nbreakdowns:\n"
                                                  "  time_to_breakdown: {ifa: {distribution: fixed, days: 9}}\n") ==
        Lines{"5:14: this quote is never closed, so the text runs on to the end of the file"});
  CHECK(problems(folder, std::string(kFourLineScenario) + "description: 'it''s open\nbreakdowns: {}\n") ==
        Lines{"5:14: this quote is never closed, so the text runs on to the end of the file"});
  // Closed quotes may span lines and hold escaped quotes.
  CHECK(load(folder, std::string(kFourLineScenario) + "description: \"a \\\"quoted\\\"\n  word\"\n").description ==
        "a \"quoted\" word");
  CHECK(load(folder, std::string(kFourLineScenario) + "description: 'it''s\n  closed'\n").description == "it's closed");
}

TEST_CASE("a second YAML document in a scenario file is an error, not ignored", "[scenario][errors]") {
  ScenarioFolder folder;
  const Lines expected{"6:1: a scenario file holds one YAML document; this is another (after '---' or '...')"};
  CHECK(located(problems_loading(folder.write("dashes.yaml", std::string(kFourLineScenario) + "---\nbreakdowns: {}\n"))) ==
        expected);
  CHECK(located(problems_loading(folder.write("dots.yaml", std::string(kFourLineScenario) + "...\ngarbage: 1\n"))) ==
        expected);
  // An empty document after the end marker holds nothing to lose.
  CHECK(load(folder, std::string(kFourLineScenario) + "---\n").name == "x");
}

TEST_CASE("a comma outside any list or map is reported where it is, not read for ever", "[scenario][errors]") {
  // yaml-cpp 0.7 hands out the same empty document again and again at such a comma: loading
  // would fill memory and end in bad_alloc.
  ScenarioFolder folder;
  const Lines expected{"5:1: a ',' outside any [ ] list or { } map: remove it, or put it inside one"};
  CHECK(located(problems_loading(folder.write("first.yaml", "# a comment\n\n\n\n," + std::string(kFourLineScenario)))) ==
        expected);
  CHECK(located(problems_loading(folder.write("after_list.yaml", "- a\n- b\n- c\n- d\n,\n"))) == expected);
  // Left of a map indented by two spaces, at its own column.
  std::string indented;
  for (char c : std::string(kFourLineScenario)) indented += c == '\n' ? std::string("\n  ") : std::string(1, c);
  CHECK(located(problems_loading(folder.write("indented.yaml", "  " + indented.substr(0, indented.size() - 2) + " ,\n"))) ==
        Lines{"5:2: a ',' outside any [ ] list or { } map: remove it, or put it inside one"});
  // Inside a map, yaml-cpp reports it itself.
  CHECK(problems(folder, std::string(kFourLineScenario) + ",\n").size() == 1);
}

TEST_CASE("a NUL byte is reported where it is, as no text", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string text = std::string(kFourLineScenario) + "description: a" + std::string(1, '\0') + "b\n";
  CHECK(located(problems_loading(folder.write("nul.yaml", text))) ==
        Lines{"5:15: the file is not UTF-8 text: byte 0x00 (a NUL, which no text file holds)"});
}

TEST_CASE("the file a scenario extends must itself be a map of keys", "[scenario][errors][extends]") {
  ScenarioFolder folder;
  folder.write("list.yaml", "- not\n- a scenario\n");
  folder.write("empty.yaml", "# nothing but a comment\n");
  CHECK(problems(folder, "extends: list.yaml\n" + std::string(kFourLineScenario)) ==
        Lines{"1:10: '" + folder.path("list.yaml") +
              "' is not a scenario to extend: a scenario must be a map of keys, got a list (extends)"});
  CHECK(problems(folder, "extends: empty.yaml\n" + std::string(kFourLineScenario)) ==
        Lines{"1:10: '" + folder.path("empty.yaml") +
              "' is not a scenario to extend: a scenario must be a map of keys, got nothing (extends)"});
  CHECK(problems(folder, "extends: \"list.yaml\\0junk\"\n" + std::string(kFourLineScenario)) ==
        Lines{"1:10: a file path cannot hold a NUL character (\\0) (extends)"});
}

}  // namespace
}  // namespace caresim::scenario
