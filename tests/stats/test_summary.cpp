#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "stats/summary.hpp"

using caresim::stats::summarize;

TEST_CASE("the summary of known values has the textbook mean, t interval and quantiles", "[stats]") {
  const std::vector<double> values{2, 4, 4, 4, 5, 5, 7, 9};
  const auto s = summarize(values);
  REQUIRE(s);
  CHECK(s->n == 8);
  CHECK(s->mean == Approx(5.0));
  // Sample sd = sqrt(32/7); t(0.975, 7) = 2.364624.
  const double half = 2.364624 * std::sqrt(32.0 / 7) / std::sqrt(8.0);
  CHECK(s->ci95_low == Approx(5.0 - half).epsilon(1e-6));
  CHECK(s->ci95_high == Approx(5.0 + half).epsilon(1e-6));
  // Type 7 quantiles, as R's quantile(x, c(.05, .5, .95)) gives: 2.7, 4.5, 8.3.
  CHECK(s->p05 == Approx(2.7));
  CHECK(s->p50 == Approx(4.5));
  CHECK(s->p95 == Approx(8.3));
}

TEST_CASE("n/a values are left out, and a KPI with no value at all has no summary", "[stats]") {
  const double na = std::numeric_limits<double>::quiet_NaN();
  const auto s = summarize(std::vector<double>{1, na, 3});
  REQUIRE(s);
  CHECK(s->n == 2);
  CHECK(s->mean == Approx(2.0));
  CHECK_FALSE(summarize(std::vector<double>{na, na}));
  CHECK_FALSE(summarize(std::vector<double>{}));
}

TEST_CASE("a single replication gives its value and an unknown interval, never a zero-width one", "[stats]") {
  const auto s = summarize(std::vector<double>{3.5});
  REQUIRE(s);
  CHECK(s->mean == 3.5);
  CHECK(std::isnan(s->ci95_low));
  CHECK(std::isnan(s->ci95_high));
  CHECK(s->p05 == 3.5);
  CHECK(s->p95 == 3.5);
}

TEST_CASE("an interval is cut to the values the quantity can take, and only then", "[stats]") {
  using caresim::stats::with_interval_within;
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  // A rare count: mean 0.25, sd 0.5, t(0.975, 3) = 3.182446, so the t-interval starts below 0.
  const auto rare = summarize(std::vector<double>{0, 0, 0, 1});
  REQUIRE(rare);
  const double half = 3.182446 * 0.5 / 2;
  REQUIRE(rare->ci95_low == Approx(0.25 - half).epsilon(1e-6));
  const auto count = with_interval_within(*rare, 0, kInfinity);
  CHECK(count.ci95_low == 0);
  CHECK(count.ci95_high == Approx(0.25 + half).epsilon(1e-6));
  CHECK(count.mean == rare->mean);
  // A share near 1 is cut at 1; one well inside its range keeps its interval.
  const auto near_one = summarize(std::vector<double>{1, 1, 1, 0.9});
  REQUIRE(near_one);
  REQUIRE(near_one->ci95_high > 1);
  CHECK(with_interval_within(*near_one, 0, 1).ci95_high == 1);
  CHECK(with_interval_within(*near_one, 0, 1).ci95_low == near_one->ci95_low);
  // One value: the interval stays unknown.
  const auto single = with_interval_within(*summarize(std::vector<double>{-2}), 0, 1);
  CHECK(std::isnan(single.ci95_low));
  CHECK(std::isnan(single.ci95_high));
}
