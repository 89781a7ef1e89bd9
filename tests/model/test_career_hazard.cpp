// Careers by tenure: the cumulative hazard and its inverse, the mean career, the tenure of a
// pool in steady state, and a factor on the hazard from a later date, against hand-worked
// cases and numerical integration.
#include <catch2/catch.hpp>

#include <cmath>

#include "model/career_hazard.hpp"

using namespace caresim;
using Approx = Catch::Detail::Approx;

namespace {

// 30% a year for two years, 8% to year eight, 40% after: early leavers and retirements.
model::CareerHazard three_bands() { return model::CareerHazard({{0, 0.3}, {2, 0.08}, {8, 0.4}}, 0.0); }

// The integral of S from 0 to `to` by the trapezoid rule on a fine grid.
double survival_area(const model::CareerHazard& career, double to) {
  constexpr int kSteps = 200'000;
  const double step = to / kSteps;
  double area = 0;
  for (int i = 0; i < kSteps; ++i)
    area += (std::exp(-career.cumulative(i * step)) + std::exp(-career.cumulative((i + 1) * step))) / 2 * step;
  return area;
}

}  // namespace

TEST_CASE("the cumulative hazard adds up band by band, and tenure_at inverts it", "[model][careers]") {
  const auto career = three_bands();
  CHECK(career.cumulative(1) == Approx(0.3));
  CHECK(career.cumulative(5) == Approx(0.6 + 0.24));
  CHECK(career.cumulative(10) == Approx(0.6 + 0.48 + 0.8));
  for (const double t : {0.5, 2.0, 3.7, 8.0, 25.0}) CHECK(career.tenure_at(career.cumulative(t)) == Approx(t));
  CHECK(career.rate_at(1.99) == 0.3);
  CHECK(career.rate_at(2) == 0.08);
  CHECK(career.rate_at(40) == 0.4);
}

TEST_CASE("a constant hazard of moving to an agency adds to every band", "[model][careers]") {
  const model::CareerHazard career({{0, 0.1}, {5, 0.2}}, 0.05);
  CHECK(career.rate_at(1) == Approx(0.15));
  CHECK(career.rate_at(6) == Approx(0.25));
  const model::CareerHazard agency_only({}, 0.05);
  CHECK(agency_only.mean_career_years() == Approx(20));
}

TEST_CASE("the mean career is the area under the survival curve", "[model][careers]") {
  const auto career = three_bands();
  CHECK(career.mean_career_years() == Approx(survival_area(career, 200)).epsilon(1e-6));
  CHECK(model::CareerHazard({{0, 0.14}}, 0).mean_career_years() == Approx(1 / 0.14));
  const model::CareerHazard never_stops({{0, 0.2}, {3, 0}}, 0);
  CHECK_FALSE(never_stops.everyone_stops());
  CHECK(std::isinf(never_stops.tenure_at(5)));
}

TEST_CASE("steady-state tenure has the density S(t) / mean career", "[model][careers]") {
  const auto career = three_bands();
  const double mean = career.mean_career_years();
  for (const double u : {0.01, 0.2, 0.5, 0.8, 0.99}) {
    const double t = career.steady_state_tenure(u);
    CHECK(survival_area(career, t) / mean == Approx(u).epsilon(1e-6));
  }
}

TEST_CASE("a factor on the hazard from a later date stretches or shortens only what is left", "[model][careers]") {
  const model::CareerHazard career({{0, 0.5}}, 0);
  // Budget 1: half used in the first year at rate 0.5, the rest at rate 1 takes half a year.
  CHECK(career.years_to_stopping(0, 1.0, 1.0, 1.0, 2.0) == Approx(1.5));
  // Budget 0.25 runs out before the change.
  CHECK(career.years_to_stopping(0, 0.25, 1.0, 1.0, 2.0) == Approx(0.5));
  // A change now (or in the past) applies throughout.
  CHECK(career.years_to_stopping(3, 1.0, 1.0, 0.0, 0.5) == Approx(4));
  // From tenure 1 of the three bands, with no change: H(t) - H(1) = 0.5 at t = 2 + 0.2/0.08.
  CHECK(three_bands().years_to_stopping(1, 0.5, 1, 0, 1) == Approx(2 + 0.2 / 0.08 - 1));
  CHECK(std::isinf(career.years_to_stopping(0, 1.0, 1.0, 0.0, 0.0)));
}
