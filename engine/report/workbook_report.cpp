#include "report/workbook_report.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ctime>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "kernel/calendar.hpp"
#include "report/kpi_presentation.hpp"
#include "report/parameter_unit.hpp"
#include "report/sheet_limits.hpp"

namespace caresim::report {
namespace {

struct Formats {
  lxw_format* title;
  lxw_format* heading;
  lxw_format* wrap;
  lxw_format* number;
  lxw_format* rate;
  lxw_format* percent;
  lxw_format* currency;
  lxw_format* date;
  lxw_format* as_written;  // a scenario's setting: every digit it was given (0.035, not 0.04)
};

Formats make_formats(lxw_workbook* book) {
  const auto with_number_format = [book](const char* code) {
    lxw_format* f = workbook_add_format(book);
    format_set_num_format(f, code);
    return f;
  };
  Formats f{};
  f.title = workbook_add_format(book);
  format_set_bold(f.title);
  format_set_font_size(f.title, 16);
  f.heading = workbook_add_format(book);
  format_set_bold(f.heading);
  f.wrap = workbook_add_format(book);
  format_set_text_wrap(f.wrap);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  f.number = with_number_format("#,##0.00");
  f.rate = with_number_format("0.0000");
  f.percent = with_number_format("0.0%");
  f.currency = with_number_format("\xC2\xA3#,##0");  // £
  f.date = with_number_format("yyyy-mm-dd");
  f.as_written = workbook_add_format(book);
  format_set_num_format_index(f.as_written, 0);  // Excel's built-in General
  return f;
}

lxw_format* format_for(const Formats& f, Quantity quantity) {
  switch (quantity) {
    case Quantity::share: return f.percent;
    case Quantity::money: return f.currency;
    case Quantity::rate: return f.rate;
    default: return f.number;
  }
}

struct Date {
  int year, month, day;
};
// A cell: nothing (n/a), a number with its format, text (always text), or a date.
using Value = std::variant<std::monostate, double, std::string, Date>;
struct Cell {
  Value value;
  lxw_format* format = nullptr;
};

// An infinity would make a file Excel calls corrupt: it has no such number.
Cell number(double value, lxw_format* format) {
  if (!std::isfinite(value)) return {std::monostate{}, nullptr};
  return {value, format};
}
Cell text(std::string value) { return {std::move(value), nullptr}; }

// The value as written when it is not a date, which the readers of the files have checked.
Cell date(const std::string& iso, lxw_format* format) {
  const auto parsed = kernel::Date::parse(iso);
  if (!parsed) return text(iso);
  return {Date{parsed->year(), parsed->month(), parsed->day()}, format};
}

// A scenario value as a number where it reads as one, else as written.
Cell scenario_value(const std::string& value, bool is_number, lxw_format* format) {
  double parsed = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
  if (!is_number || error != std::errc{} || end != value.data() + value.size()) return text(value);
  return number(parsed, format);
}

void check(lxw_error error, const char* what) {
  if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("report.xlsx: ") + what + ": " + lxw_strerror(error));
}

void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Cell& cell) {
  if (const auto* d = std::get_if<double>(&cell.value)) check(worksheet_write_number(sheet, row, col, *d, cell.format), "a number");
  if (const auto* s = std::get_if<std::string>(&cell.value))
    check(worksheet_write_string(sheet, row, col, fitted_text(*s).c_str(), cell.format), "a text cell");
  if (const auto* d = std::get_if<Date>(&cell.value)) {
    lxw_datetime when{d->year, d->month, d->day, 0, 0, 0};
    check(worksheet_write_datetime(sheet, row, col, &when, cell.format), "a date");
  }
}

