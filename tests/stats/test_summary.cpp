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
