// A chart of the report: a Vega-Lite specification with its data inline, a title, a sentence
// for screen readers, and the same numbers as a table (the chart's text alternative).
#pragma once

#include <string>
#include <vector>

#include "report/kpi_presentation.hpp"

namespace caresim::report {

struct TextTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

struct Chart {
  std::string title;
  std::string description;  // what the chart shows, for aria-label
  std::string spec_json;    // Vega-Lite, data included
  TextTable table;
};

// A value over time: month-end mean with its 5th-95th percentile band across replications.
// `legend` tells the lines of one panel apart (scenarios or placement types); `panel` splits
// the chart into small multiples when not empty.
struct FanPoint {
  std::string date;
  std::string legend;
  std::string panel;
  double mean = 0, p05 = 0, p95 = 0;
};

// A value per financial year with an interval; `low`/`high` may be NaN (no interval).
struct YearBar {
  std::string financial_year;
  std::string legend;
  std::string panel;
  double value = 0, low = 0, high = 0;
};

// A KPI at one value of a swept parameter, with its interval; NaN where it does not apply.
struct SweepPoint {
  std::string value_text;  // as the scenario file wrote it: "225"
  double value = 0;
  double mean = 0, low = 0, high = 0;
};

struct ChartLabels {
  std::string title;
  std::string description;
  std::string y_title;
  Quantity quantity = Quantity::count;
  std::string interval_name;  // the table's heading for the interval: "5th–95th percentile"
  // Legend entries are coloured by their place in this list where they are in it (a
  // comparison's scenarios, so that each keeps its colour in charts that leave the first
  // out), else by their order of first appearance.
  std::vector<std::string> colour_order;
};

// Colours are Okabe-Ito's (colour-blind safe), or Tableau's 20 for a legend longer than its
// eight. A long legend wraps into columns.
Chart fan_chart(const ChartLabels& labels, const std::vector<FanPoint>& points);
// Bars side by side per legend entry, with whiskers for the interval.
Chart year_bar_chart(const ChartLabels& labels, const std::vector<YearBar>& bars);
// Bars stacked by legend entry (cost lines) within each financial year; no intervals.
Chart stacked_year_chart(const ChartLabels& labels, const std::vector<YearBar>& bars);
// A cumulative quantity by financial year: a line with its interval as a band.
Chart cumulative_year_chart(const ChartLabels& labels, const std::vector<YearBar>& bars);

// A KPI against the swept parameter (`x_title`): the mean as a line through points, the
// interval as a whisker at each value.
Chart sweep_chart(const ChartLabels& labels, const std::string& x_title, const std::vector<SweepPoint>& points);

}  // namespace caresim::report
