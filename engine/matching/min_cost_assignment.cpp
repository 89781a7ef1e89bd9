#include "matching/min_cost_assignment.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/successive_shortest_path_nonnegative_weights.hpp>

namespace caresim::matching {
namespace {

using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
using Arc = Traits::edge_descriptor;
// Weights are whole numbers held in doubles: exact below 2^53, and an unreachable vertex's
// infinite distance added to its potential stays huge instead of overflowing an integer.
using Graph = boost::adjacency_list<
    boost::vecS, boost::vecS, boost::directedS, boost::no_property,
    boost::property<boost::edge_capacity_t, long,
                    boost::property<boost::edge_residual_capacity_t, long,
                                    boost::property<boost::edge_reverse_t, Arc,
                                                    boost::property<boost::edge_weight_t, double>>>>>;

constexpr double kExactLimit = 4503599627370496.0;  // 2^52: sums of weights stay exact below 2^53

// Whole-number weights: the cost in thousandths times `spread`, plus the candidate's place
// in its child's list. `spread` exceeds any sum of places, so the places only break ties.
struct Weights {
  double per_unit = MinCostAssignment::kResolution;
  double spread = 1;

  explicit Weights(const AssignmentProblem& problem) {
    std::size_t longest = 0;
    double dearest = 0;
    for (std::size_t child = 0; child < problem.children(); ++child) {
      const auto list = problem.candidates_of(child);
      longest = std::max(longest, list.size());
      for (const Candidate& c : list) dearest = std::max(dearest, c.cost);
    }
    const double children = static_cast<double>(problem.children());
    spread = children * static_cast<double>(longest) + 1;
    // A shortest path crosses at most 2 * children + 1 arcs; coarsen the resolution only
    // for absurd costs, so that every sum stays exact.
    const double path_arcs = 2 * children + 2;
    while (per_unit > 1e-9 && (dearest * per_unit + 1) * spread * path_arcs > kExactLimit) per_unit /= 2;
  }
  double units(double cost) const { return std::round(cost * per_unit); }
  double of(double cost, std::size_t place) const { return units(cost) * spread + static_cast<double>(place); }
};

}  // namespace

struct MinCostAssignment::Network {
  Graph graph;
  std::vector<Arc> predecessor;
  std::vector<double> distance;
  std::vector<double> potential;
  std::vector<std::uint32_t> vertex_of_option;
  std::vector<std::uint32_t> option_of_vertex;
  std::vector<std::pair<double, std::size_t>> kept;  // a child's candidates kept: (weight, place in its list)

  void add_arc(std::size_t from, std::size_t to, long capacity, double weight) {
    const Arc forward = boost::add_edge(from, to, graph).first;
    const Arc backward = boost::add_edge(to, from, graph).first;
    boost::put(boost::edge_capacity, graph, forward, capacity);
    boost::put(boost::edge_capacity, graph, backward, 0);
    boost::put(boost::edge_weight, graph, forward, weight);
    boost::put(boost::edge_weight, graph, backward, -weight);
    boost::put(boost::edge_reverse, graph, forward, backward);
    boost::put(boost::edge_reverse, graph, backward, forward);
  }

