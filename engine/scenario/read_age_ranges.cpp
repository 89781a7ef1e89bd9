#include <algorithm>
#include <charconv>

#include "scenario/read_sections.hpp"

namespace caresim::scenario {
namespace {

// "A-B" in whole years, 0 <= A <= B <= 17; nullopt when the text is not such a range.
std::optional<AgeRangeValue> parse_age_range(std::string_view text) {
  const auto dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  AgeRangeValue range;
  const auto whole = [](std::string_view part, int& out) {
    const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), out);
    return error == std::errc{} && end == part.data() + part.size();
  };
  if (!whole(text.substr(0, dash), range.min_age) || !whole(text.substr(dash + 1), range.max_age)) return std::nullopt;
  if (range.min_age < 0 || range.max_age > kOldestInCare || range.min_age > range.max_age) return std::nullopt;
  return range;
}

}  // namespace

std::vector<AgeRangeValue> read_age_ranges(MapReader& ranges, Range range_of_values) {
  ranges.name_keys("age range");
  std::vector<AgeRangeValue> read;
  std::vector<std::string> written;  // each range's key, as written
  for (const std::string& key : ranges.keys()) {
    auto range = parse_age_range(key);
    const double value = ranges.required<double>(key, range_of_values);
    if (!range) {
      ranges.report(key, "an age range is written \"A-B\" in whole years from 0 to 17, got '" + key + "'");
      continue;
    }
    // Written differently ("00-17" and "0-17"), one range would count twice.
    const auto same = [&range](const AgeRangeValue& r) { return r.min_age == range->min_age && r.max_age == range->max_age; };
    if (const auto before = std::find_if(read.begin(), read.end(), same); before != read.end()) {
      ranges.report(key, "the age range '" + key + "' is given twice: it is '" + written[before - read.begin()] +
                             "' given before");
      continue;
    }
    range->value = value;
    read.push_back(*range);
    written.push_back(key);
  }
  return read;
}

}  // namespace caresim::scenario
