// The places a batch's single children may take, as the options of an assignment problem:
// one per in-house bucket (locality, skill, approved ages) holding its households' free
// places, one per in-house children's home with a free bed, the IFA, external homes,
// supported accommodation, and each child's own kinship carers; less what the batch's
// sibling groups hold. A household that a child of the batch must not go back to, or where
// a group holds places, is set apart as an option of its own, so `avoid` holds exactly.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include "matching/batch_supply.hpp"
#include "matching/held_places.hpp"
#include "matching/match_cost.hpp"
#include "matching/min_cost_assignment.hpp"

namespace caresim::matching {

class BatchOptions {
 public:
  // Fills `problem` with the entries in order and, for each single child, the options that
  // fit in the order first_fit would try them (so equal costs resolve as first_fit would).
  // Sibling groups are entries with no options: they were placed before (held).
  void build(std::span<const BatchEntry> entries, const BatchSupply& supply, const scenario::MatchCosts& costs,
             const HeldPlaces& held, AssignmentProblem& problem) {
    clear();
    problem.clear();
    held_ = &held;
    batch_size_ = static_cast<int>(entries.size());
    if (supply.foster) {
      const std::size_t buckets = supply.geography.localities() * kNeedLevelCount * supply.foster->age_ranges().size();
      if (option_of_bucket_.size() < buckets) option_of_bucket_.resize(buckets, kUnassigned);
      for (const auto& [household, places] : held.households) set_apart(household, *supply.foster, problem);
      for (const BatchEntry& entry : entries) set_apart(entry.child.avoid, *supply.foster, problem);
    }
    if (supply.homes && option_of_home_.size() < supply.homes->homes().size())
      option_of_home_.resize(supply.homes->homes().size(), kUnassigned);
    for (const BatchEntry& entry : entries) {
      problem.add_child();
      if (entry.child.group_size > 1) continue;
      cheapest_.clear();
      bound_.reset();
      for (const PlacementType type : supply.policy.order) add_candidates(type, entry, supply, costs, problem);
    }
  }

  // The concrete place behind `option` for the next child assigned to it. A bucket hands
  // out its households from the end free_household picks from, each up to its free places.
  PlacementChoice take(std::uint32_t option, const BatchSupply& supply) {
    Option& o = options_[option];
    switch (o.source) {
      case Source::bucket: return {PlacementType::in_house_foster, next_household(o, *supply.foster), std::nullopt};
      case Source::household: return {PlacementType::in_house_foster, model::HouseholdId{o.index}, std::nullopt};
      case Source::home: return {PlacementType::residential, model::kNoHousehold, o.index};
      case Source::shared: break;
    }
    return {o.type, model::kNoHousehold, std::nullopt};
  }

 private:
  enum class Source : std::uint8_t { bucket, household, home, shared };
  struct Option {
    PlacementType type;
    Source source;
    std::uint32_t index;  // bucket key, household or home by source
    model::LocalityId locality{0};  // a bucket's
    NeedLevel skill = NeedLevel::standard;
    std::uint8_t age_range = 0;
    std::uint32_t handed_out = 0;  // a bucket's households passed over, counted from the pick end
    int given = 0;                 // children given to the bucket's current household
  };
  struct SetApart {
    model::HouseholdId household;
    std::uint32_t bucket;
    std::uint32_t option;
  };

  // Forgets the last batch, keeping the buffers.
  void clear() {
    for (const Option& o : options_) {
      if (o.source == Source::bucket) option_of_bucket_[o.index] = kUnassigned;
      if (o.source == Source::home) option_of_home_[o.index] = kUnassigned;
    }
    options_.clear();
    set_apart_.clear();
    ifa_ = external_ = supported_ = kUnassigned;
  }

  static std::uint32_t bucket_key(const model::FosterPool& pool, model::LocalityId locality, std::size_t skill,
                                  std::size_t age_range) {
    return static_cast<std::uint32_t>(
        (static_cast<std::size_t>(locality) * kNeedLevelCount + skill) * pool.age_ranges().size() + age_range);
  }
  bool is_set_apart(model::HouseholdId id) const {
    return std::any_of(set_apart_.begin(), set_apart_.end(), [id](const SetApart& s) { return s.household == id; });
  }

