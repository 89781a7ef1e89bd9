// Closed forms the model must reproduce: Erlang-B blocking, Poisson moments, and how far a
// system started empty still falls short of them.
#pragma once

#include <cmath>

#include <boost/math/distributions/normal.hpp>

namespace caresim::testing {

// Probability that an arrival finds all c servers busy with offered load a (Erlang), by the
// stable recursion B(k) = a B(k-1) / (k + a B(k-1)).
inline double erlang_b(int c, double a) {
  double b = 1.0;
  for (int k = 1; k <= c; ++k) b = a * b / (k + a * b);
  return b;
}

// For N ~ Poisson(a): E[min(N, c)] and E[(N - c)+].
inline double poisson_mean_min(double a, int c) {
  double p = std::exp(-a), below = 0, tail_probability = 1;  // p = P(N = k)
  for (int k = 0; k < c; ++k) {
    below += k * p;
    tail_probability -= p;
    p *= a / (k + 1);
  }
  return below + c * tail_probability;
}

inline double poisson_mean_excess(double a, int c) { return a - poisson_mean_min(a, c); }

// E[(S - t)+] for a lognormal S of this median and sigma. An M/G/infinity system started
// empty lacks, at time t, the stays that would have begun before it and still be running:
// entries per day x E[(S - t)+] of its a customers. A warm-up must make that negligible.
inline double lognormal_mean_excess(double median, double sigma, double t) {
  const boost::math::normal standard;
  const double z = std::log(t / median) / sigma;
  const double mean = median * std::exp(sigma * sigma / 2);
  return mean * boost::math::cdf(standard, sigma - z) - t * boost::math::cdf(standard, -z);
}

}  // namespace caresim::testing
