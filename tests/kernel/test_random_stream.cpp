#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

#include <boost/math/distributions/exponential.hpp>
#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/weibull.hpp>

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

TEST_CASE("an entity's stream depends only on seed, replication, purpose and the entity", "[kernel][random]") {
  const StreamFamily children(42, 3, "child_placements");
  RandomStream first = children.stream(7);
  for (std::uint64_t other = 0; other < 100; ++other) {  // others drawn from in between change nothing
    RandomStream s = children.stream(other);
    for (int i = 0; i < 10; ++i) s();
  }
  RandomStream again = StreamFamily(42, 3, "child_placements").stream(7);
  for (int i = 0; i < 100; ++i) REQUIRE(first() == again());
  const auto seventh = StreamFamily(42, 3, "child_placements").stream(7)();
  CHECK(children.stream(8)() != seventh);
  CHECK(StreamFamily(42, 3, "child_life").stream(7)() != seventh);
  CHECK(StreamFamily(42, 4, "child_placements").stream(7)() != seventh);
  CHECK(StreamFamily(43, 3, "child_placements").stream(7)() != seventh);
  CHECK(RandomStream(42, 3, "child_placements")() != seventh);
}

TEST_CASE("the first draws of many entities' streams are uniform and uncorrelated", "[kernel][random]") {
  // Each child draws a few numbers only, so what matters is the first draws across streams.
  const StreamFamily family(1, 0, "child_life");
  constexpr int n = 200'000;
  std::vector<double> u(n);
  for (int i = 0; i < n; ++i) u[i] = family.stream(static_cast<std::uint64_t>(i)).uniform01();
  double sum = 0, lagged = 0;
  for (int i = 0; i < n; ++i) {
    sum += u[i];
    if (i > 0) lagged += (u[i] - 0.5) * (u[i - 1] - 0.5);
  }
  CHECK(std::abs(sum / n - 0.5) < 4 * std::sqrt(1.0 / 12 / n));
  CHECK(std::abs(12 * lagged / n) < 4 / std::sqrt(n));  // neighbours' correlation, standard error 1/sqrt(n)
  std::sort(u.begin(), u.end());
  double d = 0;  // Kolmogorov-Smirnov distance from the uniform
  for (int i = 0; i < n; ++i)
    d = std::max({d, u[i] - static_cast<double>(i) / n, static_cast<double>(i + 1) / n - u[i]});
  CHECK(d * std::sqrt(n) < 1.63);  // its 1% critical value
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

// Means alone miss a swapped pair of parameters with the same product (a gamma's shape and
// scale): the whole distribution is checked against Boost.Math's, by the Kolmogorov-Smirnov
// distance of n draws, whose 0.1% critical value is about 1.95 / sqrt(n).
TEST_CASE("variates follow their distributions, by Kolmogorov-Smirnov", "[kernel][random]") {
  RandomStream rng(7, 0, "shapes");
  const int n = 20'000;
  const double critical = 1.95 / std::sqrt(n);
  auto distance = [&](auto draw, auto distribution) {
    std::vector<double> x(n);
    for (double& v : x) v = draw();
    std::sort(x.begin(), x.end());
    double d = 0;
    for (int i = 0; i < n; ++i) {
      const double f = boost::math::cdf(distribution, x[static_cast<std::size_t>(i)]);
      d = std::max({d, f - static_cast<double>(i) / n, static_cast<double>(i + 1) / n - f});
    }
    return d;
  };
  CHECK(distance([&] { return draw_exponential(rng, 365); }, boost::math::exponential_distribution<>(1 / 365.0)) <
        critical);
  CHECK(distance([&] { return draw_lognormal(rng, 400, 0.8); }, boost::math::lognormal_distribution<>(std::log(400), 0.8)) <
        critical);
  CHECK(distance([&] { return draw_weibull(rng, 1.5, 300); }, boost::math::weibull_distribution<>(1.5, 300)) < critical);
  CHECK(distance([&] { return draw_weibull(rng, 0.5, 300); }, boost::math::weibull_distribution<>(0.5, 300)) < critical);
  CHECK(distance([&] { return draw_gamma(rng, 2.0, 100.0); }, boost::math::gamma_distribution<>(2.0, 100.0)) < critical);
  CHECK(distance([&] { return draw_gamma(rng, 0.5, 400.0); }, boost::math::gamma_distribution<>(0.5, 400.0)) < critical);
  // Swapped, the gamma's parameters are far off: the check can fail.
  CHECK(distance([&] { return draw_gamma(rng, 100.0, 2.0); }, boost::math::gamma_distribution<>(2.0, 100.0)) > critical);
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