  std::uint32_t add_option(int capacity, Option option, AssignmentProblem& problem) {
    options_.push_back(option);
    return problem.add_option(capacity);
  }

  // Only households listed in a bucket (those that can take a child) need setting apart.
  void set_apart(model::HouseholdId id, const model::FosterPool& pool, AssignmentProblem& problem) {
    if (id == model::kNoHousehold || model::index_of(id) >= pool.households().size()) return;
    const model::FosterHousehold& h = pool[id];
    if (!h.can_take_a_child() || is_set_apart(id)) return;
    const std::uint32_t option =
        add_option(held_->left_in(pool, id), {PlacementType::in_house_foster, Source::household, model::index_of(id)},
                   problem);
    set_apart_.push_back({id, bucket_key(pool, h.locality, static_cast<std::size_t>(h.skill), h.age_range), option});
  }

  // The bucket's option, made on first use: its capacity is its households' free places,
  // less those of households set apart, counted no further than the batch could use.
  std::uint32_t bucket_option(model::LocalityId locality, std::size_t skill, std::size_t age_range,
                              const model::FosterPool& pool, AssignmentProblem& problem) {
    const std::uint32_t key = bucket_key(pool, locality, skill, age_range);
    if (option_of_bucket_[key] != kUnassigned) return option_of_bucket_[key];
    int capacity = 0;
    for (const model::HouseholdId id : pool.free_households(locality, static_cast<NeedLevel>(skill), age_range)) {
      if (capacity >= batch_size_) break;
      if (!is_set_apart(id)) capacity += pool[id].free_places();
    }
    option_of_bucket_[key] = add_option(capacity,
                                        {PlacementType::in_house_foster, Source::bucket, key, locality,
                                         static_cast<NeedLevel>(skill), static_cast<std::uint8_t>(age_range)},
                                        problem);
    return option_of_bucket_[key];
  }

  // Of a child's candidates only the cheapest matter, up to the first whose capacities add
  // up to n, the children in the batch (MinCostAssignment keeps no more; ties go to the
  // earlier). So the search skips what cannot cost less than the last of those offered so
  // far: the bound is a lower bound of what is skipped, and resolution is monotone. For a
  // child alone that is its cheapest candidate.
  bool can_beat(double lower_bound) const {
    return !bound_ || MinCostAssignment::resolved(lower_bound) < *bound_;
  }
  void offer(std::uint32_t option, double cost, AssignmentProblem& problem) {
    const int capacity = problem.capacity(option);
    if (capacity <= 0) return;
    problem.add_candidate(option, cost);
    const Offered offered{MinCostAssignment::resolved(cost), capacity};
    cheapest_.insert(std::upper_bound(cheapest_.begin(), cheapest_.end(), offered,
                                      [](const Offered& a, const Offered& b) { return a.units < b.units; }),
                     offered);
    int room = 0;
    for (std::size_t i = 0; i < cheapest_.size(); ++i)
      if ((room += cheapest_[i].capacity) >= batch_size_) {
        cheapest_.resize(i + 1);
        bound_ = cheapest_.back().units;
        break;
      }
  }

  std::uint32_t shared_option(std::uint32_t& slot, PlacementType type, const std::optional<int>& room,
                              AssignmentProblem& problem) {
    if (slot == kUnassigned) {
      const int capacity = room ? std::clamp(*room, 0, batch_size_) : batch_size_;
      slot = add_option(capacity, {type, Source::shared, 0}, problem);
    }
    return slot;
  }

