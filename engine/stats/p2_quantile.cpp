#include "stats/p2_quantile.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace caresim::stats {

P2Quantile::P2Quantile(double p, std::span<const double> sorted_start) {
  if (sorted_start.size() < 5) throw std::invalid_argument("P2Quantile needs at least five values to start");
  const double last = static_cast<double>(sorted_start.size());
  increments_ = {0, p / 2, p, (1 + p) / 2, 1};
  for (std::size_t i = 0; i < 5; ++i) desired_[i] = 1 + (last - 1) * increments_[i];
  // Markers on the nearest ranks, kept strictly increasing so no two share a rank.
  for (std::size_t i = 0; i < 5; ++i) {
    const double lowest = i == 0 ? 1.0 : positions_[i - 1] + 1;
    const double highest = last - static_cast<double>(4 - i);
    positions_[i] = std::clamp(std::round(desired_[i]), lowest, highest);
    heights_[i] = sorted_start[static_cast<std::size_t>(positions_[i]) - 1];
  }
}

void P2Quantile::add(double value) {
  // The cell the value falls in; the extreme markers stretch to take in a new extreme.
  std::size_t cell = 0;
  if (value < heights_[0]) {
    heights_[0] = value;
  } else if (value >= heights_[4]) {
    heights_[4] = value;
    cell = 3;
  } else {
    while (value >= heights_[cell + 1]) ++cell;
  }
  for (std::size_t i = cell + 1; i < 5; ++i) positions_[i] += 1;
  for (std::size_t i = 0; i < 5; ++i) desired_[i] += increments_[i];

  for (int i = 1; i <= 3; ++i) {
    const auto m = static_cast<std::size_t>(i);
    const double off = desired_[m] - positions_[m];
    if ((off >= 1 && positions_[m + 1] - positions_[m] > 1) || (off <= -1 && positions_[m - 1] - positions_[m] < -1)) {
      const int d = off > 0 ? 1 : -1;
      const double candidate = parabolic(i, d);
      heights_[m] = heights_[m - 1] < candidate && candidate < heights_[m + 1] ? candidate : linear(i, d);
      positions_[m] += d;
    }
  }
}

double P2Quantile::parabolic(int i, double d) const {
  const auto m = static_cast<std::size_t>(i);
  const double below = positions_[m] - positions_[m - 1];
  const double above = positions_[m + 1] - positions_[m];
  return heights_[m] + d / (positions_[m + 1] - positions_[m - 1]) *
                           ((below + d) * (heights_[m + 1] - heights_[m]) / above +
                            (above - d) * (heights_[m] - heights_[m - 1]) / below);
}

double P2Quantile::linear(int i, int d) const {
  const auto m = static_cast<std::size_t>(i);
  const auto n = static_cast<std::size_t>(i + d);
  return heights_[m] + d * (heights_[n] - heights_[m]) / (positions_[n] - positions_[m]);
}

}  // namespace caresim::stats
