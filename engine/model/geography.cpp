#include "model/geography.hpp"

#include <algorithm>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

namespace caresim::model {
namespace {

using RoadMap = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                      boost::property<boost::edge_weight_t, double>>;

}  // namespace

Geography::Geography(const std::optional<scenario::GeographySpec>& spec) {
  if (!spec) {
    miles_.assign(1, 0.0);
    nearest_first_.assign(1, {LocalityId{0}});
    return;
  }
  count_ = spec->localities.size();
  RoadMap roads(count_);
  for (const auto& road : spec->roads) boost::add_edge(road.from, road.to, road.miles, roads);

  miles_.assign(count_ * count_, 0.0);
  std::vector<double> from_here(count_);
  for (std::size_t origin = 0; origin < count_; ++origin) {
    boost::dijkstra_shortest_paths(roads, origin, boost::distance_map(from_here.data()));
    for (std::size_t destination = 0; destination < count_; ++destination)
      miles_[origin * count_ + destination] =
          origin == destination ? spec->within_locality_miles : from_here[destination];
  }

  for (std::size_t home = 0; home < count_; ++home) {
    std::vector<LocalityId> order;
    for (std::size_t l = 0; l < count_; ++l) order.push_back(LocalityId{static_cast<std::uint16_t>(l)});
    std::stable_sort(order.begin(), order.end(), [&](LocalityId a, LocalityId b) {
      return miles(LocalityId{static_cast<std::uint16_t>(home)}, a) < miles(LocalityId{static_cast<std::uint16_t>(home)}, b);
    });
    nearest_first_.push_back(std::move(order));
  }
}

}  // namespace caresim::model
