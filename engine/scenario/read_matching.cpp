#include <algorithm>

#include "scenario/read_sections.hpp"

namespace caresim::scenario {
namespace {
// The placement types a search can choose today; the rest arrive with later work.
constexpr std::array<PlacementType, 5> kSearchable = {PlacementType::kinship, PlacementType::in_house_foster,
                                                      PlacementType::ifa, PlacementType::residential,
                                                      PlacementType::supported};
}  // namespace

MatchingSpec read_matching(MapReader matching) {
  MatchingSpec spec;
  const auto order = matching.choices("order", kPlacementTypeNames, "placement type");
  if (!order) return spec;
  spec.order.clear();
  for (const std::size_t type : *order) {
    const auto placement = static_cast<PlacementType>(type);
    if (std::find(kSearchable.begin(), kSearchable.end(), placement) == kSearchable.end())
      matching.report("order", std::string(name_of(placement)) + " cannot be searched for yet: use kinship, in_house_foster, ifa, residential or supported");
    else if (std::find(spec.order.begin(), spec.order.end(), placement) != spec.order.end())
      matching.report("order", std::string(name_of(placement)) + " is listed twice");
    else
      spec.order.push_back(placement);
  }
  if (order->empty() && matching.values_good()) matching.report("order", "must list at least one placement type");
  return spec;
}

}  // namespace caresim::scenario