// A sheet holding one named Excel table (header row frozen, filter buttons on every column).
// Rows beyond what a sheet holds are left to `source`, the file they came from, with a note.
void write_table(lxw_workbook* book, const char* sheet_name, const char* table_name, const std::vector<std::string>& header,
                 const std::vector<std::vector<Cell>>& rows, const std::vector<double>& widths, const char* source) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, sheet_name);
  for (std::size_t c = 0; c < widths.size(); ++c)
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
  if (rows.empty()) {
    worksheet_write_string(sheet, 0, 0, "Nothing to show: the run wrote no such figures.", nullptr);
    return;
  }
  const std::size_t shown = rows_shown(rows.size());
  for (std::size_t r = 0; r < shown; ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c)
      write_cell(sheet, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), rows[r][c]);
  if (shown < rows.size())
    write_cell(sheet, static_cast<lxw_row_t>(shown + 1), 0,
               text(fmt::format("... and {} rows more, which a worksheet cannot hold ({} rows at most): every row is in {}.",
                                rows.size() - shown, kSheetRows, source)));
  std::vector<lxw_table_column> columns(header.size());
  std::vector<lxw_table_column*> column_pointers;
  for (std::size_t c = 0; c < header.size(); ++c) {
    columns[c].header = const_cast<char*>(header[c].c_str());  // libxlsxwriter copies it
    column_pointers.push_back(&columns[c]);
  }
  column_pointers.push_back(nullptr);
  lxw_table_options options{};
  options.name = const_cast<char*>(table_name);
  options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
  options.style_type_number = 9;
  options.columns = column_pointers.data();
  check(worksheet_add_table(sheet, 0, 0, static_cast<lxw_row_t>(shown), static_cast<lxw_col_t>(header.size() - 1), &options),
        "a table");
  worksheet_freeze_panes(sheet, 1, 0);
}

void summary_sheet(lxw_workbook* book, const Formats& f, const ReportInputs& inputs, const ReportContent& content) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, "Summary");
  worksheet_set_column(sheet, 0, 0, 28, nullptr);
  worksheet_set_column(sheet, 1, 1, 100, f.wrap);
  lxw_row_t row = 0;
  const RunSummary& first = inputs.runs.front().summary;
  worksheet_write_string(sheet, row++, 0, inputs.is_comparison() ? "caresim comparison" : "caresim run", f.title);
  const auto line = [&](const std::string& label, Cell value) {
    worksheet_write_string(sheet, row, 0, label.c_str(), f.heading);
    write_cell(sheet, row++, 1, value);
  };
  for (const RunFiles& run : inputs.runs) line("Scenario", text(run.summary.scenario + (run.summary.description.empty() ? "" : ": " + run.summary.description)));
  line("Replications", number(first.replications, nullptr));
  line("Seed", text(std::to_string(first.seed)));  // up to 20 digits: more than a spreadsheet number holds exactly
  line("Horizon starts", date(first.start_date, f.date));
  line("Years reported", number(first.years, nullptr));
  line("Warm-up years (set aside)", number(first.warmup_years, nullptr));
  line("Children in care at the start", text(first.started_in_steady_state ? "the steady state" : "none"));
  ++row;
  worksheet_write_string(sheet, row++, 0, "In brief", f.heading);
  for (const SummaryPoint& point : content.summary) {
    write_cell(sheet, row++, 1, {point.text, f.wrap});
    for (const std::string& detail : point.details) write_cell(sheet, row++, 1, {"\u2022 " + detail, f.wrap});
  }
  ++row;
  const bool any_left_out = std::any_of(content.charts.begin(), content.charts.end(),
                                        [](const ChartSection& section) { return !section.left_out.empty(); });
  if (any_left_out) {  // the heading only over notes
    worksheet_write_string(sheet, row++, 0, "Not in the figures", f.heading);
    for (const ChartSection& section : content.charts)
      for (const std::string& note : section.left_out) write_cell(sheet, row++, 1, {note, f.wrap});
    ++row;
  }
  worksheet_write_string(sheet, row++, 0, "Sheets", f.heading);
  for (const char* about : {"KPIs: every KPI of summary.json (and comparison.json's differences), mean, 95% confidence "
                            "interval and 5th/50th/95th percentiles across replications.",
                            "Costs by financial year: costs.csv of each run, by line, April to March.",
                            "By financial year: yearly flows of each run (yearly.csv), and in a comparison the paired "
                            "differences per year and cumulatively.",
                            "Time series: timeseries.csv of each run, month-end values.",
                            "Assumptions: the effective scenario of each run, one setting per row, with its unit."})
    write_cell(sheet, row++, 1, {std::string(about), f.wrap});
}

