// Where a batch of children who need placements go, decided together (the min_cost
// policy): as many single children placed as the supply allows, at the least total cost,
// where a match costs its type's price, plus per mile from home, plus per skill level the
// carer has above the child's need (or per need level short of it: match_cost). Hard
// constraints are those of first_fit: the types in the policy's order, approved ages, need
// within skill (or as far above it as the policy allows), a free place, never back to
// `avoid`. Sibling groups in the batch are placed first, greedily (place_sibling_groups).
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "matching/batch_options.hpp"
#include "matching/min_cost_assignment.hpp"
#include "matching/place_sibling_groups.hpp"

namespace caresim::matching {

// Keeps its buffers between batches; a model holds one and calls assign for every batch.
class BatchMatcher {
 public:
  // By entry: the placement, or nullopt when the child waits. Applied in entry order, the
  // choices are all feasible: no household, home or capped provider is given more children
  // than it has room for.
  std::vector<std::optional<PlacementChoice>> assign(std::span<const BatchEntry> entries, const BatchSupply& supply,
                                                     const scenario::MatchCosts& costs) {
    std::vector<std::optional<PlacementChoice>> choices(entries.size());
    held_.reset(supply);
    place_sibling_groups(entries, supply, costs, held_, choices);
    options_.build(entries, supply, costs, held_, problem_, false);
    std::span<const std::uint32_t> assigned = solver_.solve(problem_);
    if (!options_.keeps_every_avoid(assigned, entries, problem_)) {
      ++avoided_set_apart_;
      options_.build(entries, supply, costs, held_, problem_, true);
      assigned = solver_.solve(problem_);
    }
    options_.hand_out(assigned, entries, supply, choices);
    return choices;
  }
  const MinCostAssignment& solver() const { return solver_; }
  // Batches solved again with the households children must not go back to set apart.
  std::size_t avoided_set_apart() const { return avoided_set_apart_; }

 private:
  HeldPlaces held_;
  AssignmentProblem problem_;
  BatchOptions options_;
  MinCostAssignment solver_;
  std::size_t avoided_set_apart_ = 0;
};

inline std::vector<std::optional<PlacementChoice>> assign_batch(std::span<const BatchEntry> entries,
                                                                const BatchSupply& supply,
                                                                const scenario::MatchCosts& costs) {
  BatchMatcher matcher;
  return matcher.assign(entries, supply, costs);
}

}  // namespace caresim::matching
