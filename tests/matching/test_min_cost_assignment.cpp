#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <queue>

#include "kernel/random_stream.hpp"
#include "matching/min_cost_assignment.hpp"

using namespace caresim;
using matching::AssignmentProblem;
using matching::kUnassigned;
using matching::MinCostAssignment;

namespace {

int below(kernel::RandomStream& random, int n) { return static_cast<int>(random.uniform01() * n); }

// Costs are whole numbers of `step`, so ties are real ties; a step of 0.001, the solver's
// resolution, makes costs as close as they can be without being equal. With `copy_chance`
// a child lists what an earlier child lists, as children alike in a batch do.
AssignmentProblem random_problem(kernel::RandomStream& random, int max_children, int max_options, int max_capacity,
                                 double step = 0.5, double copy_chance = 0) {
  AssignmentProblem problem;
  const int options = 1 + below(random, max_options);
  for (int o = 0; o < options; ++o) problem.add_option(below(random, max_capacity + 1));
  const int children = 1 + below(random, max_children);
  std::vector<std::uint32_t> order(static_cast<std::size_t>(options));
  for (int c = 0; c < children; ++c) {
    if (c > 0 && random.uniform01() < copy_chance) {
      const auto earlier = problem.candidates_of(static_cast<std::size_t>(below(random, c)));
      const std::vector<matching::Candidate> list(earlier.begin(), earlier.end());
      problem.add_child();
      for (const auto& candidate : list) problem.add_candidate(candidate.option, candidate.cost);
      continue;
    }
    problem.add_child();
    for (std::size_t o = 0; o < order.size(); ++o) order[o] = static_cast<std::uint32_t>(o);
    for (std::size_t o = order.size(); o > 1; --o) std::swap(order[o - 1], order[static_cast<std::size_t>(below(random, static_cast<int>(o)))]);
    for (const std::uint32_t option : order)
      if (random.uniform01() < 0.6) problem.add_candidate(option, step * below(random, 41));
  }
  return problem;
}

long thousandths(double cost) { return std::lround(cost * 1000); }

// What an assignment achieves, compared lexicographically: more children placed, then
// less cost (in thousandths), then choices earlier in the children's lists.
struct Score {
  int placed = 0;
  long cost = 0;
  int places = 0;
  bool better_than(const Score& other) const {
    if (placed != other.placed) return placed > other.placed;
    if (cost != other.cost) return cost < other.cost;
    return places < other.places;
  }
};

std::size_t place_in_list(const AssignmentProblem& problem, std::size_t child, std::uint32_t option) {
  const auto list = problem.candidates_of(child);
  return static_cast<std::size_t>(
      std::find_if(list.begin(), list.end(), [option](const auto& c) { return c.option == option; }) - list.begin());
}

// Checks the assignment uses only listed candidates within capacity, and scores it.
Score score_of(const AssignmentProblem& problem, std::span<const std::uint32_t> assigned) {
  REQUIRE(assigned.size() == problem.children());
  std::vector<int> load(problem.options(), 0);
  Score score;
  for (std::size_t child = 0; child < assigned.size(); ++child) {
    if (assigned[child] == kUnassigned) continue;
    const std::size_t place = place_in_list(problem, child, assigned[child]);
    REQUIRE(place < problem.candidates_of(child).size());
    ++load[assigned[child]];
    ++score.placed;
    score.cost += thousandths(problem.candidates_of(child)[place].cost);
    score.places += static_cast<int>(place);
  }
  for (std::uint32_t o = 0; o < problem.options(); ++o) CHECK(load[o] <= std::max(0, problem.capacity(o)));
  return score;
}

void brute_force(const AssignmentProblem& problem, std::size_t child, std::vector<int>& room, Score so_far,
                 Score& best) {
  if (child == problem.children()) {
    if (so_far.better_than(best)) best = so_far;
    return;
  }
  brute_force(problem, child + 1, room, so_far, best);  // unassigned
  const auto list = problem.candidates_of(child);
  for (std::size_t place = 0; place < list.size(); ++place) {
    if (room[list[place].option] <= 0) continue;
    --room[list[place].option];
    brute_force(problem, child + 1, room,
                {so_far.placed + 1, so_far.cost + thousandths(list[place].cost), so_far.places + static_cast<int>(place)}, best);
    ++room[list[place].option];
  }
}

Score best_by_brute_force(const AssignmentProblem& problem) {
  std::vector<int> room(problem.options());
  for (std::uint32_t o = 0; o < problem.options(); ++o) room[o] = problem.capacity(o);
  Score best{-1, 0, 0};
  brute_force(problem, 0, room, {}, best);
  return best;
}

// The optimality certificate of a min-cost maximum flow: in the residual network there is
// no path from source to sink (no more children can be placed) and no cycle of negative
// cost (no exchange of places lowers the total).
struct Residual {
  std::size_t vertices;
  struct Arc {
    std::size_t from, to;
    double cost;
  };
  std::vector<Arc> arcs;
};

Residual residual_of(const AssignmentProblem& problem, std::span<const std::uint32_t> assigned) {
  const std::size_t children = problem.children();
  const std::size_t source = 0, sink = 1, first_child = 2, first_option = 2 + children;
  Residual r{first_option + problem.options(), {}};
  std::vector<int> load(problem.options(), 0);
  for (std::size_t child = 0; child < children; ++child) {
    if (assigned[child] == kUnassigned)
      r.arcs.push_back({source, first_child + child, 0});
    else {
      r.arcs.push_back({first_child + child, source, 0});
      ++load[assigned[child]];
    }
    for (const auto& c : problem.candidates_of(child)) {
      if (c.option == assigned[child])
        r.arcs.push_back({first_option + c.option, first_child + child, -c.cost});
      else
        r.arcs.push_back({first_child + child, first_option + c.option, c.cost});
    }
  }
  for (std::uint32_t o = 0; o < problem.options(); ++o) {
    if (load[o] < problem.capacity(o)) r.arcs.push_back({first_option + o, sink, 0});
    if (load[o] > 0) r.arcs.push_back({sink, first_option + o, 0});
  }
  return r;
}

bool sink_reachable(const Residual& r) {
  std::vector<bool> seen(r.vertices, false);
  std::queue<std::size_t> queue;
  queue.push(0);
  seen[0] = true;
  while (!queue.empty()) {
    const std::size_t v = queue.front();
    queue.pop();
    for (const auto& arc : r.arcs)
      if (arc.from == v && !seen[arc.to]) {
        seen[arc.to] = true;
        queue.push(arc.to);
      }
  }
  return seen[1];
}

// Bellman-Ford from every vertex at once: still relaxing after |V| rounds means a negative cycle.
bool has_negative_cycle(const Residual& r) {
  std::vector<double> distance(r.vertices, 0);
  for (std::size_t round = 0; round <= r.vertices; ++round) {
    bool relaxed = false;
    for (const auto& arc : r.arcs)
      if (distance[arc.from] + arc.cost < distance[arc.to] - 1e-9) {
        distance[arc.to] = distance[arc.from] + arc.cost;
        relaxed = true;
      }
    if (!relaxed) return false;
  }
  return true;
}

// 1,500 small problems, each solved by one solver reused (buffers carried between calls must
// not leak answers) and checked against the brute-force optimum; most must need the network.
void check_against_brute_force(std::uint64_t seed, int max_children, double copy_chance) {
  kernel::RandomStream random(seed, 0, "min_cost_assignment_test");
  MinCostAssignment solver;
  for (int instance = 0; instance < 1500; ++instance) {
    const AssignmentProblem problem = random_problem(random, max_children, 4, 3, instance % 2 ? 0.5 : 0.001, copy_chance);
    const Score found = score_of(problem, solver.solve(problem));
    const Score best = best_by_brute_force(problem);
    INFO("instance " << instance << ", " << problem.children() << " children");
    CHECK(found.placed == best.placed);
    CHECK(found.cost == best.cost);
    CHECK(found.places == best.places);
  }
  CHECK(solver.networks_solved() > 300);  // not only the fast path of children who do not compete
}

}  // namespace

