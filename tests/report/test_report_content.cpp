#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <string_view>

#include <nlohmann/json.hpp>

#include "report/chart_sections.hpp"
#include "report/html_report.hpp"
#include "report/sweep_report.hpp"
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
  c.payback = {{"option B", "2027-28", true, "2027-28"}};
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
      "Against base, it pays back in 2027-28, clearly: the 95% interval of its cumulative cost difference is above "
      "zero in some year before and at or below zero from then on.",
  };
  CHECK(point->details == expected);
}

TEST_CASE("a clear difference in children's experience says whether it is better or worse for them, and the option "
          "is tallied",
          "[report]") {
  ReportInputs inputs = two_scenarios();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  auto& kpis = inputs.comparison->kpis;
  std::erase_if(kpis, [](const auto& kpi) { return kpi.first == "breakdowns_per_year"; });
  kpis.push_back({"breakdowns_per_year",
                  {testing::compared("base", 40, nan, nan, nan), testing::compared("option B", 35, -5, -7, -3)}});
  kpis.push_back({"long_term_stability_share",
                  {testing::compared("base", 0.65, nan, nan, nan), testing::compared("option B", 0.68, 0.03, 0.02, 0.04)}});
  kpis.push_back({"share_over_20_miles",
                  {testing::compared("base", 0.40, nan, nan, nan), testing::compared("option B", 0.42, 0.02, 0.01, 0.03)}});
  kpis.push_back({"waiting_days_mean", {testing::compared("base", 0.003, nan, nan, nan),
                                        testing::compared("option B", 0.0024, -0.0006, -0.001, -0.0002)}});
  // Half a point on average, less than half in part of the interval: neither counted nor small.
  kpis.push_back({"share_3plus_placements_in_year", {testing::compared("base", 0.13, nan, nan, nan),
                                                     testing::compared("option B", 0.134, 0.004, 0.001, 0.007)}});
  const auto summary = plain_summary(inputs);
  const auto point = std::find_if(summary.begin(), summary.end(), [](const SummaryPoint& p) {
    return p.text.rfind("Compared with base, option B", 0) == 0;
  });
  REQUIRE(point != summary.end());
  CHECK(point->text == "Compared with base, option B is clearly better for children on 1 measure and worse on 1, of "
                       "these clear differences:");
  const auto said = [&point](const std::string& start) {
    const auto found = std::find_if(point->details.begin(), point->details.end(),
                                    [&start](const std::string& d) { return d.rfind(start, 0) == 0; });
    return found == point->details.end() ? std::string() : *found;
  };
  CHECK(said("Under-16s long in care").ends_with("percentage points, better for children."));
  CHECK(said("Children placed more than 20 miles").ends_with("percentage points, worse for children."));
  CHECK(said("Days waiting").ends_with(", a small difference, counted neither better nor worse for children."));
  CHECK(said("Children with 3 or more placements").ends_with("percentage points."));
  // Breakdowns a year grow with the children in care, and the placement mix is the system's:
  // neither is better or worse for children in itself.
  CHECK(said("Placement breakdowns per year").ends_with("lower by 5.00 (3.00\u20137.00)."));
  CHECK(said("Placed in in-house foster care").ends_with("percentage points."));
}

