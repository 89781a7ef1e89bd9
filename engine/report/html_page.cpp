#include "report/html_page.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/chart_library.hpp"
#include "report/html_text.hpp"
#include "report/report_style.hpp"

namespace caresim::report {
namespace {

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

std::string text_table_html(const TextTable& table) {
  std::vector<std::vector<Cell>> rows;
  for (const auto& row : table.rows) {
    std::vector<Cell> cells;
    for (std::size_t c = 0; c < row.size(); ++c) cells.push_back({row[c], c + 2 >= row.size(), ""});
    rows.push_back(std::move(cells));
  }
  return table_html(table.header, rows);
}

// A number cell's text in pieces kept whole, the lines free to break only between them: the
// value, and its interval "(lo–hi)" (a difference's "(lo to" and "hi)"), so that a table of
// several scenarios and their differences fits the page without a number cut in two.
std::string number_html(const std::string& text) {
  std::string html;
  std::size_t from = 0;
  while (from < text.size()) {
    const std::size_t interval = text.find(" (", from), to = text.find(" to ", from);
    const std::size_t end = std::min({interval, to == std::string::npos ? to : to + 3, text.size()});
    html += (html.empty() ? "<span>" : " <span>") + html_escape(text.substr(from, end - from)) + "</span>";
    from = end + 1;
  }
  return html;
}

}  // namespace

std::string table_html(const std::vector<std::string>& header, const std::vector<std::vector<Cell>>& rows,
                       const std::string& caption) {
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
              ">" + (cell.number ? number_html(cell.text) : html_escape(cell.text)) + "</td>";
    html += "</tr>";
  }
  return html + "</tbody></table>\n";
}

std::string list_html(const std::vector<std::string>& items, const std::string& css_class) {
  std::string html = css_class.empty() ? "<ul>" : "<ul class=\"" + css_class + "\">";
  for (const std::string& item : items) html += "<li>" + html_escape(item) + "</li>";
  return html + "</ul>";
}

std::string value_attributes(const std::string& kpi, const std::string& scenario, const std::string& stat, double value) {
  return "data-kpi=\"" + html_escape(kpi) + "\" data-scenario=\"" + html_escape(scenario) + "\" data-stat=\"" + stat +
         "\" data-value=\"" + (std::isnan(value) ? std::string() : fmt::format("{}", value)) + "\"";
}

std::string page_start(const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"caresim\">\n<title>" + html_escape(title) + "</title>\n<style>" +
         std::string(kReportStyle) + "</style>\n</head>\n<body>\n";
}

std::string figure_html(const Chart& chart, int number) {
  const std::string id = "chart-" + std::to_string(number);
  return "<figure aria-labelledby=\"" + id + "-title\"><h3 id=\"" + id + "-title\">" + html_escape(chart.title) + "</h3>\n" +
         "<div class=\"chart\" id=\"" + id + "\" role=\"img\" aria-label=\"" + html_escape(chart.description) + "\"></div>\n" +
         "<details><summary>The numbers in this chart</summary>" + text_table_html(chart.table) + "</details></figure>\n";
}

std::string page_end(const std::string& specs_json) {
  std::string html = "<script type=\"application/json\" id=\"chart-specs\">" + json_for_script(specs_json) + "</script>\n";
  for (const std::string_view script : chart_library_scripts()) html += "<script>" + std::string(script) + "</script>\n";
  return html + "<script>" + std::string(kDrawCharts) + "</script>\n</body>\n</html>\n";
}

}  // namespace caresim::report
