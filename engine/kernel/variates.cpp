#include "kernel/variates.hpp"

#include <algorithm>

namespace caresim::kernel {

double draw_piecewise_linear(RandomStream& rng, std::span<const double> values,
                             std::span<const double> cumulative) {
  const double u = rng.uniform01();
  const auto upper = std::upper_bound(cumulative.begin(), cumulative.end(), u);
  if (upper == cumulative.begin()) return values.front();
  if (upper == cumulative.end()) return values.back();
  const std::size_t i = static_cast<std::size_t>(upper - cumulative.begin());
  const double width = cumulative[i] - cumulative[i - 1];
  const double fraction = width > 0 ? (u - cumulative[i - 1]) / width : 0.0;
  return values[i - 1] + fraction * (values[i] - values[i - 1]);
}

std::vector<double> cumulative_shares(std::span<const double> shares) {
  std::vector<double> running;
  double sum = 0;
  for (const double share : shares) running.push_back(sum += share);
  if (!running.empty()) running.back() = 1.0;
  return running;
}

}  // namespace caresim::kernel