TEST_CASE("an option's line says from when its dated levers start, from its scenario.yaml", "[report]") {
  ReportInputs inputs = two_scenarios();
  const auto option_line = [&inputs] {
    for (const SummaryPoint& p : plain_summary(inputs))
      if (p.text.rfind("Compared with base, option B", 0) == 0) return p.text;
    return std::string();
  };
  CHECK(option_line() == "Compared with base, option B:");  // in place from the start
  auto& parameters = inputs.runs[1].parameters;
  parameters.push_back({"matching.need_above_skill_start_date", "2026-04-01", false});
  parameters.push_back({"workforce.social_workers.change.start_date", "2026-04-01", false});
  parameters.push_back({"carer_supply.campaign.start_date", "2025-04-01", false});
  parameters.push_back({"run.start_date", "2025-04-01", false});  // not a lever
  CHECK(option_line() == "Compared with base, option B (from 1 April 2025: the campaign; from 1 April 2026: "
                         "stretched carers and the social workers' change):");
  // The council's homes that open or close, with their beds, each date's first.
  const auto home = [&parameters](int i, const std::string& beds, const std::string& opens,
                                  const std::string& closes = "") {
    const std::string path = "provision.residential.in_house_homes[" + std::to_string(i) + "].";
    parameters.push_back({path + "locality", "north", false});
    parameters.push_back({path + "beds", beds, false});
    if (!opens.empty()) parameters.push_back({path + "opening_date", opens, false});
    if (!closes.empty()) parameters.push_back({path + "closing_date", closes, false});
  };
  home(0, "4", "");
  home(1, "1", "2025-04-01");
  home(2, "3", "2027-04-01");
  home(3, "2", "2027-04-01");
  CHECK(option_line() == "Compared with base, option B (from 1 April 2025: a council children's home of 1 bed opening "
                         "and the campaign; from 1 April 2026: stretched carers and the social workers' change; from 1 "
                         "April 2027: a council children's home of 3 beds opening and a council children's home of 2 "
                         "beds opening):");
  home(4, "5", "", "2026-04-01");
  CHECK(option_line() == "Compared with base, option B (from 1 April 2025: a council children's home of 1 bed opening "
                         "and the campaign; from 1 April 2026: a council children's home of 5 beds closing, stretched "
                         "carers and the social workers' change; from 1 April 2027: a council children's home of 3 "
                         "beds opening and a council children's home of 2 beds opening):");
  // The providers' change says what it does, against the provision; what it cannot name, as
  // a change.
  parameters.push_back({"provision.change.start_date", "2027-04-01", false});
  CHECK(option_line().ends_with("from 1 April 2027: a council children's home of 3 beds opening, a council children's "
                                "home of 2 beds opening and the providers' change):"));
  parameters.push_back({"provision.ifa.availability", "0.85", true});
  parameters.push_back({"provision.ifa.max_placements", "200", true});
  parameters.push_back({"provision.change.ifa.availability", "0.6", true});
  parameters.push_back({"provision.change.ifa.max_placements", "150", true});
  parameters.push_back({"provision.change.residential.external.availability", "1", true});  // as the default
  parameters.push_back({"provision.change.supported.availability", "0.9", true});           // from the default 1
  parameters.push_back({"provision.change.supported.max_placements", "20", true});
  CHECK(option_line().ends_with("from 1 April 2027: a council children's home of 3 beds opening, a council children's "
                                "home of 2 beds opening and fewer IFA places found, the IFA cap lowered to 150, fewer "
                                "supported accommodation places found and the supported cap set at 20):"));
  // A list of changes: each against what the one before left.
  for (auto& p : parameters)
    if (p.path.starts_with("provision.change.")) p.path.insert(std::string_view("provision.change").size(), "[0]");
  parameters.push_back({"provision.change[1].start_date", "2028-04-01", false});
  parameters.push_back({"provision.change[1].ifa.availability", "0.6", true});   // as the first left it
  parameters.push_back({"provision.change[1].ifa.max_placements", "180", true});  // from the first's 150
  parameters.push_back({"provision.change[1].supported.availability", "1", true});
  CHECK(option_line().ends_with("and fewer IFA places found, the IFA cap lowered to 150, fewer supported accommodation "
                                "places found and the supported cap set at 20; from 1 April 2028: the IFA cap raised to "
                                "180 and more supported accommodation places found):"));
  // A cap lifted, then set again.
  parameters.push_back({"provision.change[2].start_date", "2028-10-01", false});
  parameters.push_back({"provision.change[2].ifa.max_placements", "none", false});
  parameters.push_back({"provision.change[2].supported.max_placements", "none", false});
  CHECK(option_line().ends_with("; from 1 October 2028: the IFA cap lifted and the supported cap lifted):"));
  parameters.push_back({"provision.change[3].start_date", "2028-12-01", false});
  parameters.push_back({"provision.change[3].ifa.max_placements", "100", true});
  CHECK(option_line().ends_with("; from 1 October 2028: the IFA cap lifted and the supported cap lifted; from 1 "
                                "December 2028: the IFA cap set at 100):"));
  // A change of social workers says what it changes, against the section or the change before.
  parameters.push_back({"workforce.social_workers.establishment_fte_by_locality.north", "10", true});
  parameters.push_back({"workforce.social_workers.establishment_fte_by_locality.south", "5", true});
  parameters.push_back({"workforce.social_workers.caseload_cap", "20", true});
  parameters.push_back({"workforce.social_workers.leaving_rate_per_year", "0.12", true});
  parameters.push_back({"workforce.social_workers.agency_cover.probability", "0.95", true});
  parameters.push_back({"workforce.social_workers.change[0].start_date", "2029-04-01", false});
  parameters.push_back({"workforce.social_workers.change[0].establishment_fte_by_locality.north", "14", true});
  parameters.push_back({"workforce.social_workers.change[0].establishment_fte_by_locality.south", "5", true});
  parameters.push_back({"workforce.social_workers.change[0].caseload_cap", "16", true});
  parameters.push_back({"workforce.social_workers.change[1].start_date", "2030-04-01", false});
  parameters.push_back({"workforce.social_workers.change[1].establishment_fte_by_locality.north", "13", true});
  parameters.push_back({"workforce.social_workers.change[1].establishment_fte_by_locality.south", "5", true});
  parameters.push_back({"workforce.social_workers.change[1].leaving_rate_per_year", "0.1", true});
  parameters.push_back({"workforce.social_workers.change[1].time_to_recruit.distribution", "fixed", false});
  parameters.push_back({"workforce.social_workers.change[1].time_to_recruit.days", "200", true});
  parameters.push_back({"workforce.social_workers.change[1].agency_cover.probability", "0.5", true});
  parameters.push_back({"workforce.social_workers.change[1].social_worker_gbp_per_year", "62000", true});
  CHECK(option_line().ends_with(
      "; from 1 April 2029: 4 more social work posts and the caseload cap lowered to 16; from 1 April 2030: 1 fewer "
      "social work post, fewer permanent workers leaving, another time to recruit, fewer vacancies covered by agency "
      "staff and permanent pay of £62.0k a year):"));
  // Posts moved between teams are said team by team; what a change writes as it was is not said.
  parameters.push_back({"workforce.social_workers.change[2].start_date", "2031-04-01", false});
  parameters.push_back({"workforce.social_workers.change[2].establishment_fte_by_locality.north", "11", true});
  parameters.push_back({"workforce.social_workers.change[2].establishment_fte_by_locality.south", "7", true});
  parameters.push_back({"workforce.social_workers.change[2].time_to_recruit.distribution", "fixed", false});
  parameters.push_back({"workforce.social_workers.change[2].time_to_recruit.days", "200", true});
  parameters.push_back({"workforce.social_workers.change[2].social_worker_gbp_per_year", "62000", true});
  parameters.push_back({"workforce.social_workers.agency_cover.time_to_cover.distribution", "fixed", false});
  parameters.push_back({"workforce.social_workers.agency_cover.time_to_cover.days", "20", true});
  parameters.push_back({"workforce.social_workers.change[2].agency_cover.time_to_cover.distribution", "fixed", false});
  parameters.push_back({"workforce.social_workers.change[2].agency_cover.time_to_cover.days", "30", true});
  parameters.push_back({"workforce.social_workers.agency_cover.leaving_rate_per_year", "0.5", true});
  parameters.push_back({"workforce.social_workers.change[2].agency_cover.leaving_rate_per_year", "0.8", true});
  CHECK(option_line().ends_with("; from 1 April 2031: 2 fewer social work posts in north, 2 more social work posts "
                                "in south, another time to cover a vacancy and more agency workers leaving):"));
}

