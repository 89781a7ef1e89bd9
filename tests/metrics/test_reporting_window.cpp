#include <algorithm>

#include <catch2/catch.hpp>

#include "metrics/reporting_window.hpp"

using caresim::kernel::Clock;
using caresim::kernel::Date;
using caresim::metrics::ReportingWindow;

TEST_CASE("A horizon from 1 April is cut into whole financial years", "[metrics]") {
  const Clock clock(Date::from_ymd(2020, 4, 1));
  const auto window = ReportingWindow::of(clock, Date::from_ymd(2025, 4, 1), 3);
  REQUIRE(window.financial_years == std::vector<std::string>{"2025-26", "2026-27", "2027-28"});
  REQUIRE(window.financial_year_ends.back() == window.end);
  // A fact at the first tick of 1 April 2026 is in 2026-27 (the [start, end) rule), the
  // tick before in 2025-26; the snapshot at that first tick is the last of 2025-26.
  const auto april_2026 = clock.start_of(Date::from_ymd(2026, 4, 1));
  REQUIRE(window.financial_year_of(april_2026 - 1) == 0);
  REQUIRE(window.financial_year_of(april_2026) == 1);
  REQUIRE(window.financial_year_of(window.end - 1) == 2);
  CHECK(window.counts_fact_at(window.start));
  CHECK_FALSE(window.counts_fact_at(window.end));
  CHECK_FALSE(window.contains(window.start));
  CHECK(window.contains(window.end));
}

TEST_CASE("A horizon starting mid-year has a part year at each end", "[metrics]") {
  const Clock clock(Date::from_ymd(2024, 1, 1));
  const auto window = ReportingWindow::of(clock, Date::from_ymd(2025, 1, 1), 1);
  REQUIRE(window.financial_years == std::vector<std::string>{"2024-25", "2025-26"});
  REQUIRE(window.financial_year_ends.front() == clock.end_of(Date::from_ymd(2025, 3, 31)));
  REQUIRE(window.financial_year_ends.back() == clock.start_of(Date::from_ymd(2026, 1, 1)));
}

TEST_CASE("A financial year across the turn of a century keeps two digits", "[metrics]") {
  const Clock clock(Date::from_ymd(2099, 4, 1));
  REQUIRE(ReportingWindow::of(clock, Date::from_ymd(2099, 4, 1), 1).financial_years.front() == "2099-00");
}

TEST_CASE("Every tick of a long horizon falls in the financial year a binary search finds", "[metrics]") {
  const Clock clock(Date::from_ymd(1990, 7, 15));
  const auto window = ReportingWindow::of(clock, Date::from_ymd(1995, 9, 30), 250);
  const auto& ends = window.financial_year_ends;
  // Around every year end, and a spread of ticks in between.
  std::vector<caresim::kernel::Ticks> ticks;
  for (const auto end : ends)
    for (const caresim::kernel::Ticks offset : {-2 * caresim::kernel::kTicksPerDay, -1L, 0L, 1L, 2 * caresim::kernel::kTicksPerDay})
      ticks.push_back(end + offset);
  for (auto t = window.start; t < window.end; t += 7 * caresim::kernel::kTicksPerDay + 13) ticks.push_back(t);
  for (const auto t : ticks) {
    if (!window.counts_fact_at(t)) continue;
    const auto expected = static_cast<std::size_t>(std::upper_bound(ends.begin(), ends.end(), t) - ends.begin());
    REQUIRE(window.financial_year_of(t) == expected);
  }
}