void kpi_sheet(lxw_workbook* book, const Formats& f, const ReportInputs& inputs) {
  std::vector<std::vector<Cell>> rows;
  for (std::size_t r = 0; r < inputs.runs.size(); ++r) {
    const RunSummary& summary = inputs.runs[r].summary;
    const auto* compared = inputs.is_comparison() ? &*inputs.comparison : nullptr;
    for (const KpiStat& k : summary.kpis) {
      const Presentation p = present(k.name);
      lxw_format* format = format_for(f, p.quantity);
      const std::string measure = summary.counted(k.name) ? p.label : p.label + " (not counted: the scenario has no costs section)";
      std::vector<Cell> row{text(summary.scenario), text(k.name), text(measure), number(k.mean, format), number(k.ci95_low, format),
                            number(k.ci95_high, format), number(k.p05, format), number(k.p50, format), number(k.p95, format)};
      if (compared) {
        ComparedValue difference{};
        difference.difference = difference.difference_ci95_low = difference.difference_ci95_high = std::nan("");
        if (const auto* values = compared->kpi(k.name))
          for (const ComparedValue& v : *values)
            if (v.scenario == summary.scenario) difference = v;
        row.push_back(number(difference.difference, format));
        row.push_back(number(difference.difference_ci95_low, format));
        row.push_back(number(difference.difference_ci95_high, format));
      }
      rows.push_back(std::move(row));
    }
  }
  std::vector<std::string> header{"scenario", "kpi", "measure", "mean", "ci95_low", "ci95_high", "p05", "p50", "p95"};
  if (inputs.is_comparison())
    for (const char* name : {"difference", "difference_ci95_low", "difference_ci95_high"}) header.emplace_back(name);
  write_table(book, "KPIs", "KPIs", header, rows, {18, 36, 52, 13, 13, 13, 13, 13, 13, 13, 20, 20}, "summary.json");
}

// `money`: the file is costs.csv, whose rows are money with the mean's 95% interval too.
std::vector<std::vector<Cell>> quantile_rows(const ReportInputs& inputs, const Formats& f,
                                             const std::optional<std::vector<QuantileRow>> RunFiles::*file, bool money) {
  std::vector<std::vector<Cell>> rows;
  for (const RunFiles& run : inputs.runs) {
    if (!(run.*file)) continue;
    for (const QuantileRow& q : *(run.*file)) {
      lxw_format* format = money ? f.currency : format_for(f, present(q.name).quantity);
      auto& row = rows.emplace_back(std::vector<Cell>{text(run.summary.scenario), text(q.period), text(q.name),
                                                      number(q.mean, format), number(q.p05, format),
                                                      number(q.p50, format), number(q.p95, format)});
      if (money) {
        row.push_back(number(q.ci95_low, format));
        row.push_back(number(q.ci95_high, format));
      }
    }
  }
  return rows;
}

