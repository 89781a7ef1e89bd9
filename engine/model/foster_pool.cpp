#include "model/foster_pool.hpp"

namespace caresim::model {

FosterPool::FosterPool(std::size_t localities, std::vector<scenario::ApprovedAges> age_ranges)
    : age_ranges_(std::move(age_ranges)),
      buckets_(localities * kNeedLevelCount * age_ranges_.size()),
      free_by_row_(localities * kNeedLevelCount, 0) {}

HouseholdId FosterPool::approve(const FosterHousehold& household) {
  const HouseholdId id{static_cast<std::uint32_t>(households_.size())};
  households_.push_back(household);
  reindex(id);
  return id;
}

std::optional<HouseholdId> FosterPool::free_household_for_group(LocalityId locality, NeedLevel skill,
                                                                std::size_t age_range, int places,
                                                                HouseholdId avoid) const {
  const auto& listed = buckets_[bucket_index(locality, skill, age_range)].listed();
  for (auto it = listed.rbegin(); it != listed.rend(); ++it) {
    const FosterHousehold& h = households_[index_of(*it)];
    if (*it != avoid && h.takes_sibling_groups && h.free_places() >= places) return *it;
  }
  return std::nullopt;
}

void FosterPool::reindex(HouseholdId id) {
  const FosterHousehold& h = households_[index_of(id)];
  const bool listed = buckets_[bucket_index(h.locality, h.skill, h.age_range)].contains(id);
  if (h.can_take_a_child() && !listed) list(h, id);
  if (!h.can_take_a_child() && listed) unlist(h, id);
}

void FosterPool::set_on_break(HouseholdId id, bool on_break) {
  households_[index_of(id)].on_break = on_break;
  reindex(id);
}

void FosterPool::resign(HouseholdId id) {
  households_[index_of(id)].resigning = true;
  reindex(id);
}

void FosterPool::change_approval(HouseholdId id, NeedLevel skill, std::uint8_t age_range) {
  FosterHousehold& h = households_[index_of(id)];
  if (buckets_[bucket_index(h.locality, h.skill, h.age_range)].contains(id)) unlist(h, id);  // its bucket is about to change
  h.skill = skill;
  h.age_range = age_range;
  reindex(id);
}

bool FosterPool::deregister_if_resigned_and_empty(HouseholdId id) {
  FosterHousehold& h = households_[index_of(id)];
  if (!h.approved || !h.resigning || h.filled > 0) return false;
  h.approved = false;
  reindex(id);
  return true;
}

}  // namespace caresim::model
