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
  // The first tick of 1 April 2026 closes 2025-26 (the (start, end] rule); the next opens 2026-27.
  const auto april_2026 = clock.start_of(Date::from_ymd(2026, 4, 1));
  REQUIRE(window.financial_year_of(april_2026) == 0);
  REQUIRE(window.financial_year_of(april_2026 + 1) == 1);
  REQUIRE(window.financial_year_of(window.end) == 2);
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
