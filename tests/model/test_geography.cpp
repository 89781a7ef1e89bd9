#include <catch2/catch.hpp>

#include "model/geography.hpp"

using caresim::model::Geography;
using caresim::model::LocalityId;
using caresim::scenario::GeographySpec;

namespace {
LocalityId at(std::size_t i) { return LocalityId{static_cast<std::uint16_t>(i)}; }
}  // namespace

TEST_CASE("distances follow the shortest road route, worked out by hand", "[model][geography]") {
  // a --10-- b --10-- c, and a long direct road a --35-- c; d hangs off c by 4.
  GeographySpec spec;
  spec.localities = {{"a", 0.25}, {"b", 0.25}, {"c", 0.25}, {"d", 0.25}};
  spec.roads = {{0, 1, 10}, {1, 2, 10}, {0, 2, 35}, {2, 3, 4}};
  spec.within_locality_miles = 3;
  const Geography geography(spec);

  CHECK(geography.localities() == 4);
  CHECK(geography.miles(at(0), at(1)) == 10);
  CHECK(geography.miles(at(0), at(2)) == 20);  // via b, not the direct 35
  CHECK(geography.miles(at(0), at(3)) == 24);
  CHECK(geography.miles(at(3), at(0)) == 24);  // roads run both ways
  CHECK(geography.miles(at(1), at(3)) == 14);
  for (std::size_t i = 0; i < 4; ++i) CHECK(geography.miles(at(i), at(i)) == 3);
}

TEST_CASE("without a geography everything is in one place", "[model][geography]") {
  const Geography geography(std::nullopt);
  CHECK(geography.localities() == 1);
  CHECK(geography.miles(at(0), at(0)) == 0);
}
