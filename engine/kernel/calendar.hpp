// Civil dates and the simulation clock: time runs in integer ticks from the run's start date.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kernel/civil_days.hpp"

namespace caresim::kernel {

// Simulation time in ticks since the start of the run. Integer, so that equal times compare
// equal and event order never depends on floating-point rounding.
using Ticks = std::int64_t;
inline constexpr Ticks kTicksPerDay = 86'400;  // one tick is one second
inline constexpr double kDaysPerYear = 365.25;
inline constexpr double kDaysPerWeek = 7;

// A delay this long (about 270 million years) comes after the end of any run; longer ones,
// infinity and NaN, which a wide distribution or a tiny rate can draw, are cut to it, since
// converting a double beyond the range of Ticks is undefined. Every time in a run plus a
// thousand such delays still fits in Ticks.
inline constexpr double kNeverDays = 1e11;
constexpr Ticks days_to_ticks(double days) {
  return static_cast<Ticks>((days < kNeverDays ? days : kNeverDays) * kTicksPerDay + 0.5);
}
constexpr double ticks_to_days(Ticks ticks) { return static_cast<double>(ticks) / kTicksPerDay; }

// Whether every time within `relative` of `days` comes to the same tick as `days` does: then
// a time worked out more cheaply, within that error of the exact one, may stand in for it.
constexpr bool same_tick_within(double days, double relative) {
  if (!(days >= 0 && days < 1e9)) return false;
  const double x = days * kTicksPerDay + 0.5;
  const double slack = 2 * relative * x;  // covers the relative error and the rounding of x
  return static_cast<Ticks>(x - slack) == static_cast<Ticks>(x + slack);
}

// A proleptic Gregorian date, held as days since 1970-01-01.
class Date {
 public:
  constexpr Date() = default;
  static constexpr Date from_ymd(int year, int month, int day) { return Date{days_from_civil(year, month, day)}; }
  static constexpr Date from_serial(std::int32_t days_since_epoch) { return Date{days_since_epoch}; }
  // Parses YYYY-MM-DD; nullopt when the text is not a real date.
  static std::optional<Date> parse(std::string_view text);

  constexpr int year() const { return civil_from_days(serial_).year; }
  constexpr int month() const { return civil_from_days(serial_).month; }
  constexpr int day() const { return civil_from_days(serial_).day; }
  constexpr std::int32_t serial() const { return serial_; }
  std::string iso() const;

  constexpr Date plus_days(std::int32_t days) const { return Date{serial_ + days}; }
  // The same day and month `years` later; 29 February becomes 1 March in common years.
  Date plus_years(int years) const;
  // The last day of this date's month.
  Date month_end() const;
  // The first 31 March on or after this date.
  Date next_31_march() const;

  friend constexpr auto operator<=>(Date, Date) = default;
  friend constexpr std::int32_t operator-(Date a, Date b) { return a.serial_ - b.serial_; }

 private:
  constexpr explicit Date(std::int32_t serial) : serial_(serial) {}
  std::int32_t serial_ = 0;
};

constexpr int days_in_month(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// A date's year and its place in the year (month * 32 + day): what counting birthdays needs,
// kept by whoever asks ages often, so that a question is a subtraction and a comparison.
struct YearDay {
  int year = 0;
  int month_day = 0;
};
constexpr YearDay year_day(Date d) {
  const Civil c = civil_from_days(d.serial());
  return {c.year, c.month * 32 + c.day};
}
// The day someone born on `born` turns `age` (as Date::plus_years: 29 February births on
// 1 March in common years).
constexpr Date birthday(YearDay born, int age) {
  const int year = born.year + age;
  if (born.month_day == 2 * 32 + 29 && !is_leap_year(year)) return Date::from_ymd(year, 3, 1);
  return Date::from_ymd(year, born.month_day / 32, born.month_day % 32);
}

// Whole years of age on `on` for someone born on `born` (birthdays counted on the day).
constexpr int age_in_years(YearDay born, YearDay on) {
  return on.year - born.year - (on.month_day < born.month_day ? 1 : 0);
}
constexpr int age_in_years(Date born, Date on) { return age_in_years(year_day(born), year_day(on)); }
// The last birth date of someone at least `age` years old on `on`: age_in_years(born, on) >=
// age exactly when born <= latest_birth_date(on, age). One date to compare against instead
// of an age to work out for each of many people.
Date latest_birth_date(Date on, int age);

// Maps between the run's calendar and its clock. Tick 0 is 00:00 on the start date; a date
// `d` "ends" at the first tick of the next day, which is when month-end snapshots are taken.
class Clock {
 public:
  explicit Clock(Date start) : start_(start) {}
  Date start() const { return start_; }
  Ticks start_of(Date d) const { return static_cast<Ticks>(d - start_) * kTicksPerDay; }
  Ticks end_of(Date d) const { return start_of(d) + kTicksPerDay; }
  // When something dated `from` begins (a lever's start date): the start of that day, or of
  // the simulation where it has no date (in place throughout) or one before it starts.
  Ticks begins_at(const std::optional<Date>& from) const { return from ? std::max<Ticks>(0, start_of(*from)) : 0; }
  // Ticks before the start belong to the days before it: the division rounds down.
  Date date_at(Ticks t) const {
    const Ticks day = t >= 0 ? t / kTicksPerDay : (t - kTicksPerDay + 1) / kTicksPerDay;
    return start_.plus_days(static_cast<std::int32_t>(day));
  }
  // When someone born on `born` is `years` old; a fraction of a year counts 365.25 days a year.
  Ticks at_age(YearDay born, double years) const {
    const int whole = static_cast<int>(years);
    return start_of(birthday(born, whole)) + days_to_ticks((years - whole) * kDaysPerYear);
  }

 private:
  Date start_;
};

}  // namespace caresim::kernel
