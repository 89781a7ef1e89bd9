// The in-house foster households and the index of those that can take a child now, kept in
// buckets by (locality, skill, approved age range), so a search looks at a few buckets and
// never scans the pool.
#pragma once

#include <optional>
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
                                            HouseholdId avoid = kNoHousehold) const;

  // A household in this bucket that takes sibling groups and has `places` free, other than
  // `avoid`, if any; the most recently freed first, as for one child.
  std::optional<HouseholdId> free_household_for_group(LocalityId locality, NeedLevel skill, std::size_t age_range,
                                                      int places, HouseholdId avoid = kNoHousehold) const;
  // Households with a free place a child could take now, in all buckets.
  std::size_t households_with_free_places() const { return households_with_free_places_; }

  void fill_place(HouseholdId id);
  void free_place(HouseholdId id);
  void set_on_break(HouseholdId id, bool on_break);
  void resign(HouseholdId id);  // takes no new child; deregistered once empty
  // Training or conversion: the household's skill and approved ages become these.
  void change_approval(HouseholdId id, NeedLevel skill, std::uint8_t age_range);
  // Deregisters a resigning household whose last child has gone; true if it did.
  bool deregister_if_resigned_and_empty(HouseholdId id);

 private:
  std::size_t bucket_index(LocalityId locality, NeedLevel skill, std::size_t age_range) const;
  void reindex(HouseholdId id);  // in its bucket exactly when it can take a child

  std::vector<scenario::ApprovedAges> age_ranges_;
  std::vector<FosterHousehold> households_;
  std::vector<FreePlaces> buckets_;  // by (locality, skill, age range)
  std::size_t households_with_free_places_ = 0;
};

}  // namespace caresim::model
