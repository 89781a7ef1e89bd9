#include "stats/streaming_summary.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace caresim::stats {
namespace {
constexpr std::array<double, 3> kPercentiles = {0.05, 0.50, 0.95};
}  // namespace

void StreamingSummary::add(double value) {
  if (std::isnan(value)) return;
  moments_.add(value);
  if (!estimates_.empty()) {
    for (P2Quantile& estimate : estimates_) estimate.add(value);
    return;
  }
  exact_.push_back(value);
  if (exact_.size() <= kExactValues) return;
  std::sort(exact_.begin(), exact_.end());
  for (const double p : kPercentiles) estimates_.emplace_back(p, exact_);
  exact_ = {};  // release the memory: from here on only the markers are kept
}

std::optional<Summary> StreamingSummary::summary() const {
  if (moments_.n() == 0) return std::nullopt;
  std::array<double, 3> percentiles{};
  if (!estimates_.empty()) {
    for (std::size_t i = 0; i < 3; ++i) percentiles[i] = estimates_[i].value();
  } else {
    std::vector<double> sorted = exact_;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 0; i < 3; ++i) percentiles[i] = quantile_of_sorted(sorted, kPercentiles[i]);
  }
  return summary_of(moments_, percentiles[0], percentiles[1], percentiles[2]);
}

}  // namespace caresim::stats
