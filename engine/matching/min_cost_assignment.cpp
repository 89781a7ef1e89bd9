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

// Children whose lists are the same (the same options at the same costs, in the same order)
// are interchangeable, so one vertex of the network stands for them all, its arc from the
// source carrying as many children as they are. A shortest path then moves a whole class
// at once: a large batch has thousands of children but only hundreds of different lists
// (home, need, age and each search's luck), and the paths to find fall as much.
class ChildClasses {
 public:
  // Sorts the children by their lists, so that the same lists lie together; each run of
  // them is a class. Numbered in that order, which depends on the lists alone.
  void group(const AssignmentProblem& problem) {
    by_list_.resize(problem.children());
    for (std::uint32_t child = 0; child < by_list_.size(); ++child) by_list_[child] = child;
    std::sort(by_list_.begin(), by_list_.end(), [&problem](std::uint32_t a, std::uint32_t b) {
      const auto x = problem.candidates_of(a), y = problem.candidates_of(b);
      if (before(x, y)) return true;
      if (before(y, x)) return false;
      return a < b;  // the same list: entry order, so the sort's result is unique
    });
    of_child_.assign(problem.children(), 0);
    first_child_.clear();
    size_.clear();
    for (const std::uint32_t child : by_list_) {
      if (first_child_.empty() || before(problem.candidates_of(first_child_.back()), problem.candidates_of(child))) {
        first_child_.push_back(child);
        size_.push_back(0);
      }
      of_child_[child] = static_cast<std::uint32_t>(first_child_.size() - 1);
      ++size_.back();
    }
  }

  std::size_t count() const { return first_child_.size(); }
  std::uint32_t of(std::size_t child) const { return of_child_[child]; }
  // The class's first child in entry order, whose list stands for them all.
  std::size_t first_child(std::uint32_t c) const { return first_child_[c]; }
  long size(std::uint32_t c) const { return size_[c]; }

 private:
  static bool before(std::span<const Candidate> x, std::span<const Candidate> y) {
    return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end(), [](const Candidate& a, const Candidate& b) {
      return a.option != b.option ? a.option < b.option : a.cost < b.cost;
    });
  }

  std::vector<std::uint32_t> by_list_;      // the children sorted by list
  std::vector<std::uint32_t> of_child_;     // class by child
  std::vector<std::uint32_t> first_child_;  // by class
  std::vector<long> size_;                  // by class: its children
};

}  // namespace

struct MinCostAssignment::Network {
  Graph graph;
  std::vector<Arc> predecessor;
  std::vector<double> distance;
  std::vector<double> potential;
  std::vector<std::uint32_t> vertex_of_option;
  std::vector<std::uint32_t> option_of_vertex;
  std::vector<std::pair<double, std::size_t>> kept;  // a class's candidates kept: (weight, place in its list)
  ChildClasses classes;
  std::vector<std::pair<std::uint32_t, long>> handed;  // by class, in turn: (option, children it takes)
  std::vector<std::size_t> first_handed;               // by class, and one past the last
  std::vector<std::size_t> next_handed;                // by class: its next in `handed`

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
  void read_assignment(std::size_t children, std::vector<std::uint32_t>& assigned);
};

namespace {
constexpr std::size_t kSource = 0, kSink = 1, kFirstClass = 2;
}

// Vertices: source, sink, the classes of children, then only the options some child may
// take. Each class keeps only its cheapest candidates, up to the first whose capacities add
// up to the number of children: the other children cannot fill all of those, so in an
// optimal assignment a child on a dearer option could move to one of them for less. The
// rest never matter, and the network stays small.
void MinCostAssignment::Network::build(const AssignmentProblem& problem, const Weights& weights) {
  graph.clear();
  classes.group(problem);
  const std::size_t children = problem.children();
  vertex_of_option.assign(problem.options(), kUnassigned);
  option_of_vertex.assign(kFirstClass + classes.count(), kUnassigned);
  boost::add_vertex(graph);  // source
  boost::add_vertex(graph);  // sink
  for (std::size_t c = 0; c < classes.count(); ++c) boost::add_vertex(graph);
  for (std::uint32_t c = 0; c < classes.count(); ++c) {
    const std::size_t class_vertex = kFirstClass + c;
    add_arc(kSource, class_vertex, classes.size(c), 0);
    const auto list = problem.candidates_of(classes.first_child(c));
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
      add_arc(class_vertex, vertex_of_option[option], classes.size(c), weight);
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

// A class's flow, option by option in the order of its arcs (cheapest first, then earliest
// in the list), goes to its children in their order: any share of it among them costs the
// same and sits as early in their lists, and this one is always the same.
void MinCostAssignment::Network::read_assignment(std::size_t children, std::vector<std::uint32_t>& assigned) {
  handed.clear();
  first_handed.clear();
  for (std::uint32_t c = 0; c < classes.count(); ++c) {
    first_handed.push_back(handed.size());
    for (auto [arc, end] = boost::out_edges(kFirstClass + c, graph); arc != end; ++arc) {
      if (boost::target(*arc, graph) == kSource) continue;  // the source arc's reverse
      const long flow = boost::get(boost::edge_capacity, graph, *arc) - boost::get(boost::edge_residual_capacity, graph, *arc);
      if (flow > 0) handed.push_back({option_of_vertex[boost::target(*arc, graph)], flow});
    }
  }
  first_handed.push_back(handed.size());
  next_handed.assign(first_handed.begin(), first_handed.end() - 1);
  assigned.assign(children, kUnassigned);
  for (std::size_t child = 0; child < children; ++child) {
    const std::uint32_t c = classes.of(child);
    std::size_t& next = next_handed[c];
    if (next == first_handed[c + 1]) continue;  // the class's flow is all handed out
    assigned[child] = handed[next].first;
    if (--handed[next].second == 0) ++next;
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
