#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "kernel/random_stream.hpp"
#include "kernel/variates.hpp"

using namespace caresim::kernel;

TEST_CASE("a stream depends only on seed, replication and purpose", "[kernel][random]") {
  RandomStream a(42, 3, "arrivals"), b(42, 3, "arrivals");
  for (int i = 0; i < 100; ++i) REQUIRE(a() == b());
  RandomStream other_purpose(42, 3, "stays"), other_replication(42, 4, "arrivals"), other_seed(43, 3, "arrivals");
  RandomStream c(42, 3, "arrivals");
  const auto first = c();
  CHECK(other_purpose() != first);
  CHECK(other_replication() != first);
  CHECK(other_seed() != first);
}

TEST_CASE("uniform draws lie strictly inside (0, 1)", "[kernel][random]") {
  RandomStream rng(1, 0, "u");
  double low = 1, high = 0, sum = 0;
  const int n = 100'000;
  for (int i = 0; i < n; ++i) {
    const double u = rng.uniform01();
    low = std::min(low, u);
    high = std::max(high, u);
    sum += u;
  }
  CHECK(low > 0);
  CHECK(high < 1);
  // The mean of n uniforms has standard error sqrt(1/12/n); allow 4 of them.
  CHECK(std::abs(sum / n - 0.5) < 4 * std::sqrt(1.0 / 12 / n));
}

TEST_CASE("variates have the means theory gives", "[kernel][random]") {
  RandomStream rng(5, 0, "variates");
  const int n = 200'000;
  auto check_mean = [&](auto draw, double mean, double sd) {
    double sum = 0;
    for (int i = 0; i < n; ++i) sum += draw();
    CHECK(std::abs(sum / n - mean) < 4 * sd / std::sqrt(n));
  };
  check_mean([&] { return draw_exponential(rng, 365); }, 365, 365);
  const double sigma = 0.8, median = 400;
  check_mean([&] { return draw_lognormal(rng, median, sigma); }, median * std::exp(sigma * sigma / 2),
             median * std::exp(sigma * sigma / 2) * std::sqrt(std::exp(sigma * sigma) - 1));
  const double k = 1.5, scale = 300;
  const double weibull_mean = scale * std::tgamma(1 + 1 / k);
  check_mean([&] { return draw_weibull(rng, k, scale); }, weibull_mean,
             scale * std::sqrt(std::tgamma(1 + 2 / k) - std::pow(std::tgamma(1 + 1 / k), 2)));
  check_mean([&] { return draw_gamma(rng, 2.0, 100.0); }, 200, std::sqrt(2.0) * 100);
  const std::vector<double> values{0, 100, 400}, cumulative{0, 0.5, 1};
  // Uniform on [0,100] half the time and on [100,400] otherwise: mean 0.5*50 + 0.5*250.
  check_mean([&] { return draw_piecewise_linear(rng, values, cumulative); }, 150, 120);
}

TEST_CASE("categories are drawn with their probabilities", "[kernel][random]") {
  RandomStream rng(9, 0, "categories");
  const std::vector<double> cumulative{0.2, 0.2, 0.7, 1.0};
  std::vector<int> counts(4);
  const int n = 100'000;
  for (int i = 0; i < n; ++i) ++counts[draw_category(rng, cumulative)];
  CHECK(counts[1] == 0);  // zero probability, never drawn
  const double p[] = {0.2, 0.0, 0.5, 0.3};
  for (int i : {0, 2, 3}) CHECK(std::abs(counts[i] / double(n) - p[i]) < 4 * std::sqrt(p[i] * (1 - p[i]) / n));
}
