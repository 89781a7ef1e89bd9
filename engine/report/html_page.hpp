// The parts every report page shares: its head and style, tables and lists of escaped text,
// chart figures, and the scripts that draw the charts offline.
#pragma once

#include <string>
#include <vector>

#include "report/chart.hpp"

namespace caresim::report {

struct Cell {
  std::string text;  // plain text, escaped when written
  bool number = false;
  std::string attributes;  // already escaped: data-kpi="..." for the tests and scripts
};

std::string table_html(const std::vector<std::string>& header, const std::vector<std::vector<Cell>>& rows,
                       const std::string& caption = "");
// A bulleted list of plain-text items.
std::string list_html(const std::vector<std::string>& items, const std::string& css_class = "");
// The exact number behind a cell, so a reader's script (and the tests) can check the page.
std::string value_attributes(const std::string& kpi, const std::string& scenario, const std::string& stat, double value);

// The page up to and including <body>, titled `title`.
std::string page_start(const std::string& title);
// Chart `number` (from 1) as a figure with its heading, its text alternative and its numbers.
std::string figure_html(const Chart& chart, int number);
// The charts' specifications (a JSON array, in figure order), the charting library and the
// script that draws them, then the end of the page.
std::string page_end(const std::string& specs_json);

}  // namespace caresim::report
