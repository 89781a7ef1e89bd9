#include "kernel/calendar.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace caresim::kernel {
namespace {

// Days since 1970-01-01 for a civil date, and back: C. Neri and L. Schneider's algorithms
// ("Euclidean affine functions and their application to calendar algorithms", 2022), which
// replace divisions by multiplications and shifts in unsigned arithmetic. Counting is shifted
// by kEras 400-year eras so that it never goes negative; exact for years -32767 to 32767.
constexpr std::uint32_t kEras = 82;
constexpr std::uint32_t kDayShift = 719'468 + 146'097 * kEras;  // 1970-01-01 to 0000-03-01, and the eras
constexpr std::uint32_t kYearShift = 400 * kEras;

std::int32_t days_from_civil(int year, int month, int day) {
  const std::uint32_t january_or_february = month <= 2;  // counted with the year before
  const std::uint32_t y = static_cast<std::uint32_t>(year) + kYearShift - january_or_february;
  const std::uint32_t m = january_or_february ? static_cast<std::uint32_t>(month) + 12 : static_cast<std::uint32_t>(month);
  const std::uint32_t century = y / 100;
  const std::uint32_t year_days = 1461 * y / 4 - century + century / 4;
  const std::uint32_t month_days = (979 * m - 2919) / 32;
  return static_cast<std::int32_t>(year_days + month_days + static_cast<std::uint32_t>(day) - 1 - kDayShift);
}

struct Civil {
  int year, month, day;
};

Civil civil_from_days(std::int32_t serial) {
  const std::uint32_t n = static_cast<std::uint32_t>(serial) + kDayShift;
  const std::uint32_t n1 = 4 * n + 3;
  const std::uint32_t century = n1 / 146'097;
  const std::uint32_t day_of_century = n1 % 146'097 / 4;
  const std::uint64_t p2 = std::uint64_t{2'939'745} * (4 * day_of_century + 3);
  const auto year_of_century = static_cast<std::uint32_t>(p2 >> 32);
  const std::uint32_t day_of_year = static_cast<std::uint32_t>(p2) / 2'939'745 / 4;  // from 1 March
  const std::uint32_t n3 = 2141 * day_of_year + 197'913;
  const std::uint32_t month = n3 >> 16;  // 3 (March) to 14 (February)
  const std::uint32_t day = (n3 & 0xFFFF) / 2141 + 1;
  const std::uint32_t january_or_february = day_of_year >= 306;
  return {static_cast<int>(100 * century + year_of_century + january_or_february - kYearShift),
          static_cast<int>(january_or_february ? month - 12 : month), static_cast<int>(day)};
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

YearDay year_day(Date d) {
  const Civil c = civil_from_days(d.serial());
  return {c.year, c.month * 32 + c.day};
}

Date birthday(YearDay born, int age) {
  const int year = born.year + age, month = born.month_day / 32, day = born.month_day % 32;
  if (month == 2 && day == 29 && !is_leap_year(year)) return Date::from_ymd(year, 3, 1);
  return Date::from_ymd(year, month, day);
}

int age_in_years(Date born, Date on) { return age_in_years(year_day(born), year_day(on)); }

Date latest_birth_date(Date on, int age) {
  const Civil o = civil_from_days(on.serial());
  const int year = o.year - age;
  // Born in `year`, on or before o's day and month: 29 February, in a common year, is 28th.
  return Date::from_ymd(year, o.month, std::min(o.day, days_in_month(year, o.month)));
}

Date Clock::date_at(Ticks t) const {
  const Ticks day = t >= 0 ? t / kTicksPerDay : (t - kTicksPerDay + 1) / kTicksPerDay;
  return start_.plus_days(static_cast<std::int32_t>(day));
}

}  // namespace caresim::kernel
