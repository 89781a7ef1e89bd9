#include "kernel/calendar.hpp"

#include <charconv>
#include <cstdio>

namespace caresim::kernel {
namespace {

// Days since 1970-01-01 for a civil date, and back (H. Hinnant's public-domain algorithms).
std::int32_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Civil {
  int year, month, day;
};

Civil civil_from_days(std::int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp < 10 ? mp + 3 : mp - 9;
  return {yoe + era * 400 + (m <= 2), m, d};
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

Date Date::from_ymd(int year, int month, int day) { return Date{days_from_civil(year, month, day)}; }

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

int Date::year() const { return civil_from_days(serial_).year; }
int Date::month() const { return civil_from_days(serial_).month; }
int Date::day() const { return civil_from_days(serial_).day; }

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

int age_in_years(Date born, Date on) {
  const Civil b = civil_from_days(born.serial()), o = civil_from_days(on.serial());
  int age = o.year - b.year;
  if (o.month < b.month || (o.month == b.month && o.day < b.day)) --age;
  return age;
}

Date Clock::date_at(Ticks t) const {
  const Ticks day = t >= 0 ? t / kTicksPerDay : (t - kTicksPerDay + 1) / kTicksPerDay;
  return start_.plus_days(static_cast<std::int32_t>(day));
}

}  // namespace caresim::kernel