  void build(const AssignmentProblem& problem, const Weights& weights);
  void solve();
  void read_assignment(std::size_t children, std::vector<std::uint32_t>& assigned) const;
};

namespace {
constexpr std::size_t kSource = 0, kSink = 1, kFirstChild = 2;
}

// Vertices: source, sink, the children, then only the options some child may take.
// Each child keeps only its cheapest candidates, up to the first whose capacities add up to
// the number of children: the other children cannot fill all of those, so in an optimal
// assignment a child on a dearer option could move to one of them for less. The rest never
// matter, and the network stays small.
void MinCostAssignment::Network::build(const AssignmentProblem& problem, const Weights& weights) {
  graph.clear();
  const std::size_t children = problem.children();
  vertex_of_option.assign(problem.options(), kUnassigned);
  option_of_vertex.assign(kFirstChild + children, kUnassigned);
  boost::add_vertex(graph);  // source
  boost::add_vertex(graph);  // sink
  for (std::size_t child = 0; child < children; ++child) boost::add_vertex(graph);
  for (std::size_t child = 0; child < children; ++child) {
    const std::size_t child_vertex = kFirstChild + child;
    add_arc(kSource, child_vertex, 1, 0);
    const auto list = problem.candidates_of(child);
    kept.clear();
    for (std::size_t place = 0; place < list.size(); ++place)
      if (problem.capacity(list[place].option) > 0) kept.push_back({weights.of(list[place].cost, place), place});
    std::sort(kept.begin(), kept.end());
    std::size_t room = 0, enough = 0;
    while (enough < kept.size() && room < children)
      room += static_cast<std::size_t>(problem.capacity(list[kept[enough++].second].option));
    kept.resize(enough);
    for (const auto& [weight, place] : kept) {
      const std::uint32_t option = list[place].option;
      if (vertex_of_option[option] == kUnassigned) {
        vertex_of_option[option] = static_cast<std::uint32_t>(boost::add_vertex(graph));
        option_of_vertex.push_back(option);
        add_arc(vertex_of_option[option], kSink, problem.capacity(option), 0);
      }
      add_arc(child_vertex, vertex_of_option[option], 1, weight);
    }
  }
}

void MinCostAssignment::Network::solve() {
  const std::size_t vertices = boost::num_vertices(graph);
  predecessor.assign(vertices, Arc());
  distance.assign(vertices, 0);
  potential.assign(vertices, 0);
  const auto index = boost::get(boost::vertex_index, graph);
  boost::successive_shortest_path_nonnegative_weights(
      graph, kSource, kSink, boost::get(boost::edge_capacity, graph), boost::get(boost::edge_residual_capacity, graph),
      boost::get(boost::edge_weight, graph), boost::get(boost::edge_reverse, graph), index,
      boost::make_iterator_property_map(predecessor.begin(), index),
      boost::make_iterator_property_map(distance.begin(), index),
      boost::make_iterator_property_map(potential.begin(), index));
}

// A child takes the option whose arc from it carries flow (a forward arc, used up).
void MinCostAssignment::Network::read_assignment(std::size_t children, std::vector<std::uint32_t>& assigned) const {
  assigned.assign(children, kUnassigned);
  for (std::size_t child = 0; child < children; ++child)
    for (auto [arc, end] = boost::out_edges(kFirstChild + child, graph); arc != end; ++arc) {
      const bool forward = boost::get(boost::edge_capacity, graph, *arc) == 1;
      if (forward && boost::get(boost::edge_residual_capacity, graph, *arc) == 0) {
        assigned[child] = option_of_vertex[boost::target(*arc, graph)];
        break;
      }
    }
}

MinCostAssignment::MinCostAssignment() = default;
MinCostAssignment::~MinCostAssignment() = default;

// Each child's cheapest candidate with room, the earliest in its list on equal cost. When
// together they fit, no assignment places more children or costs less (and none other ties
// with it, the positions in the lists breaking every tie), so that is the answer. A child
// alone always fits: the fast path of most searches.
bool MinCostAssignment::each_takes_its_cheapest(const AssignmentProblem& problem) {
  assigned_.assign(problem.children(), kUnassigned);
  load_.assign(problem.options(), 0);
  for (std::size_t child = 0; child < problem.children(); ++child) {
    double best = 0;
    for (const Candidate& c : problem.candidates_of(child))
      if (problem.capacity(c.option) > 0 && (assigned_[child] == kUnassigned || resolved(c.cost) < best)) {
        assigned_[child] = c.option;
        best = resolved(c.cost);
      }
    if (assigned_[child] != kUnassigned) ++load_[assigned_[child]];
  }
  for (std::uint32_t option = 0; option < problem.options(); ++option)
    if (load_[option] > problem.capacity(option)) return false;
  return true;
}

std::span<const std::uint32_t> MinCostAssignment::solve(const AssignmentProblem& problem) {
  if (each_takes_its_cheapest(problem)) return assigned_;
  const Weights weights(problem);
  if (!network_) network_ = std::make_unique<Network>();  // only batches that compete need it
  network_->build(problem, weights);
  network_->solve();
  network_->read_assignment(problem.children(), assigned_);
  ++networks_solved_;
  return assigned_;
}

}  // namespace caresim::matching
