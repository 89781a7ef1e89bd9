#include "report/html_report.hpp"

#include <cmath>

#include <fmt/format.h>

#include "report/chart_library.hpp"
#include "report/chart_sections.hpp"
#include "report/html_text.hpp"
#include "report/kpi_presentation.hpp"
#include "report/parameter_unit.hpp"
#include "report/plain_summary.hpp"
#include "report/report_style.hpp"
#include "report/scenario_differences.hpp"

namespace caresim::report {
namespace {

struct Cell {
  std::string text;  // plain text, escaped when written
  bool number = false;
  std::string attributes;  // already escaped: data-kpi="..." for the tests and scripts
};

std::string table_html(const std::vector<std::string>& header, const std::vector<std::vector<Cell>>& rows,
                       const std::string& caption = "") {
  std::string html = "<table>";
  if (!caption.empty()) html += "<caption class=\"note\">" + html_escape(caption) + "</caption>";
  html += "<thead><tr>";
  // A heading is aligned like its column: right over numbers.
  for (std::size_t c = 0; c < header.size(); ++c) {
    const bool number = !rows.empty() && c < rows.front().size() && rows.front()[c].number;
    html += std::string(number ? "<th scope=\"col\" class=\"number\">" : "<th scope=\"col\">") + html_escape(header[c]) + "</th>";
  }
  html += "</tr></thead><tbody>";
  for (const auto& row : rows) {
    html += "<tr>";
    for (const Cell& cell : row)
      html += std::string(cell.number ? "<td class=\"number\"" : "<td") + (cell.attributes.empty() ? "" : " " + cell.attributes) +
              ">" + html_escape(cell.text) + "</td>";
    html += "</tr>";
  }
  return html + "</tbody></table>\n";
}

// A bulleted list of plain-text items.
std::string list_html(const std::vector<std::string>& items, const std::string& css_class = "") {
  std::string html = css_class.empty() ? "<ul>" : "<ul class=\"" + css_class + "\">";
  for (const std::string& item : items) html += "<li>" + html_escape(item) + "</li>";
  return html + "</ul>";
}

std::string text_table_html(const TextTable& table) {
  std::vector<std::vector<Cell>> rows;
  for (const auto& row : table.rows) {
    std::vector<Cell> cells;
    for (std::size_t c = 0; c < row.size(); ++c) cells.push_back({row[c], c + 2 >= row.size(), ""});
    rows.push_back(std::move(cells));
  }
  return table_html(table.header, rows);
}

// The exact number behind a cell, so a reader's script (and the tests) can check the page.
std::string value_attributes(const std::string& kpi, const std::string& scenario, const std::string& stat, double value) {
  return "data-kpi=\"" + html_escape(kpi) + "\" data-scenario=\"" + html_escape(scenario) + "\" data-stat=\"" + stat +
         "\" data-value=\"" + (std::isnan(value) ? std::string() : fmt::format("{}", value)) + "\"";
}

Cell measure_cell(const std::string& kpi) {
  return {present(kpi).label, false, "title=\"" + html_escape(kpi) + "\""};
}

std::string kpi_table(const ReportInputs& inputs, const std::vector<std::string>& kpis) {
  std::vector<std::vector<Cell>> rows;
  if (!inputs.is_comparison()) {
    const RunSummary& summary = inputs.runs.front().summary;
    for (const std::string& name : kpis) {
      const KpiStat* k = summary.kpi(name);
      if (!k) continue;
      const Quantity q = present(name).quantity;
      rows.push_back({measure_cell(name),
                      {format_value(k->mean, q), true, value_attributes(name, summary.scenario, "mean", k->mean)},
                      {format_interval(k->ci95_low, k->ci95_high, q), true, ""},
                      {format_interval(k->p05, k->p95, q), true, ""}});
    }
    return table_html({"Measure", "Mean", "95% confidence interval", "5th\u201395th percentile"}, rows);
  }
  const Comparison& c = *inputs.comparison;
  std::vector<std::string> header{"Measure"};
  for (const auto& s : c.scenarios) header.push_back(s.name);
  for (std::size_t s = 1; s < c.scenarios.size(); ++s) header.push_back(c.scenarios[s].name + " \u2212 " + c.scenarios[0].name);
  for (const std::string& name : kpis) {
    const auto* values = c.kpi(name);
    if (!values) continue;
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
  return fmt::format("{} replications, seed {}; {} years from {} after {} warm-up years (simulated, then set aside).",
                     s.replications, s.seed, s.years, date_in_words(s.start_date), s.warmup_years);
}

std::string parameters_table(const std::vector<scenario::ScenarioParameter>& parameters) {
  std::vector<std::vector<Cell>> rows;
  for (const auto& p : parameters) rows.push_back({{p.path, false, "class=\"code\""}, {p.value, false, ""}, {parameter_unit(p.path), false, ""}});
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
            parameters_table(run.parameters) + "</details>\n";
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
      ++number;
      const std::string id = "chart-" + std::to_string(number);
      html += "<figure aria-labelledby=\"" + id + "-title\"><h3 id=\"" + id + "-title\">" + html_escape(chart.title) + "</h3>\n";
      html += "<div class=\"chart\" id=\"" + id + "\" role=\"img\" aria-label=\"" + html_escape(chart.description) + "\"></div>\n";
      html += "<details><summary>The numbers in this chart</summary>" + text_table_html(chart.table) + "</details></figure>\n";
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

// Draws each chart as SVG (crisp when printed) and marks it drawn; a failure is shown in the
// chart's place and reported on the console.
constexpr const char* kDrawCharts = R"js(
(function () {
  var specs = JSON.parse(document.getElementById('chart-specs').textContent);
  specs.forEach(function (spec, i) {
    var container = document.getElementById('chart-' + (i + 1));
    try {
      var view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'svg', container: container, hover: true });
      view.runAsync().then(function () { container.setAttribute('data-drawn', 'true'); }, function (error) {
        container.textContent = 'This chart could not be drawn: ' + error;
        container.className += ' chart-error';
        console.error(error);
      });
    } catch (error) {
      container.textContent = 'This chart could not be drawn: ' + error;
      container.className += ' chart-error';
      console.error(error);
    }
  });
})();
)js";

}  // namespace

