#include <catch2/catch.hpp>

#include <limits>

#include "kernel/calendar.hpp"

using caresim::kernel::Clock;
using caresim::kernel::Date;
using caresim::kernel::kTicksPerDay;

TEST_CASE("dates parse, print and count days like the civil calendar", "[kernel][calendar]") {
  const Date d = *Date::parse("2025-04-01");
  CHECK(d.year() == 2025);
  CHECK(d.month() == 4);
  CHECK(d.day() == 1);
  CHECK(d.iso() == "2025-04-01");
  CHECK(Date::from_ymd(1970, 1, 1).serial() == 0);
  CHECK(*Date::parse("2026-04-01") - d == 365);
  CHECK(*Date::parse("2024-04-01") - *Date::parse("2023-04-01") == 366);  // 29 Feb 2024
  CHECK(Date::from_ymd(1969, 12, 31).serial() == -1);
}

TEST_CASE("text that is not a real date is rejected", "[kernel][calendar]") {
  CHECK_FALSE(Date::parse("2025-02-29"));
  CHECK_FALSE(Date::parse("2025-13-01"));
  CHECK_FALSE(Date::parse("2025-4-1"));
  CHECK_FALSE(Date::parse("yesterday"));
  CHECK(Date::parse("2024-02-29"));
}

TEST_CASE("leap years follow the Gregorian rules", "[kernel][calendar]") {
  CHECK(caresim::kernel::is_leap_year(2024));
  CHECK_FALSE(caresim::kernel::is_leap_year(2100));
  CHECK(caresim::kernel::is_leap_year(2000));
  CHECK(caresim::kernel::days_in_month(2024, 2) == 29);
  CHECK(caresim::kernel::days_in_month(2025, 2) == 28);
}

TEST_CASE("month ends and 31 March are found from any day", "[kernel][calendar]") {
  CHECK(Date::from_ymd(2025, 2, 10).month_end() == Date::from_ymd(2025, 2, 28));
  CHECK(Date::from_ymd(2024, 2, 10).month_end() == Date::from_ymd(2024, 2, 29));
  CHECK(Date::from_ymd(2025, 12, 31).month_end() == Date::from_ymd(2025, 12, 31));
  CHECK(Date::from_ymd(2025, 4, 1).next_31_march() == Date::from_ymd(2026, 3, 31));
  CHECK(Date::from_ymd(2026, 3, 31).next_31_march() == Date::from_ymd(2026, 3, 31));
  CHECK(Date::from_ymd(2026, 1, 15).next_31_march() == Date::from_ymd(2026, 3, 31));
}

TEST_CASE("birthdays and ages count whole years, leap-day births coming of age on 1 March", "[kernel][calendar]") {
  const Date born = Date::from_ymd(2008, 2, 29);
  CHECK(born.plus_years(18) == Date::from_ymd(2026, 3, 1));
  CHECK(born.plus_years(16) == Date::from_ymd(2024, 2, 29));
  CHECK(caresim::kernel::age_in_years(born, Date::from_ymd(2026, 2, 28)) == 17);
  CHECK(caresim::kernel::age_in_years(born, Date::from_ymd(2026, 3, 1)) == 18);
  CHECK(caresim::kernel::age_in_years(Date::from_ymd(2010, 6, 15), Date::from_ymd(2025, 6, 14)) == 14);
  CHECK(caresim::kernel::age_in_years(Date::from_ymd(2010, 6, 15), Date::from_ymd(2025, 6, 15)) == 15);
}

TEST_CASE("the latest birth date for an age splits everyone born around it by age", "[kernel][calendar]") {
  using caresim::kernel::age_in_years;
  using caresim::kernel::latest_birth_date;
  CHECK(latest_birth_date(Date::from_ymd(2024, 2, 29), 17) == Date::from_ymd(2007, 2, 28));
  CHECK(latest_birth_date(Date::from_ymd(2026, 3, 31), 16) == Date::from_ymd(2010, 3, 31));
  // Every day of four years (two 29 Februaries), against births a week either side of the
  // latest birth date for ages 0, 1, 16 and 18.
  for (Date on = Date::from_ymd(2023, 1, 1); on < Date::from_ymd(2027, 1, 1); on = on.plus_days(1))
    for (const int age : {0, 1, 16, 18}) {
      const Date latest = latest_birth_date(on, age);
      for (int offset = -7; offset <= 7; ++offset) {
        const Date born = latest.plus_days(offset);
        REQUIRE((age_in_years(born, on) >= age) == (born <= latest));
      }
    }
}

