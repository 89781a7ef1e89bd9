#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

#include "report/chart_sections.hpp"
#include "report/plain_summary.hpp"
#include "report_inputs_builder.hpp"

using namespace caresim;
using namespace caresim::report;

namespace {

ReportInputs two_scenarios() {
  ReportInputs inputs;
  inputs.runs.push_back(testing::run_files("base", {testing::kpi("cost_total_gbp", 50e6, 49e6, 51e6)}));
  inputs.runs.push_back(testing::run_files("option B", {testing::kpi("cost_total_gbp", 47.9e6, 47e6, 49e6)}));
  Comparison c;
  c.scenarios = {{"base", "", "base.yaml", "base"}, {"option B", "", "b.yaml", "b"}};
  c.replications = 100;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  c.kpis = {{"placement_mix_31_march.in_house_foster",
             {testing::compared("base", 0.40, nan, nan, nan), testing::compared("option B", 0.45, 0.05, 0.038, 0.062)}},
            {"breakdowns_per_year", {testing::compared("base", 40, nan, nan, nan), testing::compared("option B", 39, -1, -3, 1)}},
            {"cost_total_gbp", {testing::compared("base", 50e6, nan, nan, nan), testing::compared("option B", 47.9e6, -2.1e6, -2.8e6, -1.4e6)}}};
  c.payback = {{"option B", "2027-28"}};
  inputs.comparison = c;
  return inputs;
}

}  // namespace

TEST_CASE("the summary says each clear difference with its interval, and which are not clear", "[report]") {
  const auto summary = plain_summary(two_scenarios());
  const auto point = std::find_if(summary.begin(), summary.end(), [](const SummaryPoint& p) { return p.text.rfind("Compared with base, option B", 0) == 0; });
  REQUIRE(point != summary.end());
  const std::vector<std::string> expected{
      "Placed in in-house foster care at 31 March: higher by 5.00 (3.80\u20136.20) percentage points.",
      "Costs £2.10m (£1.40m\u2013£2.80m) less than base over the 5 years.",
      "No clear difference in placement breakdowns per year.",
      "Against base, it pays back in 2027-28.",
  };
  CHECK(point->details == expected);
}

TEST_CASE("a chart whose series is absent is left out with a note, never drawn", "[report]") {
  ReportInputs inputs;
  std::vector<QuantileRow> series;
  for (const char* date : {"2025-04-30", "2025-05-31"}) {
    series.push_back({date, "children_in_care", 850, 800, 850, 900});
    series.push_back({date, "placements.ifa", 120, 100, 120, 140});
    series.push_back({date, "placements.secure", 0, 0, 0, 0});
    series.push_back({date, "social_workers", 90, 85, 90, 95});
  }
  inputs.runs.push_back(testing::run_files("base", {}, series));
  const auto sections = chart_sections(inputs);
  REQUIRE(sections.size() == 2);
  std::vector<std::string> titles;
  for (const auto& chart : sections[0].charts) titles.push_back(chart.title);
  CHECK(titles == std::vector<std::string>{"Children in care", "Children in care by placement type",
                                           "Children with independent fostering agencies and in children's homes",
                                           "social workers"});
  const auto& notes = sections[0].left_out;
  const auto noted = [&](const std::string& start) {
    return std::any_of(notes.begin(), notes.end(), [&](const std::string& n) { return n.rfind(start, 0) == 0; });
  };
  CHECK(noted("In-house fostering households is not charted: the runs have no carer_households series."));
  CHECK(noted("Social worker caseloads is not charted"));
  CHECK(noted("Secure homes is left out of"));
  CHECK(sections[1].charts.empty());
  CHECK(sections[1].left_out.size() == 2);  // no yearly flows, no costs
}

TEST_CASE("a fan chart's table gives each 31 March and the last month end", "[report]") {
  ReportInputs inputs;
  std::vector<QuantileRow> series;
  for (const char* date : {"2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31"})
    series.push_back({date, "children_in_care", 850, 800, 850, 900});
  inputs.runs.push_back(testing::run_files("base", {}, series));
  const auto sections = chart_sections(inputs);
  const Chart& chart = sections[0].charts.at(0);
  REQUIRE(chart.table.rows.size() == 2);
  CHECK(chart.table.rows[0] == std::vector<std::string>{"31 March 2026", "850", "800\u2013900"});
  CHECK(chart.table.rows[1][0] == "31 May 2026");
  CHECK(chart.spec_json.find("\"#0072B2\"") != std::string::npos);  // Okabe-Ito's blue first
}

TEST_CASE("a comparison with yearly costs charts each option's cost, difference and running total", "[report]") {
  ReportInputs inputs = two_scenarios();
  std::vector<ComparedValue> cost;
  for (const char* year : {"2025-26", "2026-27"}) {
    auto base = testing::compared("base", 10e6, std::numeric_limits<double>::quiet_NaN(), 0, 0);
    auto option = testing::compared("option B", 10.5e6, 0.5e6, 0.4e6, 0.6e6);
    base.financial_year = option.financial_year = year;
    option.cumulative_difference = 0.5e6;
    cost.push_back(base);
    cost.push_back(option);
  }
  inputs.comparison->by_financial_year = {{"cost_total_gbp", cost}};
  const auto sections = chart_sections(inputs);
  std::vector<std::string> titles;
  for (const auto& chart : sections[1].charts) titles.push_back(chart.title);
  CHECK(titles == std::vector<std::string>{"Total cost by financial year", "Cost difference from base by financial year",
                                           "Cumulative cost difference from base"});
  // The difference chart has the option only: the first scenario has no difference from itself.
  CHECK(sections[1].charts[1].table.rows.size() == 2);
  CHECK(sections[1].charts[1].table.rows[0] == std::vector<std::string>{"2025-26", "£500k", "£400k\u2013£600k"});
}
