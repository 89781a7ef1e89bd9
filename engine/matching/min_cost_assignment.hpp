// Minimum-cost assignment of children to options with capacities: as many children as can
// be assigned are, and among those assignments the one of least total cost. A pure solver
// over integers and doubles; it knows nothing of carers or placements.
#pragma once

#include <cmath>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace caresim::matching {

inline constexpr std::uint32_t kUnassigned = UINT32_MAX;

struct Candidate {
  std::uint32_t option = 0;
  double cost = 0;  // >= 0 and finite
};

// Children (rows) and options (columns with whole-number capacities); each child lists the
// options it may take with their costs, each option at most once. The order of a child's
// list is its preference among options of equal cost. Clearing keeps the buffers, so one problem serves many searches.
class AssignmentProblem {
 public:
  void clear() {
    capacity_.clear();
    first_candidate_.assign(1, 0);
    candidates_.clear();
  }
  std::uint32_t add_option(int capacity) {
    capacity_.push_back(capacity);
    return static_cast<std::uint32_t>(capacity_.size() - 1);
  }
  // Candidates added from now on belong to this child.
  void add_child() { first_candidate_.push_back(first_candidate_.back()); }
  void add_candidate(std::uint32_t option, double cost) {
    candidates_.push_back({option, cost});
    ++first_candidate_.back();
  }

  std::size_t children() const { return first_candidate_.size() - 1; }
  std::size_t options() const { return capacity_.size(); }
  int capacity(std::uint32_t option) const { return capacity_[option]; }
  std::span<const Candidate> candidates_of(std::size_t child) const {
    return std::span<const Candidate>(candidates_).subspan(first_candidate_[child],
                                                           first_candidate_[child + 1] - first_candidate_[child]);
  }

 private:
  std::vector<int> capacity_;
  std::vector<std::size_t> first_candidate_ = {0};  // by child, and one past the last
  std::vector<Candidate> candidates_;
};

// Solves by successive shortest paths on the flow network source -> child -> option -> sink
// (Boost.Graph), where children with the same list share one vertex, and among them the
// earlier in the problem take the cheaper of their class's options. Costs are resolved to a thousandth (coarser only for costs so vast that
// sums of them would lose exactness); among assignments of equal cost it takes the one
// whose choices sit earliest in the children's lists (the least sum of positions), so the
// same problem always gives the same answer. Keeps its buffers between calls; children who
// do not compete (above all a child alone) take the fast path of their cheapest candidates.
class MinCostAssignment {
 public:
  static constexpr double kResolution = 1000;  // cost units to the unit of cost
  // A cost as the solver compares it, in whole thousandths.
  static double resolved(double cost) { return std::round(cost * kResolution); }

  MinCostAssignment();
  ~MinCostAssignment();
  MinCostAssignment(const MinCostAssignment&) = delete;
  MinCostAssignment& operator=(const MinCostAssignment&) = delete;

  // By child: the option it takes, or kUnassigned. Valid until the next call.
  std::span<const std::uint32_t> solve(const AssignmentProblem& problem);
  // Problems so far whose children competed, so that the flow network was solved.
  std::size_t networks_solved() const { return networks_solved_; }

 private:
  bool each_takes_its_cheapest(const AssignmentProblem& problem);

  struct Network;  // the Boost.Graph flow network and its maps, kept for reuse
  std::unique_ptr<Network> network_;
  std::vector<std::uint32_t> assigned_;
  std::vector<int> load_;  // by option: children whose cheapest it is
  std::size_t networks_solved_ = 0;
};

}  // namespace caresim::matching
