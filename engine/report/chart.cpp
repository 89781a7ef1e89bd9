#include "report/chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <type_traits>

#include <nlohmann/json.hpp>

namespace caresim::report {
namespace {

using Json = nlohmann::ordered_json;

// Okabe & Ito's palette, ordered so the first colours stay apart for every kind of colour
// blindness and read well as lines on white (the yellow comes last).
constexpr std::array<const char*, 8> kPalette = {"#0072B2", "#E69F00", "#009E73", "#D55E00",
                                                 "#CC79A7", "#56B4E9", "#000000", "#F0E442"};
constexpr int kWidth = 600, kHeight = 260, kPanelWidth = 270, kPanelHeight = 170;

template <class Item>
std::vector<std::string> in_order_of_appearance(const std::vector<Item>& items, std::string Item::*field) {
  std::vector<std::string> names;
  for (const Item& item : items)
    if (std::find(names.begin(), names.end(), item.*field) == names.end()) names.push_back(item.*field);
  return names;
}

Json colour(const std::vector<std::string>& legend, const ChartLabels& labels) {
  constexpr std::size_t kOneRow = 4;  // entries a legend shows in one row; more wrap into columns
  const auto& order = labels.colour_order;
  Json scale{{"domain", legend}};
  if (legend.size() > kPalette.size() && order.empty()) {
    scale["scheme"] = "tableau20";  // more entries than the palette has colours (the cost lines): distinct at least
  } else {
    Json range = Json::array();
    for (std::size_t i = 0; i < legend.size(); ++i) {
      const auto at = std::find(order.begin(), order.end(), legend[i]);
      const std::size_t place = at == order.end() ? i : static_cast<std::size_t>(at - order.begin());
      range.push_back(kPalette[place % kPalette.size()]);
    }
    scale["range"] = range;
  }
  return {{"field", "legend"},
          {"type", "nominal"},
          {"title", nullptr},
          {"scale", scale},
          {"legend",
           {{"orient", "bottom"},
            {"columns", legend.size() > kOneRow ? 3 : legend.size()},
            {"labelLimit", 400},
            {"symbolOpacity", 1}}}};
}

Json y_axis(const ChartLabels& labels) {
  Json axis{{"title", labels.y_title}};
  if (labels.quantity == Quantity::share) axis["format"] = ".0%";
  if (labels.quantity == Quantity::money) axis["format"] = "$,.3~s";
  return axis;
}

Json tooltip_format(Quantity quantity) {
  switch (quantity) {
    case Quantity::share: return ".1%";
    case Quantity::money: return "$,.0f";
    default: return ",.4~r";
  }
}

// The chart's own settings; £ for money, and text sized to print.
Json config() {
  return {{"font", "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"},
          {"locale", {{"number", {{"decimal", "."}, {"thousands", ","}, {"grouping", {3}}, {"currency", {"£", ""}}}}}},
          {"axis", {{"labelFontSize", 11}, {"titleFontSize", 12}}},
          {"legend", {{"labelFontSize", 12}}},
          {"view", {{"stroke", nullptr}}}};
}

// Wraps a layered chart as small multiples, in the order given, when its data has panels.
// Panels of different things (placement types) get their own y scale; panels of the same
// thing (one scenario's costs beside another's) share one, so heights compare.
Json finish(Json layered, Json values, const std::vector<std::string>& panels, bool own_y_scales,
            const std::string& description) {
  const bool has_panels = !panels.empty();
  Json spec{{"$schema", "https://vega.github.io/schema/vega-lite/v6.json"},
            {"description", description},
            {"data", {{"values", std::move(values)}}}};
  if (has_panels) {
    layered["width"] = kPanelWidth;
    layered["height"] = kPanelHeight;
    spec["facet"] = {{"field", "panel"}, {"type", "nominal"}, {"title", nullptr}, {"sort", panels},
                     {"header", {{"labelFontSize", 12}, {"labelLimit", 300}}}};
    spec["columns"] = 2;
    spec["spec"] = std::move(layered);
    if (own_y_scales) spec["resolve"] = {{"scale", {{"y", "independent"}}}};
  } else {
    layered["width"] = kWidth;
    layered["height"] = kHeight;
    for (auto& [key, value] : layered.items()) spec[key] = value;
  }
  spec["config"] = config();
  return spec;
}

bool any_panel(const auto& items) {
  return std::any_of(items.begin(), items.end(), [](const auto& item) { return !item.panel.empty(); });
}

std::vector<std::string> panels_of(const auto& items) {
  if (!any_panel(items)) return {};
  return in_order_of_appearance(items, &std::remove_cvref_t<decltype(items.front())>::panel);
}

// Header and leading cells of a text-alternative row: panel and legend only where they vary.
std::vector<std::string> lead_header(std::string first, bool panels, bool legends) {
  std::vector<std::string> header{std::move(first)};
  if (panels) header.push_back("Panel");
  if (legends) header.push_back("Series");
  return header;
}

TextTable year_table(const ChartLabels& labels, const std::vector<YearBar>& bars, bool with_interval) {
  const bool panels = any_panel(bars);
  const bool legends = in_order_of_appearance(bars, &YearBar::legend).size() > 1;
  TextTable table{lead_header("Financial year", panels, legends), {}};
  table.header.push_back(labels.y_title);
  if (with_interval) table.header.push_back(labels.interval_name);
  for (const YearBar& bar : bars) {
    std::vector<std::string> row{bar.financial_year};
    if (panels) row.push_back(bar.panel);
    if (legends) row.push_back(bar.legend);
    row.push_back(format_value(bar.value, labels.quantity));
    if (with_interval) row.push_back(format_interval(bar.low, bar.high, labels.quantity));
    table.rows.push_back(std::move(row));
  }
  return table;
}

Json year_values(const std::vector<YearBar>& bars) {
  Json values = Json::array();
  for (const YearBar& b : bars)
    values.push_back({{"year", b.financial_year}, {"legend", b.legend}, {"panel", b.panel}, {"value", b.value},
                      {"low", b.low}, {"high", b.high}});
  return values;
}

// Labels lie flat for a few years and slant for many, so "2031-32" never overlaps its neighbour.
Json year_axis(const std::vector<YearBar>& bars) {
  const auto years = in_order_of_appearance(bars, &YearBar::financial_year);
  return {{"field", "year"}, {"type", "ordinal"}, {"title", "Financial year (April to March)"},
          {"axis", {{"labelAngle", years.size() > 5 ? -45 : 0}}}};
}

Json year_tooltip(const ChartLabels& labels) {
  return Json::array({{{"field", "legend"}, {"title", "Series"}},
                      {{"field", "year"}, {"title", "Financial year"}},
                      {{"field", "value"}, {"type", "quantitative"}, {"title", labels.y_title},
                       {"format", tooltip_format(labels.quantity)}}});
}

}  // namespace

Chart fan_chart(const ChartLabels& labels, const std::vector<FanPoint>& points) {
  const auto legend = in_order_of_appearance(points, &FanPoint::legend);
  const bool panels = any_panel(points);
  Json values = Json::array();
  for (const FanPoint& p : points)
    values.push_back({{"date", p.date}, {"legend", p.legend}, {"panel", p.panel}, {"mean", p.mean}, {"p05", p.p05}, {"p95", p.p95}});
  const Json x{{"field", "date"}, {"type", "temporal"}, {"title", nullptr}, {"scale", {{"type", "utc"}}},
               {"axis", {{"format", "%Y"}, {"tickCount", "year"}}}};
  Json y = y_axis(labels);
  Json layered{
      {"encoding", {{"x", x}, {"color", colour(legend, labels)}}},
      {"layer",
       Json::array(
           {{{"mark", {{"type", "area"}, {"opacity", 0.22}}},
             {"encoding", {{"y", {{"field", "p05"}, {"type", "quantitative"}, {"axis", y}, {"title", labels.y_title}}},
                           {"y2", {{"field", "p95"}}}}}},
            {{"mark", {{"type", "line"}, {"strokeWidth", 2}}},
             {"encoding",
              {{"y", {{"field", "mean"}, {"type", "quantitative"}}},
               {"tooltip", Json::array({{{"field", "legend"}, {"title", "Series"}},
                                        {{"field", "date"}, {"type", "temporal"}, {"scale", {{"type", "utc"}}}, {"format", "%d %b %Y"}, {"title", "Month end"}},
                                        {{"field", "mean"}, {"type", "quantitative"}, {"title", "Mean"}, {"format", tooltip_format(labels.quantity)}}})}}}}})}};

  Chart chart{labels.title, labels.description, finish(std::move(layered), std::move(values), panels_of(points), true, labels.description).dump(), {}};
  // The table gives each 31 March and the last month end: the chart's story in a few rows.
  chart.table = {lead_header("Date", panels, legend.size() > 1), {}};
  chart.table.header.push_back("Mean");
  chart.table.header.push_back(labels.interval_name);
  const std::string last = points.empty() ? "" : std::max_element(points.begin(), points.end(), [](const auto& a, const auto& b) { return a.date < b.date; })->date;
  for (const FanPoint& p : points) {
    if (!p.date.ends_with("-03-31") && p.date != last) continue;
    std::vector<std::string> row{date_in_words(p.date)};
    if (panels) row.push_back(p.panel);
    if (legend.size() > 1) row.push_back(p.legend);
    row.push_back(format_value(p.mean, labels.quantity));
    row.push_back(format_interval(p.p05, p.p95, labels.quantity));
    chart.table.rows.push_back(std::move(row));
  }
  return chart;
}

Chart year_bar_chart(const ChartLabels& labels, const std::vector<YearBar>& bars) {
  const auto legend = in_order_of_appearance(bars, &YearBar::legend);
  Json layered{
      {"encoding", {{"x", year_axis(bars)}, {"xOffset", {{"field", "legend"}, {"sort", legend}}}}},
      {"layer",
       Json::array({{{"mark", {{"type", "bar"}}},
                     {"encoding",
                      {{"y", {{"field", "value"}, {"type", "quantitative"}, {"axis", y_axis(labels)}, {"title", labels.y_title}}},
                       {"color", colour(legend, labels)},
                       {"tooltip", year_tooltip(labels)}}}},
                    {{"mark", {{"type", "rule"}, {"color", "#333333"}, {"strokeWidth", 1.5}}},
                     {"encoding", {{"y", {{"field", "low"}, {"type", "quantitative"}}}, {"y2", {{"field", "high"}}}}}}})}};
  return {labels.title, labels.description,
          finish(std::move(layered), year_values(bars), panels_of(bars), true, labels.description).dump(),
          year_table(labels, bars, true)};
}

Chart stacked_year_chart(const ChartLabels& labels, const std::vector<YearBar>& bars) {
  const auto legend = in_order_of_appearance(bars, &YearBar::legend);
  Json layered{{"mark", {{"type", "bar"}}},
               {"encoding",
                {{"x", year_axis(bars)},
                 {"y", {{"field", "value"}, {"type", "quantitative"}, {"axis", y_axis(labels)}, {"title", labels.y_title}, {"stack", "zero"}}},
                 {"color", colour(legend, labels)},
                 {"order", {{"field", "order"}, {"type", "quantitative"}}},
                 {"tooltip", year_tooltip(labels)}}}};
  Json values = year_values(bars);
  for (auto& v : values) {
    const auto at = std::find(legend.begin(), legend.end(), v["legend"].get<std::string>());
    v["order"] = at - legend.begin();
  }
  return {labels.title, labels.description,
          finish(std::move(layered), std::move(values), panels_of(bars), false, labels.description).dump(),
          year_table(labels, bars, false)};
}

Chart cumulative_year_chart(const ChartLabels& labels, const std::vector<YearBar>& bars) {
  const auto legend = in_order_of_appearance(bars, &YearBar::legend);
  Json layered{
      {"encoding", {{"x", year_axis(bars)}}},
      {"layer",
       Json::array({{{"mark", {{"type", "area"}, {"opacity", 0.22}}},
                     {"encoding", {{"y", {{"field", "low"}, {"type", "quantitative"}, {"axis", y_axis(labels)}, {"title", labels.y_title}}},
                                   {"y2", {{"field", "high"}}},
                                   {"color", colour(legend, labels)}}}},
                    {{"mark", {{"type", "line"}, {"point", true}, {"strokeWidth", 2}}},
                     {"encoding", {{"y", {{"field", "value"}, {"type", "quantitative"}}},
                                   {"color", colour(legend, labels)},
                                   {"tooltip", year_tooltip(labels)}}}},
                    // The line where the option has cost the same as the first scenario.
                    {{"mark", {{"type", "rule"}, {"color", "#666666"}, {"strokeDash", {4, 4}}}},
                     {"encoding", {{"y", {{"datum", 0}}}}}}})}};
  return {labels.title, labels.description,
          finish(std::move(layered), year_values(bars), panels_of(bars), true, labels.description).dump(),
          year_table(labels, bars, true)};
}

Chart sweep_chart(const ChartLabels& labels, const std::string& x_title, const std::vector<SweepPoint>& points) {
  Json values = Json::array();
  for (const SweepPoint& p : points)
    values.push_back({{"value", p.value}, {"value_text", p.value_text}, {"mean", p.mean}, {"low", p.low}, {"high", p.high}});
  const Json x{{"field", "value"}, {"type", "quantitative"}, {"title", x_title}, {"scale", {{"zero", false}}}};
  Json y = y_axis(labels);
  if (labels.quantity == Quantity::share) y["format"] = ".1%";  // a scale not from zero spans few whole percents
  Json layered{
      {"encoding", {{"x", x}}},
      {"layer",
       Json::array({{{"mark", {{"type", "rule"}, {"color", "#333333"}, {"strokeWidth", 1.5}}},
                     // Not from zero: the chart is about how the KPI moves with the value.
                     {"encoding", {{"y", {{"field", "low"}, {"type", "quantitative"}, {"axis", y}, {"title", labels.y_title},
                                          {"scale", {{"zero", false}}}}},
                                   {"y2", {{"field", "high"}}}}}},
                    {{"mark", {{"type", "line"}, {"point", {{"size", 50}}}, {"strokeWidth", 2}, {"color", kPalette[0]}}},
                     {"encoding", {{"y", {{"field", "mean"}, {"type", "quantitative"}}},
                                   {"tooltip", Json::array({{{"field", "value_text"}, {"title", x_title}},
                                                            {{"field", "mean"}, {"type", "quantitative"}, {"title", labels.y_title},
                                                             {"format", tooltip_format(labels.quantity)}}})}}}}})}};
  Chart chart{labels.title, labels.description, finish(std::move(layered), std::move(values), {}, false, labels.description).dump(), {}};
  chart.table.header = {x_title, labels.y_title, labels.interval_name};
  for (const SweepPoint& p : points)
    chart.table.rows.push_back({p.value_text, format_value(p.mean, labels.quantity), format_interval(p.low, p.high, labels.quantity)});
  return chart;
}

}  // namespace caresim::report
