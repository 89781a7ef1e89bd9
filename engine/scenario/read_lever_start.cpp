#include "scenario/read_sections.hpp"

namespace caresim::scenario {
namespace {

// A lever begun in the warm-up would show its effects in the horizon without its beginning
// (and its costs are counted in the horizon only); begun after, it would change nothing.
void check_lever_start(MapReader& lever, std::string_view key, const std::optional<kernel::Date>& start,
                       const LeverChecks& checks, std::string_view whole_run = {}) {
  if (!start || !checks.horizon) return;
  const RunSettings& run = *checks.horizon;
  const kernel::Date end = run.start_date.plus_years(run.years);
  if (*start < run.start_date)
    lever.report(key, "is before the reported horizon starts (run.start_date, " + run.start_date.iso() +
                          "): the horizon would show its effects without its beginning, or what it cost then; "
                          "set it on or after that day" +
                          (whole_run.empty() ? "" : ", or leave " + std::string(key) + " out " +
                                                        std::string(whole_run)));
  else if (*start >= end)
    lever.report(key, "is on or after the reported horizon ends (" + end.iso() + "): it would change nothing");
}

}  // namespace

std::optional<kernel::Date> optional_lever_start(MapReader& lever, std::string_view key, const LeverChecks& checks,
                                                 std::string_view in_place, std::string_view how_long) {
  const auto start = lever.if_present<kernel::Date>(key);
  check_lever_start(lever, key, start, checks, "for " + std::string(in_place) + " " + std::string(how_long));
  return start;
}

kernel::Date required_lever_start(MapReader& lever, std::string_view key, const LeverChecks& checks) {
  const int problems = lever.problems_so_far();
  const auto start = lever.required<kernel::Date>(key);
  if (lever.problems_so_far() == problems) check_lever_start(lever, key, start, checks);
  return start;
}

}  // namespace caresim::scenario
