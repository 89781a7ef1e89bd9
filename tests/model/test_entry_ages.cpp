// How old children are when they enter care: uniform within their age band, except the share
// of babies the scenario says enter at birth, in their first week.
#include <cmath>

#include <catch2/catch.hpp>

#include "model_run.hpp"
#include "scenario_builder.hpp"

using namespace caresim;

namespace {

// The share of entrants under a week old at entry, over `years` of babies entering.
struct EntryAges {
  long entered = 0, in_first_week = 0, over_a_year = 0;
};

EntryAges entry_ages(double newborn_share, int years) {
  auto s = testing::minimal_scenario();  // babies only: age_at_entry {"0": 1}
  s.children.newborn_share_under_1 = newborn_share;
  testing::ModelRun<model::CareSystem> run(s, 0);
  struct Ages final : model::CareObserver {
    const kernel::Clock* clock = nullptr;
    EntryAges counts;
    void on(const model::ChildEntered& e) override {
      const int days = clock->date_at(e.time) - e.date_of_birth;
      ++counts.entered;
      if (days < 7) ++counts.in_first_week;
      if (days > 366) ++counts.over_a_year;
    }
  } ages;
  ages.clock = &run.clock();
  run.publisher().subscribe<model::ChildEntered>(ages);
  run.run_years(years);
  return ages.counts;
}

}  // namespace

TEST_CASE("a scenario's share of babies enter in their first week, the rest at any age under 1", "[model]") {
  for (const double share : {0.0, 0.4}) {
    const EntryAges ages = entry_ages(share, 20);
    // First week: the newborns, and the others who happen to be that young (7 days in 365.25).
    const double expected = share + (1 - share) * 7 / 365.25;
    const double n = static_cast<double>(ages.entered);
    const double z99 = 2.576, half_width = z99 * std::sqrt(expected * (1 - expected) / n);
    INFO("newborn share " << share << ", " << ages.entered << " entrants");
    CHECK(ages.entered > 5000);
    CHECK(std::abs(static_cast<double>(ages.in_first_week) / n - expected) <= half_width);
    CHECK(ages.over_a_year == 0);
  }
}
