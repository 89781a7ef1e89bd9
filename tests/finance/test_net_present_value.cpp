#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "finance/net_present_value.hpp"
#include "finance/price_index.hpp"

using namespace caresim::finance;

TEST_CASE("the first year of the horizon is not discounted, year t by (1 + rate)^t", "[finance][npv]") {
  CHECK(discount_factor(0.035, 0) == 1.0);
  CHECK(discount_factor(0.035, 1) == Approx(1 / 1.035).epsilon(1e-15));
  CHECK(discount_factor(0.035, 10) == Approx(std::pow(1.035, -10)).epsilon(1e-15));
}

TEST_CASE("the net present value is the sum of each year's flow over (1 + rate)^t", "[finance][npv]") {
  const std::vector<double> flows = {1000, 2000, 500, 0, 4000};
  const double expected = 1000 + 2000 / 1.035 + 500 / (1.035 * 1.035) + 4000 / (1.035 * 1.035 * 1.035 * 1.035);
  CHECK(net_present_value(flows, 0.035) == Approx(expected).epsilon(1e-14));
  CHECK(net_present_value(flows, 0.0) == 7500);
  CHECK(net_present_value({}, 0.035) == 0);
}

TEST_CASE("a price index is 1 in its base year and compounds once a year either side of it", "[finance][inflation]") {
  const PriceIndex index(2025, 0.03);
  CHECK(index.factor(2025) == 1.0);
  CHECK(index.factor(2026) == Approx(1.03).epsilon(1e-15));
  CHECK(index.factor(2028) == Approx(1.03 * 1.03 * 1.03).epsilon(1e-15));
  CHECK(index.factor(2023) == Approx(1 / (1.03 * 1.03)).epsilon(1e-15));
}
