// The boards' "share with a personal adviser at 15.5, 16.5, 17.5 and 18", fed hand-made facts.
#include <catch2/catch.hpp>

#include <cmath>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;

TEST_CASE("the share with a PA at each age counts the children in care at that age in the horizon, by then allocated",
          "[metrics][advisers]") {
  FactStory story(testing::with_staff(testing::Staff::personal_advisers));
  // Child 0, born 1 January 2008, enters at 17 and a third, has a PA from 1 June 2025 and
  // leaves care at 18 (1 January 2026): counted at 17.5 and 18, with a PA at both.
  const auto born_2008 = kernel::Date::from_ymd(2008, 1, 1);
  story.enters(0, story.on(2025, 5, 1), false, born_2008);
  story.placed(0, story.on(2025, 5, 1));
  story.publish(model::AdviserAllocated{story.on(2025, 6, 1), model::YoungPersonId{0}, model::ChildId{0},
                                        model::AdviserId{0}, story.on(2025, 6, 1)});
  // Child 1, born 1 June 2009, in care all year with no PA: counted at 16.5 (1 December 2025).
  const auto born_2009 = kernel::Date::from_ymd(2009, 6, 1);
  story.enters(1, story.on(2025, 4, 10), false, born_2009);
  story.placed(1, story.on(2025, 4, 10));
  story.goes_home(0, story.on(2026, 1, 1), model::LeavingReason::turned_18);
  CHECK(std::isnan(story.kpi("pa_share_at_age.15_5")));  // nobody was 15.5 in care in the horizon
  CHECK(story.kpi("pa_share_at_age.16_5") == 0.0);
  CHECK(story.kpi("pa_share_at_age.17_5") == 1.0);
  CHECK(story.kpi("pa_share_at_age.18") == 1.0);
}

TEST_CASE("a care leaver back in care with the PA kept has a PA at the ages of the new stay; one still waiting has not",
          "[metrics][advisers]") {
  FactStory story(testing::with_staff(testing::Staff::personal_advisers));
  const auto april = story.on(2025, 4, 5), may = story.on(2025, 5, 1), june = story.on(2025, 6, 1);
  // Child 0 (16.5 on 2 July 2025) has a PA from entry; child 1 (16.5 on 1 August) waits for one.
  story.enters(0, april, false, kernel::Date::from_ymd(2009, 1, 1));
  story.publish(model::AdviserAllocated{april, model::YoungPersonId{0}, model::ChildId{0}, model::AdviserId{0}, april});
  story.enters(1, april, false, kernel::Date::from_ymd(2009, 2, 1));
  // Both leave care as care leavers and come back a month later, each keeping what they had.
  story.goes_home(0, may);
  story.goes_home(1, may);
  story.enters(0, june, true, kernel::Date::from_ymd(2009, 1, 1));
  story.publish(model::AdviserKept{june, model::YoungPersonId{0}, model::ChildId{0}, model::AdviserId{0}});
  story.enters(1, june, true, kernel::Date::from_ymd(2009, 2, 1));
  story.publish(model::AdviserKept{june, model::YoungPersonId{1}, model::ChildId{1}, model::kNone<model::AdviserId>});
  CHECK(story.kpi("pa_share_at_age.16_5") == 0.5);
}
