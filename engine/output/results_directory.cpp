#include "output/results_directory.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <string_view>

namespace caresim::output {
namespace {

// Every file caresim writes into a results directory: a run's, a sweep's or a comparison's.
constexpr std::array<std::string_view, 14> kResultFiles = {
    "summary.json", "timeseries.csv", "kpis_by_replication.csv", "costs.csv", "costs_by_replication.csv",
    "yearly.csv", "scenario.yaml", "report.html", "report.xlsx", "sweep.json", "sweep.csv",
    "comparison.json", "comparison.csv", "comparison_by_year.csv"};
// One of them is always written: a directory without any is not results.
constexpr std::array<std::string_view, 3> kAlwaysWritten = {"summary.json", "sweep.json", "comparison.json"};

bool listed(std::span<const std::string_view> names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// A report left half-written when `caresim report` was stopped: ".report.html.partial-PID".
bool left_over_report(std::string_view name) {
  const std::size_t partial = name.find(".partial-");
  return name.starts_with('.') && partial != std::string_view::npos && listed(kResultFiles, name.substr(1, partial - 1));
}

// `nested`: inside results, where only run directories are found, which hold files alone.
std::string first_foreign(const std::filesystem::path& directory, bool nested) {
  namespace fs = std::filesystem;
  std::error_code error;
  bool marked = false;
  for (fs::directory_iterator entry(directory, error), end; !error && entry != end; entry.increment(error)) {
    const std::string name = entry->path().filename().string();
    std::error_code kind_error;
    if (entry->is_directory(kind_error)) {
      if (nested) return name;
      if (const std::string inside = first_foreign(entry->path(), true); !inside.empty()) return name + "/" + inside;
    } else if (!listed(kResultFiles, name) && !left_over_report(name)) {
      return name;
    }
    marked = marked || listed(kAlwaysWritten, name);
  }
  if (error) return "(cannot be listed: " + error.message() + ")";
  return marked ? "" : "(no summary.json, sweep.json or comparison.json)";
}

}  // namespace

std::string first_foreign_entry(const std::filesystem::path& directory) { return first_foreign(directory, false); }

}  // namespace caresim::output
