// The caseload pressure on a worker's leaving rate: the scenario's points joined by straight
// lines and held flat beyond the first and the last, each value worked out from the points.
#include <catch2/catch.hpp>

#include "model/workforce/caseload_pressure.hpp"

using namespace caresim;

namespace {

// A first point above 0 and a fall after a rise, so that no two stretches look alike.
const scenario::CaseloadPressureSpec kPressure{{2, 5, 9}, {1.2, 1.8, 1.4}};

double factor(int cases_above_target) { return model::caseload_pressure_factor(kPressure, cases_above_target); }

}  // namespace

TEST_CASE("at each of its points the caseload pressure is that point's factor", "[model][workforce]") {
  CHECK(factor(2) == Approx(1.2));
  CHECK(factor(5) == Approx(1.8));
  CHECK(factor(9) == Approx(1.4));
}

TEST_CASE("between two points the caseload pressure moves in a straight line", "[model][workforce]") {
  const auto& x = kPressure.cases_above_target;
  const auto& y = kPressure.leaving_rate_factor;
  for (std::size_t i = 0; i + 1 < x.size(); ++i) {
    for (int cases = static_cast<int>(x[i]); cases <= static_cast<int>(x[i + 1]); ++cases) {
      // The two points' factors, each weighted by how near the caseload is to it.
      const double expected = ((x[i + 1] - cases) * y[i] + (cases - x[i]) * y[i + 1]) / (x[i + 1] - x[i]);
      INFO(cases << " cases above target");
      CHECK(factor(cases) == Approx(expected));
    }
  }
  CHECK(factor(3) == Approx(1.4));  // a third of the way from 1.2 to 1.8
  CHECK(factor(8) == Approx(1.5));  // three quarters of the way from 1.8 down to 1.4
}

TEST_CASE("before the first point and beyond the last the caseload pressure holds flat", "[model][workforce]") {
  for (const int cases : {-6, -1, 0, 1}) CHECK(factor(cases) == Approx(1.2));  // at or below target too
  for (const int cases : {10, 11, 20, 1000}) CHECK(factor(cases) == Approx(1.4));
}

TEST_CASE("without caseload pressure a caseload leaves the leaving rate as it is", "[model][workforce]") {
  for (const int cases : {-3, 0, 4, 50}) CHECK(model::caseload_pressure_factor(std::nullopt, cases) == 1);
}
