#include "kernel/calendar.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace caresim::kernel {

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](std::size_t from, std::size_t length) -> std::optional<int> {
    int value = 0;
    const char* first = text.data() + from;
    const auto [end, error] = std::from_chars(first, first + length, value);
    if (error != std::errc{} || end != first + length) return std::nullopt;
    return value;
  };
  const auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1 || *d > days_in_month(*y, *m)) return std::nullopt;
  return from_ymd(*y, *m, *d);
}

std::string Date::iso() const {
  const Civil c = civil_from_days(serial_);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buffer;
}

Date Date::plus_years(int years) const {
  const Civil c = civil_from_days(serial_);
  const int year = c.year + years;
  // In English law someone born on 29 February comes of age on 1 March in a common year.
  if (c.month == 2 && c.day == 29 && !is_leap_year(year)) return from_ymd(year, 3, 1);
  return from_ymd(year, c.month, c.day);
}

Date Date::month_end() const {
  const Civil c = civil_from_days(serial_);
  return from_ymd(c.year, c.month, days_in_month(c.year, c.month));
}

Date Date::next_31_march() const {
  const Civil c = civil_from_days(serial_);
  const Date this_year = from_ymd(c.year, 3, 31);
  return *this <= this_year ? this_year : from_ymd(c.year + 1, 3, 31);
}

Date latest_birth_date(Date on, int age) {
  const Civil o = civil_from_days(on.serial());
  const int year = o.year - age;
  // Born in `year`, on or before o's day and month: 29 February, in a common year, is 28th.
  return Date::from_ymd(year, o.month, std::min(o.day, days_in_month(year, o.month)));
}

}  // namespace caresim::kernel