TEST_CASE("the solver finds the brute-force optimum: most children placed, then least cost, then earliest choices",
          "[matching]") {
  check_against_brute_force(1, 5, 0);
}

TEST_CASE("children with the same list, solved as one class, still get the brute-force optimum", "[matching]") {
  check_against_brute_force(4, 6, 0.6);
}

TEST_CASE("a batch of hundreds with few different lists carries the certificate of a min-cost maximum flow",
          "[matching]") {
  kernel::RandomStream random(5, 0, "min_cost_assignment_test");
  MinCostAssignment solver;
  for (int instance = 0; instance < 10; ++instance) {
    const AssignmentProblem problem = random_problem(random, 300, 30, 12, 0.5, 0.95);
    const auto assigned = solver.solve(problem);
    score_of(problem, assigned);
    const Residual residual = residual_of(problem, assigned);
    CHECK_FALSE(sink_reachable(residual));
    CHECK_FALSE(has_negative_cycle(residual));
  }
}

TEST_CASE("among children with the same list the earlier takes the cheaper option", "[matching]") {
  AssignmentProblem problem;
  const auto dear = problem.add_option(2);
  const auto cheap = problem.add_option(1);
  for (int child = 0; child < 3; ++child) {
    problem.add_child();
    problem.add_candidate(dear, 7);
    problem.add_candidate(cheap, 3);
  }
  MinCostAssignment solver;
  const auto assigned = solver.solve(problem);
  CHECK(solver.networks_solved() == 1);
  CHECK(assigned[0] == cheap);
  CHECK(assigned[1] == dear);
  CHECK(assigned[2] == dear);
}