TEST_CASE("a payback is said on average, not as fact, where the cumulative difference's interval includes zero", "[report]") {
  ReportInputs inputs = two_scenarios();
  const auto payback_said = [&inputs](ComparedPayback payback) {
    inputs.comparison->payback = {std::move(payback)};
    const auto summary = plain_summary(inputs);
    const auto point = std::find_if(summary.begin(), summary.end(), [](const SummaryPoint& p) { return p.text.rfind("Compared with base, option B", 0) == 0; });
    return point == summary.end() ? std::string() : point->details.back();
  };
  CHECK(payback_said({"option B", "2026-27", false, ""}) ==
        "Against base, it pays back in 2026-27 on average, but not clearly: the 95% interval of its cumulative cost "
        "difference is not both above zero in some year before and at or below zero from then on.");
  // Not clear in the year the means pay back, but from a later one.
  CHECK(payback_said({"option B", "2026-27", false, "2028-29"}) ==
        "Against base, it pays back in 2026-27 on average, and clearly by 2028-29: the 95% interval of its "
        "cumulative cost difference is above zero in some year before and at or below zero from then on.");
  // The rule is cumulative: an option may cost more in a year and still never need investing in.
  CHECK(payback_said({"option B", "no investment", true, ""}) ==
        "Against base, it has nothing to pay back: its cumulative cost never rises above base's, clearly: the 95% "
        "interval of its cumulative cost difference is at or below zero in every year.");
  CHECK(payback_said({"option B", "does not pay back within the horizon", false, ""}) ==
        "Against base, it does not pay back within the horizon on average, but not clearly: at the horizon's end the "
        "95% interval of its cumulative cost difference is not wholly above zero.");
  // A comparison.json from before payback_clear: the means' claim, said as such.
  CHECK(payback_said({"option B", "2026-27", std::nullopt, ""}) == "Against base, it pays back in 2026-27 on average.");
  // One replication has no interval to tell of.
  inputs.comparison->replications = 1;
  CHECK(payback_said({"option B", "2026-27", false, ""}) == "Against base, it pays back in 2026-27 on average.");
}

