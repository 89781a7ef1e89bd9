#include "report/parameter_unit.hpp"

#include <array>
#include <span>
#include <string_view>
#include <utility>

#include "report/kpi_presentation.hpp"

namespace caresim::report {
namespace {

// The last segment of a key path, without a list index: "roads[0].miles" -> "miles".
std::string_view segment(std::string_view path, std::size_t from_end) {
  for (;;) {
    const auto bracket = path.rfind('[');
    const auto dot = path.rfind('.');
    if (bracket != std::string_view::npos && (dot == std::string_view::npos || bracket > dot)) {
      path = path.substr(0, bracket);
      continue;
    }
    if (from_end == 0) return dot == std::string_view::npos ? path : path.substr(dot + 1);
    if (dot == std::string_view::npos) return {};
    path = path.substr(0, dot);
    --from_end;
  }
}

std::string unit_of(std::string_view key, bool holds_the_value) {
  // A price per something: "gbp_per_enquiry" is £ per enquiry (a value, or a map of them).
  if (key.starts_with("gbp_per_")) return "£ per " + name_in_words(key.substr(8));  // "household per year"
  // Whole keys that scenarios/README.md defines: values, and maps of shares or chances
  // (a household's `locality` map holds shares; a home's `locality` is a name).
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kValues{{
      {"years", "years"},
      {"days_per_year", "days a year"},  // an agency worker's days paid, not a rate
      {"share", "share 0-1"},
      {"availability", "probability 0-1"},
      {"miles", "miles"},
      {"probability", "probability 0-1"},
      {"chance", "probability 0-1"},
      {"chance_per_search", "probability 0-1"},
      {"newborn_share_under_1", "share 0-1"},
      {"takes_sibling_groups", "share 0-1"},
      {"need_above_skill_levels", "need levels"}}};
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kMaps{{
      {"chance_by_age", "probability 0-1"},
      {"found_at_entry", "probability 0-1"},
      {"age_at_entry", "share 0-1"},
      {"need_level", "share 0-1"},
      {"skill", "share 0-1"},
      {"approved_ages", "share 0-1"},
      {"locality", "share 0-1"},
      {"sibling_group_size", "share 0-1"},
      {"unaccompanied_asylum_seeking", "probability 0-1"},
      {"age_band", "factor"},
      {"establishment_fte_by_locality", "FTE"},
  }};
  using Entries = std::span<const std::pair<std::string_view, std::string_view>>;
  for (const auto& [name, unit] : holds_the_value ? Entries(kValues) : Entries(kMaps))
    if (key == name) return std::string(unit);
  // Then the units in key names (a whole key above first: days_per_year is days, not a rate).
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kSuffixes{{
      {"_gbp_per_week", "£ per week"},
      {"_gbp_per_night", "£ per night"},
      {"_gbp_per_year", "£ per year"},
      {"_gbp", "£"},
      {"_per_year", "per year"},
      {"_per_week", "per week"},
      {"_days", "days"},
      {"_weeks", "weeks"},
      {"_years", "years"},
      {"_miles", "miles"},
      {"_share", "share 0-1"},
      {"_shares", "share 0-1"},
      {"_date", "date"},
      {"_probability", "probability 0-1"},
      {"_factor", "factor"},
      {"_fte", "FTE"},
  }};
  for (const auto& [suffix, unit] : kSuffixes)
    if (key.size() > suffix.size() && key.substr(key.size() - suffix.size()) == suffix) return std::string(unit);
  return {};
}

}  // namespace

std::string parameter_unit(const std::string& key_path) {
  // The breakdown factors multiply a hazard, whatever their names say (over_20_miles).
  if (segment(key_path, 1) == "factors" && segment(key_path, 0) != "earlier_breakdowns_counted") return "factor";
  const std::string own = unit_of(segment(key_path, 0), true);
  return own.empty() ? unit_of(segment(key_path, 1), false) : own;
}

}  // namespace caresim::report
