// The index of in-house households with at least one free place, so a placement search
// never scans the whole pool. Insert, remove and pick are O(1) and allocation-free once
// reserved for the pool's size.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "model/ids.hpp"

namespace caresim::model {

class FreePlaces {
 public:
  void reserve(std::size_t households) { position_.reserve(households); available_.reserve(households); }

  bool empty() const { return available_.empty(); }
  std::size_t households() const { return available_.size(); }
  bool contains(HouseholdId id) const {
    return index_of(id) < position_.size() && position_[index_of(id)] != kAbsent;
  }
  // The household most recently given a free place (the pick order is deterministic), or
  // the one before it when that is `avoid`; nullopt when none is left.
  std::optional<HouseholdId> any_except(HouseholdId avoid) const {
    const std::size_t n = available_.size();
    if (n > 0 && available_[n - 1] != avoid) return available_[n - 1];
    if (n > 1) return available_[n - 2];
    return std::nullopt;
  }

  // Every listed household, in pick order reversed (most recent last).
  const std::vector<HouseholdId>& listed() const { return available_; }

  void add(HouseholdId id) {
    if (index_of(id) >= position_.size()) position_.resize(index_of(id) + 1, kAbsent);
    position_[index_of(id)] = static_cast<std::uint32_t>(available_.size());
    available_.push_back(id);
  }

  void remove(HouseholdId id) {
    const std::uint32_t slot = position_[index_of(id)];
    const HouseholdId moved = available_.back();
    available_[slot] = moved;
    position_[index_of(moved)] = slot;
    available_.pop_back();
    position_[index_of(id)] = kAbsent;
  }

 private:
  static constexpr std::uint32_t kAbsent = UINT32_MAX;
  std::vector<HouseholdId> available_;
  std::vector<std::uint32_t> position_;  // by household: its slot in available_, or kAbsent
};

}  // namespace caresim::model
