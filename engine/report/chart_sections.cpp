#include "report/chart_sections.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace caresim::report {
namespace {

constexpr const char* kSpread = "5th\u201395th percentile across replications";
constexpr const char* kConfidence = "95% confidence interval";

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

std::string capitalised(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

// How a series is told apart from others in the same chart.
std::string series_legend(const std::string& name) {
  if (starts_with(name, "placements.")) return capitalised(placement_type_words(name.substr(11)));
  return present(name).label;
}

class OverTime {
 public:
  explicit OverTime(const ReportInputs& inputs) : inputs_(inputs) {}

  // Draws the chart of `series` (those that exist), or notes why it cannot.
  void chart(const std::string& title, const std::string& what, const std::vector<std::string>& wanted,
             const std::string& why_absent) {
    std::vector<std::string> series;
    for (const std::string& name : wanted) {
      used_.insert(name);
      if (exists(name)) series.push_back(name);
    }
    if (series.empty()) {
      section_.left_out.push_back(title + " is not charted: " + why_absent);
      return;
    }
    // A line at zero throughout says nothing a sentence cannot.
    std::vector<std::string> above_zero;
    for (const std::string& name : series) {
      if (ever_above_zero(name)) above_zero.push_back(name);
      else if (series.size() > 1) section_.left_out.push_back(series_legend(name) + " is left out of \u201c" + title + "\u201d: zero in every month.");
    }
    if (above_zero.empty()) {
      section_.left_out.push_back(title + " is not charted: zero in every month.");
      return;
    }
    series = std::move(above_zero);
    const Presentation presentation = present(series.front());
    const std::string y_title = series.size() == 1 ? presentation.label : what;
    const bool compare = inputs_.runs.size() > 1;
    std::vector<FanPoint> points;
    for (std::size_t r = 0; r < inputs_.runs.size(); ++r)
      for (const std::string& name : series)
        for (const QuantileRow* row : inputs_.runs[r].series(name)) {
          // Compared scenarios are the lines; several series of one run are lines, or panels
          // when scenarios are compared.
          const std::string legend = compare ? inputs_.scenario_name(r) : series.size() > 1 ? series_legend(name) : presentation.label;
          const std::string panel = compare && series.size() > 1 ? series_legend(name) : "";
          points.push_back({row->period, legend, panel, row->mean, row->p05, row->p95});
        }
    std::string description = title + ": the month-end mean ";
    description += compare ? "of each scenario" : series.size() > 1 ? "of " + joined(labels(series)) : "";
    description += ", with a shaded band from the 5th to the 95th percentile across replications.";
    // Compared scenarios keep their colours where the first has no such series (a workforce).
    const auto colour_order = compare ? inputs_.scenario_names() : std::vector<std::string>{};
    section_.charts.push_back(
        fan_chart({title, description, y_title, presentation.quantity, kSpread, colour_order}, points));
  }

  // Every series some run reports whose name starts with `prefix`, in the order written.
  std::vector<std::string> series_starting_with(const std::string& prefix) const {
    std::vector<std::string> names;
    for (const RunFiles& run : inputs_.runs)
      for (const QuantileRow& row : run.timeseries)
        if (starts_with(row.name, prefix) && std::find(names.begin(), names.end(), row.name) == names.end())
          names.push_back(row.name);
    return names;
  }

  // Every series no named chart drew, one chart each, so new series appear without new code.
  void remaining() {
    for (const RunFiles& run : inputs_.runs)
      for (const QuantileRow& row : run.timeseries)
        if (!used_.contains(row.name)) chart(present(row.name).label, present(row.name).label, {row.name}, "");
  }

  ChartSection take() { return std::move(section_); }

 private:
  bool exists(const std::string& name) const {
    return std::any_of(inputs_.runs.begin(), inputs_.runs.end(), [&](const RunFiles& run) { return run.has_series(name); });
  }
  bool ever_above_zero(const std::string& name) const {
    for (const RunFiles& run : inputs_.runs)
      for (const QuantileRow* row : run.series(name))
        if (row->mean > 0 || row->p95 > 0) return true;
    return false;
  }
  static std::vector<std::string> labels(const std::vector<std::string>& series) {
    std::vector<std::string> out;
    for (const auto& name : series) out.push_back(series_legend(name));
    return out;
  }

  const ReportInputs& inputs_;
  std::set<std::string> used_;
  ChartSection section_{"Over time",
                        "Each line is the mean over the replications at each month end; the shaded band holds "
                        "90% of the replications (5th to 95th percentile), the spread a council could see.",
                        {},
                        {}};
};

ChartSection over_time(const ReportInputs& inputs) {
  OverTime charts(inputs);
  charts.chart("Children in care", "Children", {"children_in_care"}, "the runs have no children_in_care series.");
  charts.chart("Children entering and leaving care each month", "Children", {"entries", "exits"},
               "the runs have no monthly entries and exits series.");
  charts.chart("Children in care by placement type", "Children", charts.series_starting_with("placements."),
               "the runs have no placements.<type> series.");
  charts.chart("In-house foster occupancy", "Occupancy", {"in_house_occupancy"},
               "the runs have no in_house_occupancy series (the average occupancy, in_house_occupancy_mean, is in "
               "the headline table).");
  charts.chart("In-house foster places, approved, available and filled", "Places",
               {"in_house_approved_places", "in_house_available_places", "in_house_filled_places"},
               "the runs have no in-house place series.");
  charts.chart("Children with independent fostering agencies and in children's homes", "Children",
               {"placements.ifa", "placements.residential"}, "no child was placed with an IFA or in a children's home.");
  charts.chart("In-house fostering households", "Households", {"carer_households"},
               "the runs have no carer_households series.");
  const std::string no_workforce = " (the social-work workforce is not modelled in them).";
  charts.chart("Social worker caseloads", "Children per social worker", {"caseload_mean"},
               "the runs have no caseload_mean series" + no_workforce);
  charts.chart("Children with no allocated social worker", "Children", {"children_unallocated"},
               "the runs have no children_unallocated series" + no_workforce);
  charts.chart("Social workers in post and vacancies", "Social workers",
               {"social_workers_permanent", "social_workers_agency", "social_worker_vacancies"},
               "the runs have no social worker series" + no_workforce);
  charts.chart("Personal advisers for care leavers", "Young people", {"young_people_with_pa", "young_people_waiting_for_pa"},
               "the runs have no personal adviser series (personal advisers are not modelled in them).");
  charts.chart("Children waiting for a placement", "Children", {"children_waiting"},
               "the runs have no children_waiting series.");
  charts.remaining();
  return charts.take();
}

// The compared scenarios, in order: each keeps its colour in charts that leave the first out.
std::vector<std::string> compared_names(const ReportInputs& inputs) {
  std::vector<std::string> names;
  for (const auto& scenario : inputs.comparison->scenarios) names.push_back(scenario.name);
  return names;
}

std::vector<YearBar> compared_bars(const ReportInputs& inputs, const std::string& metric, const std::string& panel,
                                   bool differences) {
  std::vector<YearBar> bars;
  for (const ComparedValue& v : *inputs.comparison->yearly(metric)) {
    if (differences && v.scenario == inputs.comparison->scenarios.front().name) continue;
    bars.push_back(differences ? YearBar{v.financial_year, v.scenario, panel, v.difference, v.difference_ci95_low, v.difference_ci95_high}
                               : YearBar{v.financial_year, v.scenario, panel, v.mean, v.ci95_low, v.ci95_high});
  }
  return bars;
}

void add_costs(const ReportInputs& inputs, ChartSection& section) {
  if (!inputs.runs.front().summary.costs.costed) {  // compare takes all costed or none
    section.left_out.push_back(
        "Costs by financial year are not charted: costs are not counted (the scenario has no costs section).");
    return;
  }
  const Presentation money{"Cost", Quantity::money};
  bool drawn = false;
  if (inputs.is_comparison() && inputs.comparison->yearly("cost_total_gbp")) {
    const std::string& first = inputs.comparison->scenarios.front().name;
    section.charts.push_back(year_bar_chart(
        {"Total cost by financial year", "Total cost of each scenario by financial year, mean with 95% confidence interval.",
         "Cost", Quantity::money, kConfidence, compared_names(inputs)},
        compared_bars(inputs, "cost_total_gbp", "", false)));
    section.charts.push_back(year_bar_chart(
        {"Cost difference from " + first + " by financial year",
         "How much more (above zero) or less (below zero) each option costs than " + first +
             " in each financial year, with 95% confidence intervals of the paired difference.",
         "Difference in cost", Quantity::money, kConfidence, compared_names(inputs)},
        compared_bars(inputs, "cost_total_gbp", "", true)));
    std::vector<YearBar> cumulative;
    for (const ComparedValue& v : *inputs.comparison->yearly("cost_total_gbp"))
      if (v.scenario != first)
        cumulative.push_back({v.financial_year, v.scenario, "", v.cumulative_difference, v.cumulative_difference_ci95_low,
                              v.cumulative_difference_ci95_high});
    section.charts.push_back(cumulative_year_chart(
        {"Cumulative cost difference from " + first,
         "The running total of each option's cost minus " + first +
             "'s; where the line falls back to zero the option has paid for itself.",
         "Cumulative difference", Quantity::money, kConfidence, compared_names(inputs)},
        cumulative));
    drawn = true;
  }
  // Cost lines, stacked, from each run's costs.csv.
  std::vector<YearBar> lines;
  for (std::size_t r = 0; r < inputs.runs.size(); ++r) {
    if (!inputs.runs[r].costs) continue;
    for (const QuantileRow& row : *inputs.runs[r].costs)
      if (row.name != "total" && row.name != "cost_total_gbp")
        lines.push_back({row.period, capitalised(cost_line_words(row.name)), inputs.runs.size() > 1 ? inputs.scenario_name(r) : "",
                         row.mean, 0, 0});
  }
  if (!lines.empty()) {
    section.charts.push_back(stacked_year_chart(
        {"Cost by financial year and line", "The mean cost of each line, stacked to the total, in each financial year.",
         money.label, Quantity::money, "", {}},
        lines));
    drawn = true;
  }
  if (!drawn && !inputs.is_comparison()) {
    const RunFiles& run = inputs.runs.front();
    if (run.yearly)
      for (const QuantileRow& row : *run.yearly)
        if (row.name == "cost_total_gbp") lines.push_back({row.period, run.summary.scenario, "", row.mean, row.p05, row.p95});
    if (!lines.empty()) {
      section.charts.push_back(year_bar_chart({"Total cost by financial year", "Total cost by financial year, mean with the 5th to 95th percentile.",
                                               "Cost", Quantity::money, kSpread, {}},
                                              lines));
      drawn = true;
    }
  }
  if (!drawn)
    section.left_out.push_back(
        "Costs by financial year are not charted: the runs wrote no costs.csv and no yearly cost_total_gbp (costs are "
        "not modelled in them).");
}

void add_flows(const ReportInputs& inputs, ChartSection& section) {
  std::vector<YearBar> bars;
  std::string interval = kSpread;
  if (inputs.is_comparison()) {
    interval = kConfidence;
    for (const auto& [metric, values] : inputs.comparison->by_financial_year)
      if (!is_cost_measure(metric)) {
        const auto metric_bars = compared_bars(inputs, metric, present(metric).label, false);
        bars.insert(bars.end(), metric_bars.begin(), metric_bars.end());
      }
  } else if (inputs.runs.front().yearly) {
    for (const QuantileRow& row : *inputs.runs.front().yearly)
      if (!is_cost_measure(row.name))
        bars.push_back({row.period, inputs.runs.front().summary.scenario, present(row.name).label, row.mean, row.p05, row.p95});
  }
  if (bars.empty()) {
    section.left_out.push_back(
        "Flows by financial year (entries, exits, breakdowns) are not charted: the run wrote no yearly.csv.");
    return;
  }
  section.charts.push_back(year_bar_chart(
      {"Flows by financial year", std::string("Children entering and leaving care and placement breakdowns in each financial year, mean with the ") +
                                      (inputs.is_comparison() ? "95% confidence interval." : "5th to 95th percentile across replications."),
       "Per year", Quantity::count, interval,
       inputs.is_comparison() ? compared_names(inputs) : std::vector<std::string>{}},
      bars));
}

}  // namespace

std::vector<ChartSection> chart_sections(const ReportInputs& inputs) {
  ChartSection by_year{"By financial year",
                       "Financial years run from April to March, as council budgets do; a year the horizon only "
                       "partly covers counts only its covered part.",
                       {},
                       {}};
  add_flows(inputs, by_year);
  add_costs(inputs, by_year);
  return {over_time(inputs), std::move(by_year)};
}

}  // namespace caresim::report
