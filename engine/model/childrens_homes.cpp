#include "model/childrens_homes.hpp"

namespace caresim::model {

ChildrensHomes::ChildrensHomes(const std::vector<scenario::ChildrensHomeSpec>& homes) {
  for (const auto& home : homes) {
    const int beds = home.beds_at_start();
    homes_.push_back({LocalityId{static_cast<std::uint16_t>(home.locality)}, beds, 0});
    free_beds_ += beds;
  }
}

// Homes are few (a county runs a handful), so a pass over them per locality is cheap.
std::optional<std::size_t> ChildrensHomes::nearest_free(const std::vector<LocalityId>& nearest_first, int beds) const {
  if (free_beds_ < beds) return std::nullopt;
  for (const LocalityId locality : nearest_first)
    for (std::size_t i = 0; i < homes_.size(); ++i)
      if (homes_[i].locality == locality && homes_[i].filled + beds <= homes_[i].beds) return i;
  return std::nullopt;
}

}  // namespace caresim::model
