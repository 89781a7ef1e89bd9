#include "report/html_report.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/html_page.hpp"
#include "report/html_text.hpp"
#include "report/kpi_presentation.hpp"
#include "report/parameter_unit.hpp"
#include "report/scenario_differences.hpp"

namespace caresim::report {
namespace {

Cell measure_cell(const std::string& kpi) {
  return {present(kpi).label, false, "title=\"" + html_escape(kpi) + "\""};
}

// A cost KPI of scenarios that count no costs: "not counted" in each column, where £0 would
// read as a cost of nothing.
std::vector<Cell> not_counted_row(const std::string& kpi, std::size_t columns) {
  std::vector<Cell> row{measure_cell(kpi)};
  row.resize(columns, {"not counted", false, ""});
  return row;
}

std::string kpi_table(const ReportInputs& inputs, const std::vector<std::string>& kpis) {
  std::vector<std::vector<Cell>> rows;
  const RunSummary& first = inputs.runs.front().summary;  // compare takes all costed or none
  if (!inputs.is_comparison()) {
    const std::vector<std::string> header{"Measure", "Mean", "95% confidence interval", "5th\u201395th percentile"};
    for (const std::string& name : kpis) {
      const KpiStat* k = first.kpi(name);
      if (!k) continue;
      if (!first.counted(name)) {
        rows.push_back(not_counted_row(name, header.size()));
        continue;
      }
      const Quantity q = present(name).quantity;
      rows.push_back({measure_cell(name),
                      {format_value(k->mean, q), true, value_attributes(name, first.scenario, "mean", k->mean)},
                      {format_interval(k->ci95_low, k->ci95_high, q), true, ""},
                      {format_interval(k->p05, k->p95, q), true, ""}});
    }
    return table_html(header, rows);
  }
  const Comparison& c = *inputs.comparison;
  std::vector<std::string> header{"Measure"};
  for (const auto& s : c.scenarios) header.push_back(s.name);
  for (std::size_t s = 1; s < c.scenarios.size(); ++s) header.push_back(c.scenarios[s].name + " \u2212 " + c.scenarios[0].name);
  for (const std::string& name : kpis) {
    const auto* values = c.kpi(name);
    if (!values) continue;
    if (!first.counted(name)) {
      rows.push_back(not_counted_row(name, header.size()));
      continue;
    }
    const Quantity q = present(name).quantity;
    std::vector<Cell> row{measure_cell(name)};
    for (const ComparedValue& v : *values)
      row.push_back({format_value(v.mean, q) + " (" + format_interval(v.ci95_low, v.ci95_high, q) + ")", true,
                     value_attributes(name, v.scenario, "mean", v.mean)});
    for (std::size_t s = 1; s < values->size(); ++s) {
      const ComparedValue& v = (*values)[s];
      row.push_back({format_difference(v.difference, q) + " (" + format_difference_interval(v.difference_ci95_low, v.difference_ci95_high, q) + ")",
                     true, value_attributes(name, v.scenario, "difference", v.difference)});
    }
    rows.push_back(std::move(row));
  }
  return table_html(header, rows, "Each cell: the mean and, in brackets, its 95% confidence interval.");
}

// For a comparison, how each scenario's outcomes spread across replications: the range nine
// simulated futures in ten fall within, the risk a board takes with an option, which the
// confidence interval of the mean does not show (it narrows as replications are added).
std::string spread_table(const ReportInputs& inputs, const std::vector<std::string>& kpis) {
  std::vector<std::string> header{"Measure"};
  for (const std::string& name : inputs.scenario_names()) header.push_back(name);
  std::vector<std::vector<Cell>> rows;
  for (const std::string& name : kpis) {
    if (!inputs.runs.front().summary.counted(name)) continue;  // costs not counted: nothing spreads
    const Quantity q = present(name).quantity;
    std::vector<Cell> row{measure_cell(name)};
    for (const RunFiles& run : inputs.runs) {
      const KpiStat* k = run.summary.kpi(name);
      row.push_back({k ? format_interval(k->p05, k->p95, q) : "n/a", true, ""});
    }
    rows.push_back(std::move(row));
  }
  return table_html(header, rows, "Each cell: the 5th to the 95th percentile across replications.");
}

// Whether any scenario has a value for the KPI (a mechanism a run does not model is n/a).
bool applies(const ReportInputs& inputs, const std::string& kpi) {
  if (!inputs.is_comparison()) {
    const KpiStat* k = inputs.runs.front().summary.kpi(kpi);
    return k && !std::isnan(k->mean);
  }
  const auto* values = inputs.comparison->kpi(kpi);
  return values && std::any_of(values->begin(), values->end(), [](const ComparedValue& v) { return !std::isnan(v.mean); });
}

// The headline table, without the KPIs that apply to no scenario (named below it instead).
std::string headline_section(const ReportInputs& inputs) {
  std::vector<std::string> shown, not_applicable;
  for (const std::string& kpi : headline_kpis()) {
    if (applies(inputs, kpi)) shown.push_back(kpi);
    else if (inputs.runs.front().summary.kpi(kpi)) not_applicable.push_back(present(kpi).label);
  }
  std::string html = "<section id=\"headline\"><h2>Headline numbers</h2>\n" + kpi_table(inputs, shown);
  if (inputs.is_comparison())
    html += "<h3>Range of outcomes</h3>\n<p>Nine simulated futures in ten fall within these ranges (the 5th to the "
            "95th percentile of the replications): the uncertainty a decision carries, wider than the confidence "
            "intervals above, which say only how precisely the mean is known.</p>\n" +
            spread_table(inputs, shown);
  if (!not_applicable.empty())
    html += "<p class=\"note\">Not shown, as they do not apply to " + std::string(inputs.is_comparison() ? "these scenarios" : "this scenario") +
            " (n/a: what they measure is not modelled):</p>" + list_html(not_applicable, "left-out");
  return html + "</section>\n";
}

std::string title_of(const ReportInputs& inputs) {
  if (!inputs.is_comparison()) return "caresim report: " + inputs.runs.front().summary.scenario;
  std::string names;
  const auto& scenarios = inputs.comparison->scenarios;
  for (std::size_t s = 0; s < scenarios.size(); ++s)
    names += (s == 0 ? "" : s + 1 == scenarios.size() ? " and " : ", ") + scenarios[s].name;
  return "caresim comparison: " + names;
}

std::string meta_line(const ReportInputs& inputs) {
  const RunSummary& s = inputs.runs.front().summary;
  const char* start =
      s.started_in_steady_state ? "from the children an endless run would have in care" : "from nobody in care";
  return fmt::format("{} replications, seed {}; {} years from {} after {} warm-up years (simulated, then set aside) "
                     "starting {}.",
                     s.replications, s.seed, s.years, date_in_words(s.start_date), s.warmup_years, start);
}

std::string parameters_table(const RunFiles& run) {
  std::vector<std::vector<Cell>> rows;
  for (const auto& p : run.parameters)
    rows.push_back({{p.path, false, "class=\"code\""}, {run.assumption(p), false, ""}, {parameter_unit(p.path), false, ""}});
  return table_html({"Setting", "Value", "Unit"}, rows);
}

std::string scenarios_section(const ReportInputs& inputs) {
  std::string html = "<section id=\"scenarios\"><h2>The scenarios</h2>\n";
  std::vector<std::vector<Cell>> rows;
  for (const RunFiles& run : inputs.runs)
    rows.push_back({{run.summary.scenario, false, ""}, {run.summary.description.empty() ? "(no description)" : run.summary.description, false, ""}});
  html += table_html({"Scenario", "Description"}, rows);
  const RunFiles& first = inputs.runs.front();
  for (std::size_t r = 1; r < inputs.runs.size(); ++r) {
    const std::string& option = inputs.scenario_name(r);
    html += "<h3>What " + html_escape(option) + " changes from " + html_escape(first.summary.scenario) + "</h3>\n";
    const auto changes = scenario_differences(first.parameters, inputs.runs[r].parameters);
    if (changes.empty()) {
      html += "<p>Nothing: its effective scenario is the same as " + html_escape(first.summary.scenario) + "'s.</p>\n";
      continue;
    }
    std::vector<std::vector<Cell>> change_rows;
    const auto shown = [](const std::optional<std::string>& value) { return value ? *value : std::string("not set (off)"); };
    for (const auto& change : changes)
      change_rows.push_back({{change.path, false, "class=\"code\""}, {shown(change.reference_value), false, ""}, {shown(change.value), false, ""},
                             {parameter_unit(change.path), false, ""}});
    html += table_html({"Setting", first.summary.scenario, option, "Unit"}, change_rows);
  }
  for (const RunFiles& run : inputs.runs)
    html += "<details><summary>Every assumption of " + html_escape(run.summary.scenario) + " (its effective scenario)</summary>" +
            parameters_table(run) + "</details>\n";
  return html + "</section>\n";
}

std::string charts_html(const std::vector<ChartSection>& sections, std::string& specs_json) {
  std::string html;
  int number = 0;
  specs_json = "[";
  for (const ChartSection& section : sections) {
    const std::string anchor = section.heading == "Over time" ? "over-time" : "by-financial-year";
    html += "<section id=\"" + anchor + "\"><h2>" + html_escape(section.heading) + "</h2>\n<p class=\"note\">" +
            html_escape(section.introduction) + "</p>\n";
    for (const Chart& chart : section.charts) {
      html += figure_html(chart, ++number);
      specs_json += (number == 1 ? "" : ",") + chart.spec_json;
    }
    if (!section.left_out.empty()) {
      html += "<h3>Not charted</h3>" + list_html(section.left_out, "left-out") + "\n";
    }
    html += "</section>\n";
  }
  specs_json += "]";
  return html;
}

}  // namespace

std::string html_report(const ReportInputs& inputs, const ReportContent& content) {
  const std::string title = title_of(inputs);
  std::string html = page_start(title);
  html += "<header><h1>" + html_escape(title) + "</h1>\n<p class=\"meta\">" + html_escape(meta_line(inputs)) + "</p></header>\n";
  html += "<nav aria-label=\"Contents\"><ol><li><a href=\"#summary\">In brief</a></li><li><a href=\"#scenarios\">The scenarios</a></li>"
          "<li><a href=\"#headline\">Headline numbers</a></li><li><a href=\"#over-time\">Over time</a></li>"
          "<li><a href=\"#by-financial-year\">By financial year</a></li><li><a href=\"#all-kpis\">Every KPI</a></li>"
          "<li><a href=\"#about\">About these numbers</a></li></ol></nav>\n";

  html += "<section id=\"summary\"><h2>In brief</h2>\n<ul class=\"summary\">";
  for (const SummaryPoint& point : content.summary) {
    html += "<li>" + html_escape(point.text) + (point.details.empty() ? "" : list_html(point.details)) + "</li>";
  }
  html += "</ul></section>\n";

  html += scenarios_section(inputs);
  html += headline_section(inputs);

  std::string specs_json;
  html += charts_html(content.charts, specs_json);

  html += "<section id=\"all-kpis\"><h2>Every KPI</h2>\n<p class=\"note\">Hover over a measure for its name in summary.json "
          "and the workbook; n/a means the measure does not apply to the scenario.</p>\n" +
          kpi_table(inputs, inputs.every_kpi()) + "</section>\n";

  html += "<section id=\"about\"><h2>About these numbers</h2>\n<p>Each replication is one possible future of the same "
          "council: the same rules and rates, different chance events. A mean is taken over the replications; its 95% "
          "confidence interval says how precisely the replications pin it down (more replications, narrower interval). "
          "The 5th to 95th percentile says how much one future can differ from another. Compared scenarios see the same "
          "children arrive (common random numbers), so their differences are measured replication by replication.</p>\n"
          "<p>The files behind this report (summary.json, kpis_by_replication.csv, timeseries.csv, yearly.csv, "
          "costs.csv, costs_by_replication.csv and scenario.yaml) sit " +
          std::string(inputs.is_comparison()
                          ? "in each scenario's folder beside it, with comparison.json, comparison.csv and "
                            "comparison_by_year.csv beside it"
                          : "beside it") +
          ", and report.xlsx holds the same figures for checking in a spreadsheet.</p></section>\n";

  html += page_end(specs_json);
  return html;
}

}  // namespace caresim::report
