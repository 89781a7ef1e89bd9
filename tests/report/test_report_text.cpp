#include <catch2/catch.hpp>

#include <cmath>

#include <nlohmann/json.hpp>

#include "report/csv_table.hpp"
#include "report/html_text.hpp"
#include "report/kpi_presentation.hpp"
#include "report/parameter_unit.hpp"
#include "report/scenario_differences.hpp"
#include "report/sheet_limits.hpp"
#include "scenario/scenario_error.hpp"

using namespace caresim::report;

TEST_CASE("markup in a name is shown as text", "[report]") {
  CHECK(html_escape("<script>alert('x')</script> & \"q\"") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
}

TEST_CASE("JSON inside a script element cannot close it and reads back unchanged", "[report]") {
  const nlohmann::json original{{"name", "</script><script>alert(1)</script> <!-- & =SUM(A1)"}};
  const std::string safe = json_for_script(original.dump());
  CHECK(safe.find("</") == std::string::npos);
  CHECK(safe.find("<!--") == std::string::npos);
  CHECK(nlohmann::json::parse(safe) == original);
}

TEST_CASE("CSV cells may be quoted, hold commas, quotes and line breaks, and NA is n/a", "[report]") {
  const CsvTable table = parse_csv("a,b\r\n\"x, \"\"y\"\"\nz\",NA\n1,2", "t.csv");
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0][0] == "x, \"y\"\nz");
  CHECK(std::isnan(csv_cell_number(table.rows[0][1], "t.csv", 2)));
  CHECK(csv_cell_number(table.rows[1][1], "t.csv", 3) == 2);
  CHECK(table.column("b") == 1u);
  CHECK_FALSE(table.column("c"));
}

TEST_CASE("a CSV row of the wrong width is an error naming the file and line", "[report]") {
  CHECK_THROWS_WITH(parse_csv("a,b\n1,2\n3\n", "t.csv"), Catch::Contains("t.csv:3:1: expected 2 cells, got 1"));
  CHECK_THROWS_WITH(csv_cell_number("abc", "t.csv", 4), Catch::Contains("t.csv:4:1: expected a number or NA"));
}

