// Children entering and leaving care in each month of the horizon, fed hand-made facts: a
// month's count runs from the start of its first day to the end of its last, and the
// warm-up's months are not shown.
#include <catch2/catch.hpp>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;

TEST_CASE("the monthly entries and exits count each month's children, from its first moment to its last",
          "[metrics]") {
  FactStory story;
  const auto day = [](int y, int m, int d) { return kernel::Date::from_ymd(y, m, d); };
  story.enters(0, story.on(2025, 3, 20));  // in the warm-up
  story.month_ends(day(2025, 3, 1));
  story.enters(1, story.on(2025, 4, 1));   // the first moment of April
  story.goes_home(0, story.on(2025, 4, 30) + kernel::kTicksPerDay - 1);  // its last
  story.month_ends(day(2025, 4, 1));
  story.month_ends(day(2025, 5, 1));       // nothing in May
  story.enters(2, story.on(2025, 6, 3));
  story.enters(3, story.on(2025, 6, 30));
  story.goes_home(1, story.on(2025, 6, 30));
  story.month_ends(day(2025, 6, 1));
  const auto flows = story.series({"entries", "exits"});
  CHECK(flows[0] == std::vector<double>{1, 0, 2});
  CHECK(flows[1] == std::vector<double>{1, 0, 1});
}
