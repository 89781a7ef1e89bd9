// Road distances between localities: the shortest route over the scenario's road links
// (Dijkstra, by Boost.Graph), and the scenario's distance within one locality.
#pragma once

#include <cstdint>
#include <vector>

#include "scenario/scenario.hpp"

namespace caresim::model {

enum class LocalityId : std::uint16_t {};

class Geography {
 public:
  // Without a geography section there is one locality and every distance is 0.
  explicit Geography(const std::optional<scenario::GeographySpec>& spec);

  std::size_t localities() const { return count_; }
  double miles(LocalityId a, LocalityId b) const {
    return miles_[static_cast<std::size_t>(a) * count_ + static_cast<std::size_t>(b)];
  }
  // Every locality, nearest to `home` first (ties in the scenario's order).
  const std::vector<LocalityId>& nearest_first(LocalityId home) const {
    return nearest_first_[static_cast<std::size_t>(home)];
  }

 private:
  std::size_t count_ = 1;
  std::vector<double> miles_;  // count_ x count_, row-major
  std::vector<std::vector<LocalityId>> nearest_first_;
};

}  // namespace caresim::model
