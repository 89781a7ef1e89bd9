// A rate with seasons and a trend: the wait it gives is where the rate's running total
// reaches the base days asked for, checked against the total worked out day by day.
#include <algorithm>
#include <cmath>
#include <limits>

#include <catch2/catch.hpp>

#include "kernel/calendar_rate.hpp"
#include "rate_theory.hpp"

namespace caresim::kernel {
namespace {

using testing::accrued;

const Date kStart = Date::from_ymd(2025, 4, 1);
const CalendarRate::MonthShares kShares = {0.3, 0, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.1, 0.05, 0.05};

}  // namespace

TEST_CASE("a rate without seasons or trend waits exactly the base days", "[kernel]") {
  const CalendarRate rate;
  CHECK(rate.wait(0, 12.5, kTicksPerDay * 10) == days_to_ticks(12.5));
  CHECK(rate.multiple(100) == 1);
}

TEST_CASE("a month's share of the year falls evenly over its days", "[kernel]") {
  const Clock clock(kStart);
  const CalendarRate rate(clock, kShares, std::nullopt);
  const auto day = [&clock](int y, int m, int d) { return ticks_to_days(clock.start_of(Date::from_ymd(y, m, d))); };
  CHECK(rate.multiple(day(2026, 1, 15)) == Approx(0.3 * 365.25 / 31));
  CHECK(rate.multiple(day(2026, 2, 15)) == 0);
  CHECK(rate.multiple(day(2026, 4, 30)) == Approx(0.1 * 365.25 / 30));
  // A calendar year brings a base year's arrivals, leap or not: a base year's worth from
  // 1 January is accrued at the first moment of the next 1 January.
  for (const int year : {2026, 2028}) {
    const Ticks from = clock.start_of(Date::from_ymd(year, 1, 1)), to = clock.start_of(Date::from_ymd(year + 1, 1, 1));
    const auto wait = rate.wait(from, kDaysPerYear, to + 1);
    REQUIRE(wait);
    CHECK(std::abs(from + *wait - to) <= 1);
  }
}

TEST_CASE("the wait inverts the running total of a rate with seasons and a trend", "[kernel]") {
  const Clock clock(kStart);
  const CalendarRate::Trend trend{GENERATE(0.05, -0.3), Date::from_ymd(2026, 7, 10), Date::from_ymd(2030, 7, 10)};
  const CalendarRate rate(clock, kShares, trend);
  const Ticks end = clock.start_of(Date::from_ymd(2060, 1, 1));
  for (const double from_day : {0.0, 100.25, 300.0, 466.0, 1500.5, 1900.0, 2000.0}) {
    for (const double base_days : {0.01, 1.0, 17.3, 200.0, 900.0}) {
      const Ticks from = days_to_ticks(from_day);
      INFO("from day " << from_day << ", " << base_days << " base days, trend " << trend.per_year);
      const auto wait = rate.wait(from, base_days, end);
      REQUIRE(wait);
      const double to_day = ticks_to_days(from + *wait);
      // Within the half-second rounding of the arrival's time: at most about 5 base days a day
      // (January's 0.3 of a year in 31 days, raised by the trend) accrue in it.
      CHECK(accrued(clock, kShares, trend, from_day, to_day) == Approx(base_days).epsilon(1e-9).margin(3.0 / kTicksPerDay));
    }
  }
}

TEST_CASE("before a trend starts, a rate without seasons waits as a constant one does", "[kernel]") {
  const Clock clock(kStart);
  const CalendarRate rate(clock, std::nullopt, CalendarRate::Trend{0.1, Date::from_ymd(2027, 4, 1), std::nullopt});
  // So a scenario with a trend has the same arrivals as one without until the trend starts.
  CHECK(rate.wait(days_to_ticks(3.7), 41.3, days_to_ticks(5000)) == days_to_ticks(41.3));
  CHECK(rate.wait(days_to_ticks(700), 41.3, days_to_ticks(5000)) != days_to_ticks(41.3));
}

TEST_CASE("nothing more arrives once the base days cannot accrue before the end", "[kernel]") {
  const Clock clock(kStart);
  // Halving each year for ever, the rate's whole future adds up to 365.25 / ln 2 = 527 base days.
  const CalendarRate falling(clock, std::nullopt, CalendarRate::Trend{-0.5, kStart, std::nullopt});
  const Ticks far = std::numeric_limits<Ticks>::max();
  CHECK(falling.wait(0, 520, far));
  CHECK_FALSE(falling.wait(0, 530, far));
  // With seasons, the same holds for the seasons' total, however it is cut into months.
  const CalendarRate::Trend halving{-0.5, kStart, std::nullopt};
  const CalendarRate seasonal_falling(clock, kShares, halving);
  // From April, and from a February, which has no share.
  for (const Ticks from : {Ticks{0}, clock.start_of(Date::from_ymd(2026, 2, 1))}) {
    const double total = accrued(clock, kShares, halving, ticks_to_days(from), 40000);  // what is left after is below 1e-30
    CHECK(seasonal_falling.wait(from, 0.999 * total, far));
    CHECK_FALSE(seasonal_falling.wait(from, 1.001 * total, far));
  }
  // And past the run's end.
  const CalendarRate seasonal(clock, kShares, std::nullopt);
  CHECK_FALSE(seasonal.wait(0, 400, days_to_ticks(365)));
}

}  // namespace caresim::kernel
