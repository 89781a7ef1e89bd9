// Reads numbers, whole numbers and dates from the text of a YAML scalar, saying what is wrong
// when it cannot, and writes numbers back so that they read the same.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "kernel/calendar.hpp"

namespace caresim::scenario {

template <class T>
struct Parsed {
  T value{};
  std::string problem;  // empty when `value` is good, else e.g. "must be a number, got 'abc'"
};

Parsed<double> parse_number(std::string_view text);  // finite
Parsed<int> parse_int(std::string_view text);
Parsed<std::uint64_t> parse_uint64(std::string_view text);
// Years of this world, so that a run's dates, a thousand years of warm-up or horizon either
// side at most, stay within those the calendar computes exactly (kernel/civil_days.hpp).
inline constexpr int kFirstYear = 1900, kLastYear = 2200;

Parsed<kernel::Date> parse_date(std::string_view text);  // YYYY-MM-DD, a real date from kFirstYear to kLastYear

// The shortest text that reads back as exactly `value`: 450, 0.25, 1e-07; whole numbers in
// full: 900000.
std::string format_number(double value);
// A sum of numbers written as decimals, to nine places: shares add up with binary noise
// (0.5 + 0.44 is 0.9400000000000001), and nine places hide it yet still show any sum the
// checks (to 1e-6) refuse.
std::string format_sum(double value);

}  // namespace caresim::scenario
