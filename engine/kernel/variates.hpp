// Random variates drawn by inverse CDF or Boost.Random, never std::*_distribution, whose
// algorithms differ between standard libraries and would break reproducibility.
#pragma once

#include <cmath>
#include <span>
#include <vector>

#include <boost/random/gamma_distribution.hpp>
#include <boost/random/normal_distribution.hpp>

#include "kernel/pow_exactly.hpp"
#include "kernel/random_stream.hpp"

namespace caresim::kernel {

inline double draw_exponential(RandomStream& rng, double mean) {
  return -mean * std::log(rng.uniform01());
}

inline double draw_weibull(RandomStream& rng, double shape, double scale) {
  return scale * pow_exactly(-std::log(rng.uniform01()), 1.0 / shape);
}

inline double draw_lognormal(RandomStream& rng, double median, double sigma) {
  return median * std::exp(sigma * boost::random::normal_distribution<double>(0.0, 1.0)(rng));
}

inline double draw_gamma(RandomStream& rng, double shape, double scale) {
  return boost::random::gamma_distribution<double>(shape, scale)(rng);
}

// Inverse of a piecewise-linear CDF through the points (values[i], cumulative[i]), with
// cumulative rising from 0 to 1.
double draw_piecewise_linear(RandomStream& rng, std::span<const double> values,
                             std::span<const double> cumulative);

// Index i drawn with probability cumulative[i] - cumulative[i-1]; cumulative ends at 1.
// Inline, with a linear scan: the lists are short (age bands, need levels, localities) and
// every child entering care draws from several of them.
inline std::size_t draw_category(RandomStream& rng, std::span<const double> cumulative) {
  const double u = rng.uniform01();
  std::size_t i = 0;
  while (i + 1 < cumulative.size() && cumulative[i] <= u) ++i;  // the first above u, or the last
  return i;
}

// Running sums of shares that add up to 1, the last set to exactly 1 to absorb rounding.
std::vector<double> cumulative_shares(std::span<const double> shares);

}  // namespace caresim::kernel