std::string html_report(const ReportInputs& inputs) {
  const std::string title = title_of(inputs);
  std::string html = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<meta name=\"generator\" content=\"caresim\">\n<title>" + html_escape(title) + "</title>\n<style>" +
                     std::string(kReportStyle) + "</style>\n</head>\n<body>\n";
  html += "<header><h1>" + html_escape(title) + "</h1>\n<p class=\"meta\">" + html_escape(meta_line(inputs)) + "</p></header>\n";
  html += "<nav aria-label=\"Contents\"><ol><li><a href=\"#summary\">In brief</a></li><li><a href=\"#scenarios\">The scenarios</a></li>"
          "<li><a href=\"#headline\">Headline numbers</a></li><li><a href=\"#over-time\">Over time</a></li>"
          "<li><a href=\"#by-financial-year\">By financial year</a></li><li><a href=\"#all-kpis\">Every KPI</a></li>"
          "<li><a href=\"#about\">About these numbers</a></li></ol></nav>\n";

  html += "<section id=\"summary\"><h2>In brief</h2>\n<ul class=\"summary\">";
  for (const SummaryPoint& point : plain_summary(inputs)) {
    html += "<li>" + html_escape(point.text) + (point.details.empty() ? "" : list_html(point.details)) + "</li>";
  }
  html += "</ul></section>\n";

  html += scenarios_section(inputs);
  html += "<section id=\"headline\"><h2>Headline numbers</h2>\n" + kpi_table(inputs, headline_kpis()) + "</section>\n";

  std::string specs_json;
  html += charts_html(chart_sections(inputs), specs_json);

  std::vector<std::string> every_kpi;
  for (const KpiStat& k : inputs.runs.front().summary.kpis) every_kpi.push_back(k.name);
  html += "<section id=\"all-kpis\"><h2>Every KPI</h2>\n<p class=\"note\">Hover over a measure for its name in summary.json "
          "and the workbook; n/a means the measure does not apply to the scenario.</p>\n" +
          kpi_table(inputs, every_kpi) + "</section>\n";

  html += "<section id=\"about\"><h2>About these numbers</h2>\n<p>Each replication is one possible future of the same "
          "council: the same rules and rates, different chance events. A mean is taken over the replications; its 95% "
          "confidence interval says how precisely the replications pin it down (more replications, narrower interval). "
          "The 5th to 95th percentile says how much one future can differ from another. Compared scenarios see the same "
          "children arrive (common random numbers), so their differences are measured replication by replication.</p>\n"
          "<p>The files behind this report (summary.json, timeseries.csv, kpis_by_replication.csv, scenario.yaml) sit "
          "beside it, and report.xlsx holds the same figures for checking in a spreadsheet.</p></section>\n";

  html += "<script type=\"application/json\" id=\"chart-specs\">" + json_for_script(specs_json) + "</script>\n";
  for (const std::string_view script : chart_library_scripts()) html += "<script>" + std::string(script) + "</script>\n";
  html += "<script>" + std::string(kDrawCharts) + "</script>\n</body>\n</html>\n";
  return html;
}

}  // namespace caresim::report
