#include "stats/streaming_summary.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace caresim::stats {
namespace {

constexpr std::array<double, 3> kPercentiles = {0.05, 0.50, 0.95};

// The p-quantile (type 7, as quantile_of_sorted) of the values tallied, `n` in all.
double quantile_of_tally(const std::vector<std::pair<double, std::size_t>>& tally, std::size_t n, double p) {
  return quantile_at_ranks(n, p, [&tally](std::size_t r) {
    std::size_t seen = 0;
    for (const auto& [value, count] : tally) {
      seen += count;
      if (r < seen) return value;
    }
    return tally.back().first;
  });
}

}  // namespace

void StreamingSummary::add(double value) {
  if (std::isnan(value)) return;
  moments_.add(value);
  if (!tally_.empty() || !estimates_.empty()) return count_beyond_listing(value);
  // An experiment keeps a summary for every month of every series: room for a few values at
  // once spares each of them the vector's first doublings (1, 2, 4, 8).
  if (exact_.empty()) exact_.reserve(16);
  exact_.push_back(value);
  if (exact_.size() <= kExactValues) return;
  std::vector<double> sorted = std::move(exact_);
  exact_ = {};  // release the memory: from here on only the tally or the markers are kept
  std::sort(sorted.begin(), sorted.end());
  for (const double v : sorted) {  // sorted: each value's count is the length of its run
    if (tally_.empty() || tally_.back().first != v) tally_.emplace_back(v, 0);
    ++tally_.back().second;
  }
  // Too many distinct values to tally: the estimates start from all the listed values, not
  // from those the tally could have held.
  if (tally_.size() > kMostDistinct) start_estimates(sorted);
}

void StreamingSummary::count_beyond_listing(double value) {
  if (estimates_.empty()) return tally(value);
  for (P2Quantile& estimate : estimates_) estimate.add(value);
}

// Counts the value in; past kMostDistinct values the tally gives way to estimates.
void StreamingSummary::tally(double value) {
  const auto at = std::lower_bound(tally_.begin(), tally_.end(), value,
                                   [](const auto& entry, double v) { return entry.first < v; });
  if (at != tally_.end() && at->first == value) {
    ++at->second;
    return;
  }
  tally_.insert(at, {value, 1});
  if (tally_.size() <= kMostDistinct) return;
  std::vector<double> sorted;
  for (const auto& [v, count] : tally_) sorted.insert(sorted.end(), count, v);
  start_estimates(sorted);
}

// From every value seen so far, sorted, so that each estimate starts exact; the tally is given up.
void StreamingSummary::start_estimates(const std::vector<double>& sorted) {
  for (const double p : kPercentiles) estimates_.emplace_back(p, sorted);
  tally_ = {};
}

std::optional<Summary> StreamingSummary::summary() const {
  if (moments_.n() == 0) return std::nullopt;
  std::array<double, 3> percentiles{};
  if (!estimates_.empty()) {
    for (std::size_t i = 0; i < 3; ++i) percentiles[i] = estimates_[i].value();
    // Each marker set estimates its quantile alone, and near a step of the values two can
    // cross: sorted, the estimates are no further from the quantiles and keep their order.
    std::sort(percentiles.begin(), percentiles.end());
  } else if (!tally_.empty()) {
    for (std::size_t i = 0; i < 3; ++i) percentiles[i] = quantile_of_tally(tally_, moments_.n(), kPercentiles[i]);
  } else {
    std::vector<double> sorted = exact_;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 0; i < 3; ++i) percentiles[i] = quantile_of_sorted(sorted, kPercentiles[i]);
  }
  return summary_of(moments_, percentiles[0], percentiles[1], percentiles[2]);
}

}  // namespace caresim::stats
