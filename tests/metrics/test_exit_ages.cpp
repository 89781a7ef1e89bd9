// The age of the children leaving care in the horizon, in the DfE's groups for age on
// ceasing, fed hand-made facts: whole years on the day they leave, birthdays counted on
// the day.
#include <cmath>
#include <string>

#include <catch2/catch.hpp>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;

TEST_CASE("the age mix of exits is by whole years on the day of leaving, 18 and over apart", "[metrics]") {
  FactStory story;  // the horizon: 1 April 2025 to 1 April 2026
  const auto born = [](int year, int month, int day) { return kernel::Date::from_ymd(year, month, day); };
  const kernel::Ticks entered = story.on(2025, 1, 1);
  const struct {
    kernel::Date born;
    kernel::Ticks leaves;
  } children[] = {
      {born(2025, 1, 10), story.on(2026, 1, 9)},    // the day before the first birthday: under 1
      {born(2025, 1, 10), story.on(2026, 1, 10)},   // on the first birthday: 1-4
      {born(2016, 3, 1), story.on(2025, 9, 1)},     // 9: 5-9
      {born(2010, 2, 28), story.on(2025, 12, 1)},   // 15: 10-15
      {born(2008, 2, 1), story.on(2025, 10, 1)},    // 17: 16-17
      {born(2007, 11, 20), story.on(2025, 11, 20)}, // at midnight on the 18th birthday: 18 and over
      {born(2007, 4, 2), story.on(2025, 4, 2)},     // the same
      {born(2008, 2, 29), story.on(2026, 2, 28)},   // born on 29 February: 17 on 28 February
      {born(2008, 2, 29), story.on(2026, 3, 1)},    // and 18 on 1 March in a common year
      {born(2012, 1, 1), story.on(2025, 3, 31)},    // in the warm-up: not counted
      {born(2012, 1, 1), story.horizon_end()},      // at the horizon's end: not counted
  };
  std::uint32_t child = 0;
  for (const auto& c : children) story.enters(child++, entered, false, c.born);
  child = 0;
  for (const auto& c : children) story.goes_home(child++, c.leaves);

  CHECK(story.kpi("exit_age_mix.0") == Approx(1.0 / 9));
  CHECK(story.kpi("exit_age_mix.1-4") == Approx(1.0 / 9));
  CHECK(story.kpi("exit_age_mix.5-9") == Approx(1.0 / 9));
  CHECK(story.kpi("exit_age_mix.10-15") == Approx(1.0 / 9));
  CHECK(story.kpi("exit_age_mix.16-17") == Approx(2.0 / 9));
  CHECK(story.kpi("exit_age_mix.18+") == Approx(3.0 / 9));
}

TEST_CASE("with no exits in the horizon the age mix of exits is unknown", "[metrics]") {
  FactStory story;
  story.enters(0, story.on(2025, 5, 1));
  for (const std::string group : {"0", "1-4", "5-9", "10-15", "16-17", "18+"})
    CHECK(std::isnan(story.kpi("exit_age_mix." + group)));
}
