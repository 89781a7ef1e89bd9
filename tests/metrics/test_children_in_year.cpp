// Children starting and ceasing to be looked after, counted as the DfE counts them: each
// child once in a financial year, however many periods of care it began or ended in it (and
// why and how old at its last ceasing in the year); beside the episodes themselves
// (entries_per_year, exits_per_year), which count every one.
#include <cmath>

#include <catch2/catch.hpp>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;

TEST_CASE("a child starting or ceasing care twice in a financial year counts once in it, and again in the next",
          "[metrics]") {
  FactStory story(testing::minimal_scenario(), 2);  // 2025-26 and 2026-27
  // Child 0: two periods of care in 2025-26, a third begun in 2026-27 (and never ended).
  story.enters(0, story.on(2025, 5, 1));
  story.goes_home(0, story.on(2025, 7, 1));
  story.enters(0, story.on(2025, 9, 1), true);
  story.goes_home(0, story.on(2026, 2, 1));
  story.enters(0, story.on(2026, 4, 1), true);  // the first moment of 2026-27
  // Child 1: in care before the horizon, leaves in 2025-26, comes back and leaves again in it.
  story.enters(1, story.on(2025, 1, 1));
  story.goes_home(1, story.on(2025, 6, 1));
  story.enters(1, story.on(2025, 8, 1), true);
  story.goes_home(1, story.on(2026, 3, 31));
  // Child 1's record, free, taken by another child entering in 2025-26: a new child counts.
  story.enters(1, story.on(2026, 3, 31) + 1);

  const double years = kernel::ticks_to_days(story.horizon_end() - story.on(2025, 4, 1)) / kernel::kDaysPerYear;
  CHECK(story.kpi("entries_per_year") * years == Approx(5));  // every episode: 0 three times, 1 once, the new child
  CHECK(story.kpi("children_starting_per_year") * years == Approx(4));  // 0 in each year, 1, the new child
  CHECK(story.kpi("exits_per_year") * years == Approx(4));
  CHECK(story.kpi("children_ceasing_per_year") * years == Approx(2));  // 0 and 1, in 2025-26
  CHECK(std::isnan(story.kpi("children_starting_per_year_per_10k")));  // no population given
}

TEST_CASE("children starting and ceasing in a year are rates per 10,000 over the population", "[metrics]") {
  auto s = testing::minimal_scenario();
  s.children.population_under_18 = 20'000;
  FactStory story(s);
  story.enters(0, story.on(2025, 5, 1));
  story.goes_home(0, story.on(2025, 7, 1));
  story.enters(0, story.on(2025, 9, 1), true);
  const double years = kernel::ticks_to_days(story.horizon_end() - story.on(2025, 4, 1)) / kernel::kDaysPerYear;
  CHECK(story.kpi("children_starting_per_year_per_10k") * years == Approx(0.5));  // 1 child in 20,000
  CHECK(story.kpi("children_ceasing_per_year_per_10k") * years == Approx(0.5));
  CHECK(story.kpi("entries_per_year_per_10k") * years == Approx(1.0));
}

TEST_CASE("why and how old children leave care is counted at each child's last ceasing in the year", "[metrics]") {
  FactStory story(testing::minimal_scenario(), 2);
  const auto born = kernel::Date::from_ymd(2015, 6, 1);  // 10 on 1 June 2025
  // Child 0 goes home at 9, comes back and is adopted at 10: adopted, 10-15, in 2025-26.
  story.enters(0, story.on(2025, 1, 1), false, born);
  story.goes_home(0, story.on(2025, 5, 1));
  story.enters(0, story.on(2025, 5, 20), true, born);
  story.goes_home(0, story.on(2025, 8, 1), model::LeavingReason::adoption);
  // Child 1 goes home in 2025-26, and again in 2026-27: counted in each year.
  story.enters(1, story.on(2025, 1, 1), false, born);
  story.goes_home(1, story.on(2025, 4, 2));
  story.enters(1, story.on(2025, 9, 1), true, born);
  story.goes_home(1, story.on(2026, 4, 2));

  CHECK(story.kpi("exit_share.adoption") == Approx(1.0 / 3));
  CHECK(story.kpi("exit_share.return_home") == Approx(2.0 / 3));
  CHECK(story.kpi("exit_age_mix.5-9") == Approx(1.0 / 3));    // child 1 in 2025-26, at 9
  CHECK(story.kpi("exit_age_mix.10-15") == Approx(2.0 / 3));  // child 0 at 10, child 1 in 2026-27
}