void by_year_sheet(lxw_workbook* book, const Formats& f, const ReportInputs& inputs) {
  if (!inputs.is_comparison()) {
    write_table(book, "By financial year", "ByFinancialYear", {"scenario", "financial_year", "metric", "mean", "p05", "p50", "p95"},
                quantile_rows(inputs, f, &RunFiles::yearly, false), {18, 14, 24, 14, 14, 14, 14}, "yearly.csv");
    return;
  }
  std::vector<std::vector<Cell>> rows;
  for (const auto& [metric, values] : inputs.comparison->by_financial_year) {
    lxw_format* format = format_for(f, present(metric).quantity);
    for (const ComparedValue& v : values)
      rows.push_back({text(v.scenario), text(v.financial_year), text(metric), number(v.mean, format), number(v.ci95_low, format),
                      number(v.ci95_high, format), number(v.difference, format), number(v.difference_ci95_low, format),
                      number(v.difference_ci95_high, format), number(v.cumulative_difference, format),
                      number(v.cumulative_difference_ci95_low, format), number(v.cumulative_difference_ci95_high, format)});
  }
  write_table(book, "By financial year", "ByFinancialYear",
              {"scenario", "financial_year", "metric", "mean", "ci95_low", "ci95_high", "difference", "difference_ci95_low",
               "difference_ci95_high", "cumulative_difference", "cumulative_difference_ci95_low", "cumulative_difference_ci95_high"},
              rows, {18, 14, 24, 14, 14, 14, 14, 20, 20, 22, 30, 30}, "comparison_by_year.csv");
}

void time_series_sheet(lxw_workbook* book, const Formats& f, const ReportInputs& inputs) {
  std::vector<std::vector<Cell>> rows;
  for (const RunFiles& run : inputs.runs)
    for (const QuantileRow& q : run.timeseries) {
      lxw_format* format = format_for(f, present(q.name).quantity);
      rows.push_back({text(run.summary.scenario), date(q.period, f.date), text(q.name), number(q.mean, format),
                      number(q.p05, format), number(q.p50, format), number(q.p95, format)});
    }
  write_table(book, "Time series", "TimeSeries", {"scenario", "date", "metric", "mean", "p05", "p50", "p95"}, rows,
              {18, 12, 30, 12, 12, 12, 12}, "timeseries.csv");
}

void assumptions_sheet(lxw_workbook* book, const Formats& f, const ReportInputs& inputs) {
  std::vector<std::vector<Cell>> rows;
  for (const RunFiles& run : inputs.runs)
    for (const auto& p : run.parameters)
      rows.push_back({text(run.summary.scenario), text(p.path),
                      scenario_value(run.assumption(p), p.is_number, f.as_written),
                      text(parameter_unit(p.path))});
  write_table(book, "Assumptions", "Assumptions", {"scenario", "setting", "value", "unit"}, rows, {18, 60, 28, 18},
              "scenario.yaml");
}

}  // namespace

void write_workbook(const ReportInputs& inputs, const ReportContent& content, const std::filesystem::path& file) {
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  lxw_workbook* book = workbook_new_opt(file.c_str(), &options);
  if (!book) throw std::runtime_error("report.xlsx: cannot create " + file.string());
  // A fixed creation time (the horizon's start) keeps the file identical for the same results.
  const RunSummary& first = inputs.runs.front().summary;
  const auto start = kernel::Date::parse(first.start_date);
  std::string title = "caresim: " + first.scenario;
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.created = start ? static_cast<time_t>(start->serial()) * 86'400 : 0;  // seconds since 1970
  workbook_set_properties(book, &properties);

  const Formats formats = make_formats(book);
  try {
    summary_sheet(book, formats, inputs, content);
    kpi_sheet(book, formats, inputs);
    write_table(book, "Costs by financial year", "Costs",
                {"scenario", "financial_year", "line", "mean", "p05", "p50", "p95", "ci95_low", "ci95_high"},
                quantile_rows(inputs, formats, &RunFiles::costs, true), {18, 14, 30, 14, 14, 14, 14, 14, 14},
                "costs.csv");
    by_year_sheet(book, formats, inputs);
    time_series_sheet(book, formats, inputs);
    assumptions_sheet(book, formats, inputs);
  } catch (...) {
    workbook_close(book);
    throw;
  }
  check(workbook_close(book), "writing the file");
}

}  // namespace caresim::report
