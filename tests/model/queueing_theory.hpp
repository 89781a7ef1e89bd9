// Closed forms the model must reproduce: Erlang-B blocking and Poisson moments.
#pragma once

#include <cmath>

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

}  // namespace caresim::testing