TEST_CASE("a comparison of one replication calls nothing clear, and says why", "[report]") {
  ReportInputs inputs = two_scenarios();
  inputs.comparison->replications = 1;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (auto& [name, values] : inputs.comparison->kpis) values[1].difference_ci95_low = values[1].difference_ci95_high = nan;
  const auto summary = plain_summary(inputs);
  CHECK(summary.front().text.find("the same 1 replication and") != std::string::npos);
  CHECK(std::any_of(summary.begin(), summary.end(), [](const SummaryPoint& p) {
    return p.text.rfind("One replication gives no confidence interval", 0) == 0;
  }));
  const auto point = std::find_if(summary.begin(), summary.end(), [](const SummaryPoint& p) { return p.text.rfind("Compared with base, option B", 0) == 0; });
  REQUIRE(point != summary.end());
  CHECK(point->text.find("no clear difference") != std::string::npos);
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
  // Each scenario keeps its colour: the option is Okabe-Ito's second (orange) in the totals and
  // in the differences, where it is the only entry.
  for (std::size_t c = 0; c < 3; ++c) {
    const auto spec = nlohmann::json::parse(sections[1].charts[c].spec_json);
    const auto scale = spec["layer"][0]["encoding"]["color"]["scale"];
    const auto option = std::find(scale["domain"].begin(), scale["domain"].end(), "option B") - scale["domain"].begin();
    CHECK(scale["range"][static_cast<std::size_t>(option)] == "#E69F00");
  }
}

namespace {

std::vector<std::string> chart_titles(const ChartSection& section) {
  std::vector<std::string> titles;
  for (const auto& chart : section.charts) titles.push_back(chart.title);
  return titles;
}

bool has_note_starting(const ChartSection& section, const std::string& start) {
  return std::any_of(section.left_out.begin(), section.left_out.end(), [&](const std::string& n) { return n.rfind(start, 0) == 0; });
}

}  // namespace

