// The in-house foster households and the index of those that can take a child now, kept in
// buckets by (locality, skill, approved age range), so a search looks at a few buckets and
// never scans the pool.
#pragma once

#include <cassert>
#include <optional>
#include <span>
#include <vector>

#include "model/foster_household.hpp"
#include "model/free_places.hpp"
#include "scenario/scenario.hpp"

namespace caresim::model {

class FosterPool {
 public:
  FosterPool(std::size_t localities, std::vector<scenario::ApprovedAges> age_ranges);

  HouseholdId approve(const FosterHousehold& household);
  const FosterHousehold& operator[](HouseholdId id) const { return households_[index_of(id)]; }
  const std::vector<FosterHousehold>& households() const { return households_; }
  const std::vector<scenario::ApprovedAges>& age_ranges() const { return age_ranges_; }

  // A household in this bucket that can take a child now, other than `avoid`, if any.
  std::optional<HouseholdId> free_household(LocalityId locality, NeedLevel skill, std::size_t age_range,
                                            HouseholdId avoid = kNoHousehold) const {
    return buckets_[bucket_index(locality, skill, age_range)].any_except(avoid);
  }
  // Every household in this bucket that can take a child now, in reverse pick order (the
  // last one is the one free_household gives first).
  std::span<const HouseholdId> free_households(LocalityId locality, NeedLevel skill, std::size_t age_range) const {
    return buckets_[bucket_index(locality, skill, age_range)].listed();
  }

  // A household in this bucket that takes sibling groups and has `places` free, other than
  // `avoid`, if any; the most recently freed first, as for one child.
  std::optional<HouseholdId> free_household_for_group(LocalityId locality, NeedLevel skill, std::size_t age_range,
                                                      int places, HouseholdId avoid = kNoHousehold) const;
  // Households with a free place a child could take now, in all buckets.
  std::size_t households_with_free_places() const { return households_with_free_places_; }
  // Whether any household of this locality and skill, whatever ages it takes, can take a
  // child now: a search skips the buckets of a row with none.
  bool any_free(LocalityId locality, NeedLevel skill) const { return free_by_row_[row_index(locality, skill)] > 0; }

  // Inline, with the listing they may do: every placement and every ending of one in
  // in-house care calls one, and the calls cost as much as the work.
  // Listed exactly when it can take a child, so a change of places listed needs no lookup.
  void fill_place(HouseholdId id) {
    FosterHousehold& h = households_[index_of(id)];
    assert(h.filled < h.places);
    const bool could_take = h.can_take_a_child();
    ++h.filled;
    if (could_take && !h.can_take_a_child()) unlist(h, id);
  }
  void free_place(HouseholdId id) {
    FosterHousehold& h = households_[index_of(id)];
    const bool could_take = h.can_take_a_child();
    --h.filled;
    if (!could_take && h.can_take_a_child()) list(h, id);
  }
  void set_on_break(HouseholdId id, bool on_break);
  void resign(HouseholdId id);  // takes no new child; deregistered once empty
  // Training or conversion: the household's skill and approved ages become these.
  void change_approval(HouseholdId id, NeedLevel skill, std::uint8_t age_range);
  // Deregisters a resigning household whose last child has gone; true if it did.
  bool deregister_if_resigned_and_empty(HouseholdId id);

 private:
  static std::size_t row_index(LocalityId locality, NeedLevel skill) {
    return static_cast<std::size_t>(locality) * kNeedLevelCount + static_cast<std::size_t>(skill);
  }
  std::size_t bucket_index(LocalityId locality, NeedLevel skill, std::size_t age_range) const {
    return row_index(locality, skill) * age_ranges_.size() + age_range;
  }
  void reindex(HouseholdId id);  // in its bucket exactly when it can take a child
  void list(const FosterHousehold& h, HouseholdId id) {
    buckets_[bucket_index(h.locality, h.skill, h.age_range)].add(id);
    ++free_by_row_[row_index(h.locality, h.skill)];
    ++households_with_free_places_;
  }
  void unlist(const FosterHousehold& h, HouseholdId id) {
    buckets_[bucket_index(h.locality, h.skill, h.age_range)].remove(id);
    --free_by_row_[row_index(h.locality, h.skill)];
    --households_with_free_places_;
  }

  std::vector<scenario::ApprovedAges> age_ranges_;
  std::vector<FosterHousehold> households_;
  std::vector<FreePlaces> buckets_;  // by (locality, skill, age range)
  std::vector<std::uint32_t> free_by_row_;  // listed households by (locality, skill)
  std::size_t households_with_free_places_ = 0;
};

}  // namespace caresim::model