TEST_CASE("a text longer than a worksheet cell holds is cut between whole characters, and says so", "[report]") {
  CHECK(fitted_text("short", 20) == "short");
  CHECK(fitted_text(std::string(20, 'x'), 20) == std::string(20, 'x'));
  CHECK(fitted_text(std::string(21, 'x'), 20) == "xxxxx... (truncated)");
  // "é" is one character of two bytes; an emoji, of four bytes, is two to Excel (UTF-16).
  CHECK(fitted_text("ééééééééééééééééééééé", 20) == "ééééé... (truncated)");
  CHECK(fitted_text("abc😀😀😀😀😀😀😀😀😀", 20) == "abc😀... (truncated)");
  CHECK(fitted_text("abcd😀😀😀😀😀😀😀😀😀", 20) == "abcd... (truncated)");  // never half an emoji
  const std::string overlong(40'000, 'n');
  CHECK(fitted_text(overlong).size() == kCellCharacters);
}

TEST_CASE("rows beyond what a worksheet holds leave its last row for a note of the rest", "[report]") {
  CHECK(rows_shown(10, 20) == 10);
  CHECK(rows_shown(19, 20) == 19);  // with the header, exactly the sheet
  CHECK(rows_shown(20, 20) == 18);  // header, 18 rows, and the note
  CHECK(rows_shown(1'500'000) == kSheetRows - 2);
}

TEST_CASE("numbers are written for people by what they measure", "[report]") {
  CHECK(format_value(853.4, Quantity::count) == "853");
  CHECK(format_value(38.26, Quantity::count) == "38.3");
  CHECK(format_value(0.2345, Quantity::share) == "23.4%");
  CHECK(format_value(2.134e6, Quantity::money) == "£2.13m");
  CHECK(format_value(-45.6e6, Quantity::money) == "\u2212£45.6m");
  CHECK(format_value(12'500, Quantity::money) == "£12.5k");
  CHECK(format_value(1'657, Quantity::money) == "£1,657");
  CHECK(format_value(1'084.4e6, Quantity::money) == "£1,084m");
  CHECK(format_value(131'072, Quantity::count) == "131,072");
  // What is shown is chosen by the value as rounded for showing.
  CHECK(format_value(999.6, Quantity::count) == "1,000");
  CHECK(format_value(0.0009996, Quantity::count) == "0.0010");
  CHECK(format_value(999'999.6, Quantity::money) == "£1.00m");
  CHECK(format_value(999'999'999.6, Quantity::money) == "£1,000m");
  CHECK(format_value(9'999.6, Quantity::money) == "£10.0k");
  CHECK(format_value(1e-12, Quantity::count) == "0.00");
  CHECK(format_difference_interval(-1e-12, 3e-12, Quantity::count) == "0.00 to 0.00");
  CHECK(format_value(std::nan(""), Quantity::count) == "n/a");
  CHECK(format_interval(28, 47.2, Quantity::count) == "28.0\u201347.2");
  CHECK(format_interval(-5, 3, Quantity::count) == "\u22125.00 to 3.00");
  CHECK(format_difference(0.021, Quantity::share) == "+2.1 pts");
  CHECK(format_difference(-2.1e6, Quantity::money) == "\u2212£2.10m");
  CHECK(format_difference_interval(-0.031, -0.012, Quantity::share) == "\u22123.1 to \u22121.2");
  CHECK(date_in_words("2030-03-31") == "31 March 2030");
}

TEST_CASE("a number that shows as zero shows no sign", "[report]") {
  CHECK(format_value(-0.0, Quantity::count) == "0.00");
  CHECK(format_difference(0.0004, Quantity::share) == "0.0 pts");
  CHECK(format_difference_interval(-0.0004, 0.0126, Quantity::share) == "0.0 to +1.3");
  CHECK(format_difference(-0.0006, Quantity::share) == "\u22120.1 pts");  // rounded away from zero: signed
  CHECK(format_interval(-0.0004, 0.02, Quantity::share) == "0.0%\u20132.0%");  // as from 0, with no "to"
}

TEST_CASE("a count or a number of days below 0.01 keeps two significant figures, never showing as 0.00",
          "[report]") {
  CHECK(format_value(-0.0004, Quantity::count) == "\u22120.00040");
  CHECK(format_difference(-0.0006, Quantity::days) == "\u22120.00060");
  CHECK(format_difference(-0.006, Quantity::count) == "\u22120.0060");
  CHECK(format_difference_interval(-0.0004, 0.0003, Quantity::count) == "\u22120.00040 to +0.00030");
  CHECK(format_interval(0.0002, 0.001, Quantity::days) == "0.00020\u20130.0010");
  CHECK(format_value(0.01, Quantity::count) == "0.01");
}

TEST_CASE("KPIs get plain words, known or read from their names", "[report]") {
  CHECK(present("cost.placement.in_house_foster").label == "Cost, placements: in-house foster care");
  CHECK(present("cost.placement.residential_external").label == "Cost, placements: external children's homes");
  CHECK(cost_line_words("staff.agency_social_workers") == "staff: agency social workers");
  CHECK(cost_line_words("fixed.in_house_fostering_service") == "fixed: in-house fostering service");
  // The council's homes in the same words among the placements and the fixed costs.
  CHECK(cost_line_words("placement.residential_in_house") == "placements: the council's children's homes");
  CHECK(cost_line_words("fixed.in_house_homes") == "fixed: the council's children's homes");
  CHECK(cost_line_words("fixed.in_house_home_openings") == "fixed: opening the council's children's homes");
  CHECK(present("share_over_20_miles").label == "Children placed more than 20 miles from home");
  CHECK(present("placement_mix_31_march.ifa").label == "Placed in independent fostering agencies (IFA) at 31 March");
  CHECK(present("placement_mix_31_march.ifa").quantity == Quantity::share);
  CHECK(present("age_mix_31_march.0").label == "Children in care aged under 1 at 31 March");
  CHECK(present("age_mix_31_march.10-15").label == "Children in care aged 10 to 15 at 31 March");
  CHECK(present("age_mix_31_march.16-17").label == "Children in care aged 16 and over at 31 March");
  CHECK(present("exit_age_mix.0").label == "Leaving care aged under 1");
  CHECK(present("exit_age_mix.16-17").label == "Leaving care aged 16 or 17");
  CHECK(present("exit_age_mix.18+").label == "Leaving care aged 18 and over");
  CHECK(present("age_mix_31_march.teens").label == "Children in care aged teens at 31 March");  // from elsewhere
  CHECK(present("cost.in_house_fees").quantity == Quantity::money);
  CHECK(present("agency_share_of_social_workers").quantity == Quantity::share);
  CHECK(present("some_new_count").label == "some new count");
}

TEST_CASE("a scenario value's unit comes from its key", "[report]") {
  const std::pair<const char*, const char*> units[] = {
      {"children.entries_per_year", "per year"},
      {"children.stay.mean_days", "days"},
      {"costs.ifa.weekly_gbp_per_week", "£ per week"},
      {"geography.roads[2].miles", "miles"},
      {"children.age_at_entry.1-4", "share 0-1"},
      {"provision.in_house_foster.places_shares.2", "share 0-1"},
      {"provision.in_house_foster.locality.exeter", "share 0-1"},
      {"provision.residential.in_house_homes[0].locality", ""},  // a name, not a share
      {"provision.in_house_foster.households", ""},
      {"costs.carer_recruitment.gbp_per_enquiry", "£ per enquiry"},
      {"costs.fixed.in_house_fostering.gbp_per_household_per_year", "£ per household per year"},
      {"costs.placements.secure.gbp_per_night.complex", "£ per night"},
      {"children.sibling_group_size.2", "share 0-1"},
      {"children.unaccompanied_asylum_seeking.16-17", "probability 0-1"},
      {"breakdowns.carer_after_breakdown.resign_probability", "probability 0-1"},
      {"breakdowns.factors.age_band.10-15", "factor"},
      {"breakdowns.factors.siblings_apart", "factor"},
      {"breakdowns.factors.over_20_miles", "factor"},  // not miles
      {"breakdowns.factors.earlier_breakdowns_counted", ""},  // a count
      {"workforce.social_workers.establishment_fte_by_locality.north", "FTE"},
      {"matching.need_above_skill_levels", "need levels"},
      {"costs.staff.agency_social_worker.days_per_year", "days a year"},  // days paid, not a rate
      {"provision.secure.need_levels[0]", ""},  // a need level's name
  };
  for (const auto& [path, unit] : units) {
    INFO(path);
    CHECK(parameter_unit(path) == unit);
  }
}

TEST_CASE("what an option changes: changed, added and removed settings, not its name", "[report]") {
  using caresim::scenario::ScenarioParameter;
  const std::vector<ScenarioParameter> base{{"name", "base", false}, {"a", "1", true}, {"b", "2", true}, {"c", "{}", false}};
  const std::vector<ScenarioParameter> option{{"name", "option", false}, {"a", "1", true}, {"b", "3", true}, {"d", "4", true}};
  const auto changes = scenario_differences(base, option);
  REQUIRE(changes.size() == 3);
  CHECK(changes[0].path == "b");
  CHECK(changes[0].reference_value == "2");
  CHECK(changes[0].value == "3");
  CHECK(changes[1].path == "d");
  CHECK_FALSE(changes[1].reference_value);
  CHECK(changes[2].path == "c");
  CHECK_FALSE(changes[2].value);
  CHECK(scenario_differences(base, base).empty());
}

TEST_CASE("the workforce's and the carer pool's names get plain words", "[report]") {
  CHECK(present("pa_share_at_age.16_5").label == "Young people with a personal adviser by age 16.5");
  CHECK(present("pa_share_at_age.16_5").quantity == Quantity::share);
  CHECK(present("resignations_per_year.after_breakdown").label == "Fostering households resigning per year: after breakdown");
  CHECK(present("children_unallocated").label == "Children with no allocated social worker");
  CHECK(present("social_worker_leavers").label == "Permanent social workers leaving");
  CHECK(present("agency_share").quantity == Quantity::share);
}