  void add_candidates(PlacementType type, const BatchEntry& entry, const BatchSupply& supply,
                      const scenario::MatchCosts& costs, AssignmentProblem& problem) {
    const SearchRequest& child = entry.child;
    switch (type) {
      case PlacementType::in_house_foster:
        if (supply.foster) add_in_house(child, supply, costs, problem);
        break;
      case PlacementType::ifa:
        if (entry.ifa_found)
          offer(shared_option(ifa_, type, held_->ifa_room, problem), match_cost(costs, type, supply.ifa_miles), problem);
        break;
      case PlacementType::residential:
        if (supply.homes) add_in_house_homes(child, supply, costs, problem);
        if (entry.external_found)
          offer(shared_option(external_, type, std::nullopt, problem), match_cost(costs, type, supply.external_miles),
                problem);
        break;
      case PlacementType::kinship:
        if (entry.kinship_found)
          offer(add_option(1, {type, Source::shared, 0}, problem),
                match_cost(costs, type, supply.geography.miles(child.home, child.home)), problem);
        break;
      case PlacementType::supported:
        if (entry.supported_found)
          offer(shared_option(supported_, type, held_->supported_room, problem),
                match_cost(costs, type, supply.supported_miles), problem);
        break;
      default: break;  // the scenario reader admits only the types above
    }
  }

  // Nearest locality first, then the least skill that is enough, then the age ranges in
  // the scenario's order: first_fit's order. Costs never fall along it within a locality,
  // nor their lower bound from one locality to the next.
  void add_in_house(const SearchRequest& child, const BatchSupply& supply, const scenario::MatchCosts& costs,
                    AssignmentProblem& problem) {
    const model::FosterPool& pool = *supply.foster;
    const auto& ranges = pool.age_ranges();
    const auto need = static_cast<std::size_t>(child.need);
    for (const model::LocalityId locality : supply.geography.nearest_first(child.home)) {
      const double miles = supply.geography.miles(child.home, locality);
      if (!can_beat(match_cost(costs, PlacementType::in_house_foster, miles))) break;
      for (std::size_t skill = need; skill < kNeedLevelCount; ++skill) {
        const double cost = match_cost(costs, PlacementType::in_house_foster, miles, skill - need);
        for (std::size_t range = 0; range < ranges.size() && can_beat(cost); ++range) {
          if (child.age < ranges[range].min_age || child.oldest() > ranges[range].max_age) continue;
          const std::uint32_t bucket = bucket_option(locality, skill, range, pool, problem);
          offer(bucket, cost, problem);
          for (const SetApart& s : set_apart_)
            if (s.bucket == options_[bucket].index && s.household != child.avoid) offer(s.option, cost, problem);
        }
      }
    }
  }

  void add_in_house_homes(const SearchRequest& child, const BatchSupply& supply, const scenario::MatchCosts& costs,
                          AssignmentProblem& problem) {
    const auto& homes = supply.homes->homes();
    for (const model::LocalityId locality : supply.geography.nearest_first(child.home)) {
      const double cost = match_cost(costs, PlacementType::residential, supply.geography.miles(child.home, locality));
      if (!can_beat(cost)) break;
      for (std::size_t i = 0; i < homes.size(); ++i) {
        if (homes[i].locality != locality) continue;
        if (option_of_home_[i] == kUnassigned)
          option_of_home_[i] = add_option(held_->beds_left(*supply.homes, i),
                                          {PlacementType::residential, Source::home, static_cast<std::uint32_t>(i)},
                                          problem);
        offer(option_of_home_[i], cost, problem);
      }
    }
  }

  model::HouseholdId next_household(Option& bucket, const model::FosterPool& pool) {
    const auto listed = pool.free_households(bucket.locality, bucket.skill, bucket.age_range);
    for (;; ++bucket.handed_out, bucket.given = 0) {
      const model::HouseholdId id = listed[listed.size() - 1 - bucket.handed_out];
      if (!is_set_apart(id) && bucket.given < pool[id].free_places()) {
        ++bucket.given;
        return id;
      }
    }
  }

  const HeldPlaces* held_ = nullptr;  // this batch's
  int batch_size_ = 0;
  std::vector<Option> options_;  // by option of the problem
  std::vector<SetApart> set_apart_;
  std::vector<std::uint32_t> option_of_bucket_;  // by bucket key; kUnassigned when not yet made
  std::vector<std::uint32_t> option_of_home_;    // by in-house home
  std::uint32_t ifa_ = kUnassigned, external_ = kUnassigned, supported_ = kUnassigned;
  struct Offered {
    double units;  // resolved cost
    int capacity;
  };
  std::vector<Offered> cheapest_;  // the child's cheapest candidates so far, up to room for the batch
  std::optional<double> bound_;    // the resolved cost of the last of them, once they have that room
};

}  // namespace caresim::matching
