// The places a batch's single children may take, as the options of an assignment problem:
// one per in-house bucket (locality, skill, approved ages) holding its households' free
// places, one per in-house children's home with a free bed, the IFA, external homes,
// supported accommodation, and each child's own kinship carers; less what the batch's
// sibling groups hold. A household where a group holds places is set apart as an option of
// its own. A household that a child must not go back to stays in its bucket, which that
// child lists only if the bucket has places beyond it; whether the assignment then lets
// every child be given a household other than its own is checked (keeps_every_avoid), and
// where it does not, the batch is built again with those households set apart too, which
// is exact but slow: every child who could use a bucket then lists each of them.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>
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
             const HeldPlaces& held, AssignmentProblem& problem, bool avoided_apart) {
    clear();
    problem.clear();
    held_ = &held;
    batch_size_ = static_cast<int>(entries.size());
    if (supply.foster) {
      const std::size_t buckets = supply.geography.localities() * kNeedLevelCount * supply.foster->age_ranges().size();
      if (option_of_bucket_.size() < buckets) option_of_bucket_.resize(buckets, kUnassigned);
      for (const auto& [household, places] : held.households) set_apart(household, *supply.foster, problem);
      for (const BatchEntry& entry : entries)
        if (avoided_apart) set_apart(entry.child.avoid, *supply.foster, problem);
        else note_avoided(entry.child.avoid, *supply.foster);
      std::sort(avoided_.begin(), avoided_.end(), [](const Avoided& a, const Avoided& b) { return a.household < b.household; });
      avoided_.erase(std::unique(avoided_.begin(), avoided_.end(),
                                 [](const Avoided& a, const Avoided& b) { return a.household == b.household; }),
                     avoided_.end());
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

  // Whether the children assigned to each bucket can each be given one of its households
  // other than the one it must not go back to. Each rules out one household at most, so
  // (Hall's condition) it is enough that those ruling out the same household h are no more
  // than the bucket's places outside h: any other set of them may use every place.
  bool keeps_every_avoid(std::span<const std::uint32_t> assigned, std::span<const BatchEntry> entries,
                         const AssignmentProblem& problem) {
    avoiders_.assign(avoided_.size(), 0);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (assigned[i] == kUnassigned || options_[assigned[i]].source != Source::bucket) continue;
      const Avoided* a = avoided_in(entries[i].child.avoid, options_[assigned[i]].index);
      if (a && ++avoiders_[static_cast<std::size_t>(a - avoided_.data())] > problem.capacity(assigned[i]) - a->places)
        return false;
    }
    return true;
  }

  // The concrete places behind the options assigned, by entry. A bucket hands out its
  // households to its children in entry order, from the end free_households picks from, each
  // up to its free places, passing over a child's own. Where only that one is left, an
  // earlier child of the bucket who may go there gives up its household in exchange (there
  // is one, keeps_every_avoid having held).
  void hand_out(std::span<const std::uint32_t> assigned, std::span<const BatchEntry> entries, const BatchSupply& supply,
                std::vector<std::optional<PlacementChoice>>& choices) {
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (assigned[i] == kUnassigned) continue;
      const Option& o = options_[assigned[i]];
      switch (o.source) {
        case Source::bucket: choices[i] = {PlacementType::in_house_foster, model::kNoHousehold, std::nullopt}; break;
        case Source::household: choices[i] = {PlacementType::in_house_foster, model::HouseholdId{o.index}, std::nullopt}; break;
        case Source::home: choices[i] = {PlacementType::residential, model::kNoHousehold, o.index}; break;
        case Source::shared: choices[i] = {o.type, model::kNoHousehold, std::nullopt}; break;
      }
    }
    for (std::uint32_t option = 0; option < options_.size(); ++option) {
      if (options_[option].source != Source::bucket) continue;
      opened_.clear();
      for (std::size_t i = 0; i < entries.size(); ++i)
        if (assigned[i] == option) choices[i]->household = household_for(i, assigned, entries, *supply.foster, choices);
    }
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
    std::uint32_t handed_out = 0;  // a bucket's households opened or passed over, counted from the pick end
  };
  struct SetApart {
    model::HouseholdId household;
    std::uint32_t bucket;
    std::uint32_t option;
  };
  struct Avoided {  // a household some child must not go back to, left in its bucket
    model::HouseholdId household;
    std::uint32_t bucket;
    int places;  // its free places
  };
  struct Opened {  // a bucket's household handed out from, and its places not yet given
    model::HouseholdId household;
    int left;
  };

  // Forgets the last batch, keeping the buffers.
  void clear() {
    for (const Option& o : options_) {
      if (o.source == Source::bucket) option_of_bucket_[o.index] = kUnassigned;
      if (o.source == Source::home) option_of_home_[o.index] = kUnassigned;
    }
    options_.clear();
    set_apart_.clear();
    avoided_.clear();
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

  // The household `id` if some child avoids it and it is in `bucket`, else nullptr.
  const Avoided* avoided_in(model::HouseholdId id, std::uint32_t bucket) const {
    const auto at = std::lower_bound(avoided_.begin(), avoided_.end(), id,
                                     [](const Avoided& a, model::HouseholdId h) { return a.household < h; });
    return at != avoided_.end() && at->household == id && at->bucket == bucket ? &*at : nullptr;
  }
  static std::uint32_t bucket_of(const model::FosterPool& pool, model::HouseholdId id) {
    const model::FosterHousehold& h = pool[id];
    return bucket_key(pool, h.locality, static_cast<std::size_t>(h.skill), h.age_range);
  }

  std::uint32_t add_option(int capacity, Option option, AssignmentProblem& problem) {
    options_.push_back(option);
    return problem.add_option(capacity);
  }

  // Whether `id` is a household listed in a bucket (one that can take a child) and not yet
  // set apart: only those need setting apart, or noting as avoided.
  bool in_a_bucket(model::HouseholdId id, const model::FosterPool& pool) const {
    return id != model::kNoHousehold && model::index_of(id) < pool.households().size() &&
           pool[id].can_take_a_child() && !is_set_apart(id);
  }

  void set_apart(model::HouseholdId id, const model::FosterPool& pool, AssignmentProblem& problem) {
    if (!in_a_bucket(id, pool)) return;
    const std::uint32_t option =
        add_option(held_->left_in(pool, id), {PlacementType::in_house_foster, Source::household, model::index_of(id)},
                   problem);
    set_apart_.push_back({id, bucket_of(pool, id), option});
  }

  // Notes a household a child of the batch must not go back to, left in its bucket.
  void note_avoided(model::HouseholdId id, const model::FosterPool& pool) {
    if (in_a_bucket(id, pool)) avoided_.push_back({id, bucket_of(pool, id), pool[id].free_places()});
  }

  // The bucket's option, made on first use: its capacity is its households' free places,
  // less those of households set apart, counted no further than the batch could use, and
  // then those of the avoided households in it, each in full: a child who avoids one still
  // finds as many places as the batch could use, or every place outside it.
  std::uint32_t bucket_option(model::LocalityId locality, std::size_t skill, std::size_t age_range,
                              const model::FosterPool& pool, AssignmentProblem& problem) {
    const std::uint32_t key = bucket_key(pool, locality, skill, age_range);
    if (option_of_bucket_[key] != kUnassigned) return option_of_bucket_[key];
    int capacity = 0;
    for (const model::HouseholdId id : pool.free_households(locality, static_cast<NeedLevel>(skill), age_range)) {
      if (capacity >= batch_size_) break;
      if (!is_set_apart(id) && !avoided_in(id, key)) capacity += pool[id].free_places();
    }
    for (const Avoided& a : avoided_)
      if (a.bucket == key) capacity += a.places;
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

  // In first_fit's order: each skill pass (for_each_skill_pass) in turn, and in each the
  // nearest locality first, then the least skill, then the age ranges in the scenario's
  // order. Costs never fall along it within a locality of a pass, nor their lower bound from
  // one locality to the next.
  void add_in_house(const SearchRequest& child, const BatchSupply& supply, const scenario::MatchCosts& costs,
                    AssignmentProblem& problem) {
    for_each_skill_pass(child.need, supply.policy, [&](std::size_t least_skill, std::size_t skill_end) {
      add_in_house_skills(child, supply, costs, least_skill, skill_end, problem);
      return false;
    });
  }

  void add_in_house_skills(const SearchRequest& child, const BatchSupply& supply, const scenario::MatchCosts& costs,
                           std::size_t least_skill, std::size_t skill_end, AssignmentProblem& problem) {
    const model::FosterPool& pool = *supply.foster;
    const auto& ranges = pool.age_ranges();
    const auto above_need = [&child](std::size_t skill) {
      return skill_above_need(static_cast<NeedLevel>(skill), child.need);
    };
    for (const model::LocalityId locality : supply.geography.nearest_first(child.home)) {
      const double miles = supply.geography.miles(child.home, locality);
      if (!can_beat(match_cost(costs, PlacementType::in_house_foster, miles, above_need(least_skill)))) break;
      for (std::size_t skill = least_skill; skill < skill_end; ++skill) {
        const double cost = match_cost(costs, PlacementType::in_house_foster, miles, above_need(skill));
        for (std::size_t range = 0; range < ranges.size() && can_beat(cost); ++range) {
          if (child.age < ranges[range].min_age || child.oldest() > ranges[range].max_age) continue;
          const std::uint32_t bucket = bucket_option(locality, skill, range, pool, problem);
          const Avoided* own = avoided_in(child.avoid, options_[bucket].index);
          if (!own || problem.capacity(bucket) > own->places) offer(bucket, cost, problem);
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

  // The household the bucket gives entry i: the first opened with a place left that is not
  // the child's own, opening more from the listing as needed; if only its own is left, an
  // exchange with an earlier child of the bucket who may go there.
  model::HouseholdId household_for(std::size_t i, std::span<const std::uint32_t> assigned,
                                   std::span<const BatchEntry> entries, const model::FosterPool& pool,
                                   std::vector<std::optional<PlacementChoice>>& choices) {
    Option& bucket = options_[assigned[i]];
    const model::HouseholdId avoid = entries[i].child.avoid;
    for (;;) {
      for (Opened& o : opened_)
        if (o.left > 0 && o.household != avoid) {
          --o.left;
          return o.household;
        }
      if (!open_next(bucket, pool)) break;
    }
    Opened& own = *std::find_if(opened_.begin(), opened_.end(), [](const Opened& o) { return o.left > 0; });
    for (std::size_t earlier = 0; earlier < i; ++earlier) {
      if (assigned[earlier] != assigned[i] || entries[earlier].child.avoid == own.household) continue;
      if (choices[earlier]->household == own.household) continue;
      --own.left;
      return std::exchange(choices[earlier]->household, own.household);
    }
    return own.household;  // unreachable when keeps_every_avoid held
  }

  // Opens the bucket's next household, from the end free_households picks from, passing
  // over those set apart; false when none is left.
  bool open_next(Option& bucket, const model::FosterPool& pool) {
    const auto listed = pool.free_households(bucket.locality, bucket.skill, bucket.age_range);
    while (bucket.handed_out < listed.size()) {
      const model::HouseholdId id = listed[listed.size() - 1 - bucket.handed_out++];
      if (is_set_apart(id)) continue;
      opened_.push_back({id, pool[id].free_places()});
      return true;
    }
    return false;
  }

  const HeldPlaces* held_ = nullptr;  // this batch's
  int batch_size_ = 0;
  std::vector<Option> options_;  // by option of the problem
  std::vector<SetApart> set_apart_;
  std::vector<Avoided> avoided_;   // sorted by household
  std::vector<int> avoiders_;      // by avoided household: children assigned to its bucket who avoid it
  std::vector<Opened> opened_;     // the bucket being handed out
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