TEST_CASE("a birthday found from the year and day of birth is the date plus the years", "[kernel][calendar]") {
  using caresim::kernel::year_day;
  // Births on every day of two years around 29 February 2024, at ages 0 to 21.
  for (Date born = Date::from_ymd(2023, 3, 1); born < Date::from_ymd(2025, 3, 1); born = born.plus_days(1))
    for (int age = 0; age <= 21; ++age) REQUIRE(caresim::kernel::birthday(year_day(born), age) == born.plus_years(age));
  CHECK(caresim::kernel::birthday(year_day(Date::from_ymd(2008, 2, 29)), 18) == Date::from_ymd(2026, 3, 1));
  // Century years: 2100 has no 29 February, 2000 had one.
  CHECK(caresim::kernel::birthday(year_day(Date::from_ymd(2096, 2, 29)), 4) == Date::from_ymd(2100, 3, 1));
  CHECK(caresim::kernel::birthday(year_day(Date::from_ymd(1996, 2, 29)), 4) == Date::from_ymd(2000, 2, 29));
}

TEST_CASE("the clock maps ticks to dates and back from the start date", "[kernel][calendar]") {
  const Clock clock(Date::from_ymd(2025, 4, 1));
  CHECK(clock.start_of(Date::from_ymd(2025, 4, 1)) == 0);
  CHECK(clock.end_of(Date::from_ymd(2025, 4, 1)) == kTicksPerDay);
  CHECK(clock.date_at(kTicksPerDay - 1) == Date::from_ymd(2025, 4, 1));
  CHECK(clock.date_at(kTicksPerDay) == Date::from_ymd(2025, 4, 2));
  CHECK(clock.date_at(-1) == Date::from_ymd(2025, 3, 31));
  CHECK(clock.start_of(Date::from_ymd(2026, 4, 1)) == 365 * kTicksPerDay);
}

TEST_CASE("a delay too long for the clock, infinite or NaN comes to the same tick, after any run", "[kernel][calendar]") {
  using caresim::kernel::days_to_ticks;
  using caresim::kernel::kNeverDays;
  const auto never = days_to_ticks(kNeverDays);
  CHECK(days_to_ticks(1.5) == 3 * kTicksPerDay / 2);
  CHECK(days_to_ticks(1e300) == never);
  CHECK(days_to_ticks(std::numeric_limits<double>::infinity()) == never);
  CHECK(days_to_ticks(std::numeric_limits<double>::quiet_NaN()) == never);
  CHECK(never > days_to_ticks(2000 * caresim::kernel::kDaysPerYear));  // the longest run with its warm-up
  CHECK(never < std::numeric_limits<caresim::kernel::Ticks>::max() / 1000);
}

TEST_CASE("every day from year -32767 to 32767 converts to its date and back", "[kernel][calendar]") {
  // Walks the calendar a day at a time from 1 January -32767, an oracle independent of the
  // arithmetic under test.
  Date date = Date::from_ymd(-32767, 1, 1);
  REQUIRE(date.serial() == -12'687'428);
  std::int64_t mismatches = 0;
  for (int year = -32767; year <= 32767; ++year)
    for (int month = 1; month <= 12; ++month)
      for (int day = 1; day <= caresim::kernel::days_in_month(year, month); ++day) {
        if (date.year() != year || date.month() != month || date.day() != day ||
            Date::from_ymd(year, month, day) != date)
          ++mismatches;
        date = date.plus_days(1);
      }
  CHECK(mismatches == 0);
}