TEST_CASE("the workforce's and the carer pool's month-end series each get their chart", "[report]") {
  ReportInputs inputs;
  std::vector<QuantileRow> series;
  for (const char* date : {"2025-04-30", "2025-05-31"})
    for (const char* name : {"in_house_occupancy", "carer_households", "caseload_mean", "children_unallocated", "social_workers_permanent",
                             "social_workers_agency", "social_worker_vacancies", "young_people_with_pa", "young_people_waiting_for_pa"})
      series.push_back({date, name, 5, 4, 5, 6});
  inputs.runs.push_back(testing::run_files("base", {}, series));
  const auto sections = chart_sections(inputs);
  CHECK(chart_titles(sections[0]) == std::vector<std::string>{"In-house foster occupancy", "In-house fostering households",
                                                              "Social worker caseloads", "Children with no allocated social worker",
                                                              "Social workers in post and vacancies", "Personal advisers for care leavers"});
  // Several series in one chart are told apart by their own words.
  const Chart& staff = sections[0].charts[4];
  CHECK(staff.table.header == std::vector<std::string>{"Date", "Series", "Mean", "5th\u201395th percentile across replications"});
  CHECK(staff.table.rows.at(1) == std::vector<std::string>{"31 May 2025", "Agency social workers", "5.00", "4.00\u20136.00"});
  CHECK(sections[0].charts[0].spec_json.find("\"format\":\".0%\"") != std::string::npos);  // occupancy as a percentage
}

TEST_CASE("a run without a workforce notes each workforce chart it leaves out", "[report]") {
  ReportInputs inputs;
  inputs.runs.push_back(testing::run_files("base", {}, {{"2025-04-30", "children_in_care", 850, 800, 850, 900}}));
  const auto over_time = chart_sections(inputs)[0];
  for (const char* title : {"In-house foster occupancy is not charted", "Social worker caseloads is not charted: the runs have no caseload_mean "
                            "series (the social-work workforce is not modelled in them).",
                            "Children with no allocated social worker is not charted", "Social workers in post and vacancies is not charted",
                            "Personal advisers for care leavers is not charted"})
    CHECK(has_note_starting(over_time, title));
}

TEST_CASE("a run's summary tells the carer pool's flows and the workforce where they are modelled", "[report]") {
  ReportInputs inputs;
  inputs.runs.push_back(testing::run_files(
      "base", {testing::kpi("carer_households_end", 231, 225, 237), testing::kpi("approvals_per_year", 29.5, 28, 31),
               testing::kpi("deregistrations_per_year", 28.4, 27, 30), testing::kpi("caseload_mean", 15.9, 15.5, 16.3),
               testing::kpi("social_worker_turnover_rate", 0.145, 0.13, 0.16),
               testing::kpi("share_3plus_social_workers_in_year", 0.355, 0.34, 0.37), testing::kpi("children_unallocated_mean", 3.2, 2, 4)}));
  std::vector<std::string> texts;
  for (const auto& point : plain_summary(inputs)) texts.push_back(point.text);
  const auto said = [&](const std::string& sentence) { return std::find(texts.begin(), texts.end(), sentence) != texts.end(); };
  CHECK(said("The in-house pool ends with 231 (95% confidence interval 225\u2013237) fostering households; 29.5 are approved and "
             "28.4 deregistered a year."));
  CHECK(said("Social workers carry 15.9 children each on average, and 14.5% of permanent social workers leave each year. 35.5% of "
             "children in care at 31 March had 3 or more social workers in the year. On average 3.20 children have no allocated "
             "social worker."));

  // A fixed pool and no workforce: neither sentence.
  const double nan = std::numeric_limits<double>::quiet_NaN();
  inputs.runs.front().summary.kpis = {testing::kpi("carer_households_end", 400, 400, 400), testing::kpi("approvals_per_year", 0, 0, 0),
                                      testing::kpi("deregistrations_per_year", 0, 0, 0), testing::kpi("caseload_mean", nan, nan, nan)};
  for (const auto& point : plain_summary(inputs)) {
    CHECK(point.text.find("in-house pool ends") == std::string::npos);
    CHECK(point.text.find("Social workers carry") == std::string::npos);
  }
}

