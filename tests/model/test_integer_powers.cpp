// Tabulated powers of a breakdown factor: exactly std::pow's values (outputs must not move by
// a bit when the tables replace the calls), inside the table and beyond it.
#include <catch2/catch.hpp>

#include <cmath>

#include "model/integer_powers.hpp"

using namespace caresim;

TEST_CASE("tabulated integer powers are std::pow's values to the last bit", "[model][breakdowns]") {
  for (const double base : {0.0, 0.35, 1.0, 1.15, 1.35, 2.0, 3.7}) {
    for (const int largest : {-1, 0, 2, 3, 1000}) {
      const model::IntegerPowers powers(base, largest);
      for (int n = -3; n <= 40; ++n) REQUIRE(powers(n) == std::pow(base, n));
    }
  }
}
