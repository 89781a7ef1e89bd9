#include "scenario/scalar_text.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

namespace caresim::scenario {
namespace {

std::string_view without_plus(std::string_view text) {
  if (text.starts_with('+')) text.remove_prefix(1);
  return text;
}

std::string quoted(std::string_view text) {
  std::string result = "'";  // built up in place: GCC 12 misreads "'" + string as overlapping
  result += text;
  result += '\'';
  return result;
}

template <class Int>
Parsed<Int> parse_whole(std::string_view text) {
  const std::string_view digits = without_plus(text);
  Int value{};
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error == std::errc{} && end == digits.data() + digits.size()) return {value, ""};

  // Not plain digits: say whether it is no number, a fraction, or out of range.
  const Parsed<double> number = parse_number(text);
  if (!number.problem.empty() || number.value != std::floor(number.value))
    return {{}, "must be a whole number, got " + quoted(text)};
  using Limits = std::numeric_limits<Int>;
  // 2^digits is one past the largest Int and, unlike it, exact as a double.
  if (number.value < static_cast<double>(Limits::min()))
    return {{}, "must be >= " + std::to_string(Limits::min()) + ", got " + std::string(text)};
  if (number.value >= std::ldexp(1.0, Limits::digits))
    return {{}, "must be <= " + std::to_string(Limits::max()) + ", got " + std::string(text)};
  return {static_cast<Int>(number.value), ""};  // written as 3.0 or 1e3
}

}  // namespace

Parsed<double> parse_number(std::string_view text) {
  const std::string_view digits = without_plus(text);
  double value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc{} || end != digits.data() + digits.size() || !std::isfinite(value))
    return {0, "must be a number, got " + quoted(text)};
  // Near the smallest double a number loses digits, and other readers (std::stod) refuse it;
  // nothing a scenario counts is that small.
  constexpr double kSmallest = 1e-300;
  if (value != 0 && std::abs(value) < kSmallest)
    return {0, "is too small: write 0, or a number at least 1e-300 in size, got " + quoted(text)};
  return {value, ""};
}

Parsed<int> parse_int(std::string_view text) { return parse_whole<int>(text); }

Parsed<std::uint64_t> parse_uint64(std::string_view text) {
  return parse_whole<std::uint64_t>(text);
}

Parsed<kernel::Date> parse_date(std::string_view text) {
  const std::optional<kernel::Date> date = kernel::Date::parse(text);
  const auto written_as_date = [text] {
    for (std::size_t i = 0; i < text.size(); ++i)
      if (i == 4 || i == 7 ? text[i] != '-' : !std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return text.size() == 10;
  };
  if (!date && written_as_date()) return {{}, "must be a day of the calendar, got " + quoted(text) + " (there is no such day)"};
  if (!date) return {{}, "must be a date written YYYY-MM-DD, got " + quoted(text)};
  if (date->year() < kFirstYear || date->year() > kLastYear)
    return {{}, "must be a date from " + std::to_string(kFirstYear) + " to " + std::to_string(kLastYear) + ", got " +
                    quoted(text)};
  return {*date, ""};
}

std::string format_number(double value) {
  char buffer[32];
  // Whole numbers in full, 900000 rather than the shorter 9e+05: sums of money read so.
  constexpr double kWrittenInFullBelow = 1e15;
  const bool whole = value == std::floor(value) && std::abs(value) < kWrittenInFullBelow;
  const auto [end, error] = whole ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                                  : std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, error == std::errc{} ? end : buffer);
}

std::string format_sum(double value) {
  constexpr double kPlaces = 1e9;
  return format_number(std::round(value * kPlaces) / kPlaces);
}

}  // namespace caresim::scenario