TEST_CASE("a run without costs says they were not counted, and charts no costs of nothing", "[report]") {
  ReportInputs inputs;
  inputs.runs.push_back(testing::run_files("base", {testing::kpi("cost_total_gbp", 0, 0, 0)}));
  inputs.runs.front().summary.costs = {false, "", ""};
  const auto summary = plain_summary(inputs);
  CHECK(summary.back().text ==
        "Costs are not counted (there is no costs section), so the cost measures, 0 in the output files, do not mean "
        "that care costs nothing.");
  CHECK(has_note_starting(chart_sections(inputs)[1], "Costs by financial year are not charted: costs are not counted"));
  CHECK_FALSE(inputs.runs.front().summary.counted("cost_total_gbp"));
  CHECK(inputs.runs.front().summary.counted("children_in_care_mean"));
}

TEST_CASE("the total cost says once in what money it is: terms and price base", "[report]") {
  ReportInputs inputs = two_scenarios();
  for (RunFiles& run : inputs.runs) run.summary.costs = {true, "real", "2025-26"};
  const auto compared = plain_summary(inputs);
  CHECK(compared.front().text.ends_with("nothing it cost to set up. Costs are in real terms (2025-26 prices). Payback is "
                                        "reckoned on the cumulative difference of the yearly costs as shown, "
                                        "undiscounted."));
  CHECK(compared.back().text == "The total cost over the 5 years is £50.0m (95% confidence interval £49.0m\u2013£51.0m).");
  inputs.comparison.reset();
  inputs.runs.resize(1);
  inputs.runs.front().summary.costs.terms = "nominal";
  CHECK(plain_summary(inputs).back().text ==
        "The total cost over the 5 years, in nominal terms (each year's cash, from 2025-26 prices), is £50.0m (95% "
        "confidence interval £49.0m\u2013£51.0m).");
}

TEST_CASE("a run's summary gives the spread of replications only where there are two or more", "[report]") {
  ReportInputs inputs;
  inputs.runs.push_back(testing::run_files("base", {}, {{"2030-03-31", "children_in_care", 850.4, 812, 851, 889}}));
  const auto last_said = [&inputs] { return plain_summary(inputs).back().text; };
  CHECK(last_said() == "By 31 March 2030, 850 children are in care on average (90% of replications between 812\u2013889).");
  inputs.runs.front().summary.replications = 1;
  CHECK(last_said() == "By 31 March 2030, 850 children are in care on average.");
}

TEST_CASE("every KPI of every scenario is in the report, those only an option has after the reference's",
          "[report]") {
  ReportInputs inputs = two_scenarios();
  inputs.runs[1].summary.kpis.push_back(testing::kpi("share_in_house_matches_below_need", 0.3, 0.29, 0.31));
  const double nan = std::numeric_limits<double>::quiet_NaN();
  inputs.comparison->kpis.push_back({"share_in_house_matches_below_need",
                                     {testing::compared("base", nan, nan, nan, nan),
                                      testing::compared("option B", 0.3, nan, nan, nan)}});
  CHECK(inputs.every_kpi() == std::vector<std::string>{"cost_total_gbp", "share_in_house_matches_below_need"});
  const std::string html = html_report(inputs, report_content(inputs));
  CHECK(html.find("title=\"share_in_house_matches_below_need\"") != std::string::npos);
}

TEST_CASE("a sweep's report lists every value's KPIs, those only some values measure included", "[report][sweep]") {
  SweepFiles sweep;
  sweep.scenario = "baseline";
  sweep.parameter = "matching.need_above_skill_levels";
  for (const char* value : {"0", "1"}) {
    SweptValue v;
    v.value = value;
    v.number = std::stod(value);
    v.directory = std::string("need_above_skill_levels-") + value;
    v.summary = testing::run_files("baseline", {testing::kpi("cost_total_gbp", 50e6, 49e6, 51e6)}).summary;
    sweep.values.push_back(v);
  }
  sweep.values[1].summary.kpis.push_back(testing::kpi("share_in_house_matches_below_need", 0.3, 0.29, 0.31));
  CHECK(sweep_report(sweep).find("title=\"share_in_house_matches_below_need\"") != std::string::npos);
}
