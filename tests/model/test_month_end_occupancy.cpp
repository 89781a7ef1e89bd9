// The month-end in-house occupancy series: filled over approved places at each month end, and,
// sampled at fixed dates in a stationary loss system, on average the Erlang-B occupancy.
#include <algorithm>
#include <cmath>
#include <string>

#include <catch2/catch.hpp>

#include "model/queueing_theory.hpp"
#include "replication_interval.hpp"
#include "run/replication.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

const std::vector<double>& series_of(const metrics::Measurements& m, const std::string& name) {
  const auto at = std::find(m.series_names.begin(), m.series_names.end(), name);
  REQUIRE(at != m.series_names.end());
  return m.series[static_cast<std::size_t>(at - m.series_names.begin())];
}

}  // namespace

TEST_CASE("month-end in-house occupancy is filled over approved places, and on average the Erlang-B occupancy",
          "[model][metrics][theory]") {
  const auto s = minimal_scenario();  // a fixed pool of 400 single places, overflow to IFA
  const int places = s.provision.in_house_foster->households;
  const double a = s.children.entries_per_year / kernel::kDaysPerYear * s.children.stay->expected_value();
  std::vector<double> averages;  // each replication's mean of its month-end occupancies
  for (int r = 0; r < s.run.replications; ++r) {
    const auto m = run::run_replication(s, static_cast<std::uint64_t>(r)).measurements;
    const auto& occupancy = series_of(m, "in_house_occupancy");
    const auto& filled = series_of(m, "in_house_filled_places");
    const auto& approved = series_of(m, "in_house_approved_places");
    REQUIRE(occupancy.size() == m.months.size());
    double sum = 0;
    for (std::size_t month = 0; month < occupancy.size(); ++month) {
      REQUIRE(approved[month] == places);
      CHECK(occupancy[month] == filled[month] / approved[month]);
      sum += occupancy[month];
    }
    averages.push_back(sum / static_cast<double>(occupancy.size()));
  }
  const double theory = a * (1 - erlang_b(places, a)) / places;
  INFO("Erlang-B occupancy " << theory);
  CHECK(interval_99(averages).contains(theory));
}

TEST_CASE("month-end in-house occupancy is n/a while no place is approved", "[model][metrics]") {
  auto s = minimal_scenario();
  s.provision.in_house_foster = in_house_households(0, 1);
  s.run.replications = 1;
  const auto m = run::run_replication(s, 0).measurements;
  const auto& occupancy = series_of(m, "in_house_occupancy");
  REQUIRE(!occupancy.empty());
  CHECK(std::all_of(occupancy.begin(), occupancy.end(), [](double v) { return std::isnan(v); }));
}
