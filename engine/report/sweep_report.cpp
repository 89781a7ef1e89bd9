#include "report/sweep_report.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/chart.hpp"
#include "report/html_page.hpp"
#include "report/html_text.hpp"
#include "report/kpi_presentation.hpp"

namespace caresim::report {
namespace {

constexpr const char* kConfidence = "95% confidence interval";

// The KPI at each value, in the order run; NaN where it does not apply.
std::vector<SweepPoint> points_of(const SweepFiles& sweep, const std::string& kpi) {
  const double nan = std::nan("");
  std::vector<SweepPoint> points;
  for (const SweptValue& v : sweep.values) {
    const KpiStat* k = v.summary.kpi(kpi);
    points.push_back({v.value, v.number, k ? k->mean : nan, k ? k->ci95_low : nan, k ? k->ci95_high : nan});
  }
  return points;
}

bool applies(const std::vector<SweepPoint>& points) {
  return std::any_of(points.begin(), points.end(), [](const SweepPoint& p) { return !std::isnan(p.mean); });
}

std::string value_heading(const SweepFiles& sweep, const std::string& value) { return sweep.parameter + " = " + value; }

// Rows of KPIs, a column per value: each cell the mean and its 95% interval.
std::string kpi_table(const SweepFiles& sweep, const std::vector<std::string>& kpis) {
  std::vector<std::string> header{"Measure"};
  for (const SweptValue& v : sweep.values) header.push_back(value_heading(sweep, v.value));
  std::vector<std::vector<Cell>> rows;
  for (const std::string& kpi : kpis) {
    const Quantity q = present(kpi).quantity;
    std::vector<Cell> row{{present(kpi).label, false, "title=\"" + html_escape(kpi) + "\""}};
    for (const SweepPoint& p : points_of(sweep, kpi))
      row.push_back({format_value(p.mean, q) + " (" + format_interval(p.low, p.high, q) + ")", true,
                     value_attributes(kpi, p.value_text, "mean", p.mean)});
    rows.push_back(std::move(row));
  }
  // Many values make a wide table: it scrolls sideways rather than squeezing the page.
  return "<div class=\"wide\">" + table_html(header, rows, "Each cell: the mean and, in brackets, its 95% confidence interval.") + "</div>\n";
}

std::vector<std::string> summary(const SweepFiles& sweep, const std::vector<std::string>& headline) {
  const SweptValue& first = sweep.values.front();
  const SweptValue& last = sweep.values.back();
  std::vector<std::string> text{fmt::format(
      "The scenario {} was run with {} set to each of {} values, from {} to {}, each with the same {} replications and the same children "
      "arriving (common random numbers), so neighbouring values differ by the parameter, not by luck. The brackets give "
      "each value's 95% confidence interval of the mean.",
      sweep.scenario, sweep.parameter, sweep.values.size(), first.value, last.value, first.summary.replications)};
  if (sweep.values.size() < 2) return text;
  std::vector<std::string> unchanged;
  for (const std::string& kpi : headline) {
    const auto points = points_of(sweep, kpi);
    const SweepPoint& from = points.front();
    const SweepPoint& to = points.back();
    if (std::isnan(from.mean) || std::isnan(to.mean)) continue;
    const Quantity q = present(kpi).quantity;
    if (format_value(from.mean, q) == format_value(to.mean, q)) {
      unchanged.push_back(present(kpi).label);
      continue;
    }
    const auto with_interval = [q](const SweepPoint& p) { return format_value(p.mean, q) + " (" + format_interval(p.low, p.high, q) + ")"; };
    text.push_back(present(kpi).label + ": " + with_interval(from) + " at " + from.value_text + ", " + with_interval(to) + " at " +
                   to.value_text + '.');
  }
  if (!unchanged.empty()) {
    std::string sentence = "The same, as shown, at " + first.value + " and at " + last.value + ": ";
    for (std::size_t i = 0; i < unchanged.size(); ++i) sentence += (i == 0 ? "" : "; ") + unchanged[i];
    text.push_back(sentence + '.');
  }
  return text;
}

}  // namespace

std::string sweep_report(const SweepFiles& sweep) {
  const RunSummary& first = sweep.values.front().summary;
  const std::string title = "caresim sweep: " + sweep.scenario + ", " + sweep.parameter;
  std::string html = page_start(title);
  html += "<header><h1>" + html_escape(title) + "</h1>\n<p class=\"meta\">" +
          html_escape(fmt::format("{} values; {} replications each, seed {}; {} years from {} after {} warm-up years (simulated, then set aside).",
                                  sweep.values.size(), first.replications, first.seed, first.years, date_in_words(first.start_date),
                                  first.warmup_years)) +
          "</p>\n";
  if (!sweep.description.empty()) html += "<p>" + html_escape(sweep.description) + "</p>\n";
  html += "</header>\n<nav aria-label=\"Contents\"><ol><li><a href=\"#summary\">In brief</a></li><li><a href=\"#headline\">Headline "
          "numbers</a></li><li><a href=\"#against-value\">Against the swept value</a></li><li><a href=\"#all-kpis\">Every KPI</a></li>"
          "<li><a href=\"#each-value\">Each value's own report</a></li></ol></nav>\n";

  std::vector<std::string> headline, not_applicable;
  for (const std::string& kpi : headline_kpis()) {
    if (!first.kpi(kpi)) continue;
    if (applies(points_of(sweep, kpi))) headline.push_back(kpi);
    else not_applicable.push_back(present(kpi).label);
  }
  html += "<section id=\"summary\"><h2>In brief</h2>\n" + list_html(summary(sweep, headline), "summary") + "</section>\n";
  html += "<section id=\"headline\"><h2>Headline numbers</h2>\n" + kpi_table(sweep, headline) + "</section>\n";

  html += "<section id=\"against-value\"><h2>Against " + html_escape(sweep.parameter) +
          "</h2>\n<p class=\"note\">Each point is the mean over the replications at one value; the whisker is its 95% "
          "confidence interval.</p>\n";
  std::string specs_json = "[";
  int number = 0;
  for (const std::string& kpi : headline) {
    const Presentation p = present(kpi);
    const Chart chart = sweep_chart({p.label, p.label + " at each value of " + sweep.parameter + ", the mean with its 95% confidence interval.",
                                     p.label, p.quantity, kConfidence, {}},
                                    sweep.parameter, points_of(sweep, kpi));
    html += figure_html(chart, ++number);
    specs_json += (number == 1 ? "" : ",") + chart.spec_json;
  }
  specs_json += "]";
  if (!not_applicable.empty())
    html += "<h3>Not charted</h3><p class=\"note\">These do not apply to the scenario (n/a: what they measure is not modelled):</p>" +
            list_html(not_applicable, "left-out");
  html += "</section>\n";

  std::vector<std::string> every_kpi;  // those only some values model included
  for (const SweptValue& v : sweep.values) v.summary.add_kpi_names_to(every_kpi);
  html += "<section id=\"all-kpis\"><h2>Every KPI</h2>\n<p class=\"note\">Hover over a measure for its name in sweep.csv; n/a "
          "means the measure does not apply to the scenario.</p>\n" +
          kpi_table(sweep, every_kpi) + "</section>\n";

  html += "<section id=\"each-value\"><h2>Each value's own report</h2>\n<p>Each value's run directory holds its own report, "
          "with charts over time and by financial year, and its workbook.</p><ul>";
  for (const SweptValue& v : sweep.values)
    html += "<li><a href=\"./" + html_escape(v.directory) + "/report.html\">" + html_escape(value_heading(sweep, v.value)) + "</a></li>";
  html += "</ul></section>\n";
  return html + page_end(specs_json);
}

}  // namespace caresim::report