TEST_CASE("on batches of fifty the solver's answer carries the certificate of a min-cost maximum flow", "[matching]") {
  kernel::RandomStream random(2, 0, "min_cost_assignment_test");
  MinCostAssignment solver;
  for (int instance = 0; instance < 20; ++instance) {
    AssignmentProblem problem;
    for (int o = 0; o < 30; ++o) problem.add_option(below(random, 3));
    for (int c = 0; c < 50; ++c) {
      problem.add_child();
      for (std::uint32_t o = 0; o < 30; ++o)
        if (random.uniform01() < 0.3) problem.add_candidate(o, 0.5 * below(random, 200));
    }
    const auto assigned = solver.solve(problem);
    score_of(problem, assigned);
    const Residual residual = residual_of(problem, assigned);
    CHECK_FALSE(sink_reachable(residual));
    CHECK_FALSE(has_negative_cycle(residual));
  }
  CHECK(solver.networks_solved() == 20);
}

TEST_CASE("placing one more child comes before any saving of cost", "[matching]") {
  AssignmentProblem problem;
  const auto cheap = problem.add_option(1);
  const auto dear = problem.add_option(1);
  problem.add_child();
  problem.add_candidate(cheap, 0);
  problem.add_candidate(dear, 1);
  problem.add_child();
  problem.add_candidate(cheap, 1000);
  MinCostAssignment solver;
  const auto assigned = solver.solve(problem);
  CHECK(assigned[0] == dear);
  CHECK(assigned[1] == cheap);
}

TEST_CASE("among options of equal cost a lone child takes the one it lists first, and full ones never", "[matching]") {
  AssignmentProblem problem;
  const auto full = problem.add_option(0);
  const auto second = problem.add_option(2);
  const auto first = problem.add_option(1);
  problem.add_child();
  problem.add_candidate(full, 0);
  problem.add_candidate(first, 5);
  problem.add_candidate(second, 5);
  MinCostAssignment solver;
  CHECK(solver.solve(problem)[0] == first);
  CHECK(solver.networks_solved() == 0);
}

TEST_CASE("children competing at equal cost get the choices earliest in their lists", "[matching]") {
  // Both list `shared` first. The second child lists a full option before its other one,
  // so `shared` to it and `fallback` to the first puts the choices earlier overall
  // (places 1 + 0, against 0 + 2).
  AssignmentProblem problem;
  const auto shared = problem.add_option(1);
  const auto fallback = problem.add_option(1);
  const auto full = problem.add_option(0);
  const auto other = problem.add_option(1);
  problem.add_child();
  for (const auto option : {shared, fallback}) problem.add_candidate(option, 5);
  problem.add_child();
  for (const auto option : {shared, full, other}) problem.add_candidate(option, 5);
  MinCostAssignment solver;
  const auto assigned = solver.solve(problem);
  CHECK(solver.networks_solved() == 1);
  CHECK(assigned[0] == fallback);
  CHECK(assigned[1] == shared);
}

TEST_CASE("a child with no candidate with room is left unassigned", "[matching]") {
  AssignmentProblem problem;
  const auto full = problem.add_option(0);
  problem.add_child();
  problem.add_candidate(full, 1);
  problem.add_child();
  MinCostAssignment solver;
  const auto assigned = solver.solve(problem);
  CHECK(assigned[0] == kUnassigned);
  CHECK(assigned[1] == kUnassigned);
  problem.clear();
  CHECK(solver.solve(problem).empty());
}

TEST_CASE("the same problem gives the same answer from a fresh solver and a reused one", "[matching]") {
  kernel::RandomStream random(3, 0, "min_cost_assignment_test");
  MinCostAssignment reused;
  for (int instance = 0; instance < 200; ++instance) {
    const AssignmentProblem problem = random_problem(random, 12, 8, 2);
    const auto answer = reused.solve(problem);
    const std::vector<std::uint32_t> first(answer.begin(), answer.end());
    MinCostAssignment fresh;
    const auto again = fresh.solve(problem);
    CHECK(std::equal(first.begin(), first.end(), again.begin(), again.end()));
  }
}
