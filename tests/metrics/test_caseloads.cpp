// Social workers' caseloads at month ends, fed hand-made facts.
#include <catch2/catch.hpp>

#include <cmath>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;

TEST_CASE("the month-end caseload is n/a in a month with no worker in post, as the KPI would be, not 0",
          "[metrics][workforce]") {
  FactStory story(testing::with_staff(testing::Staff::social_workers));
  // April: a child in care, nobody in post. May: a worker joins and takes the case.
  story.enters(0, story.on(2025, 4, 10));
  story.month_ends(kernel::Date::from_ymd(2025, 4, 1));
  story.publish(model::SocialWorkerJoined{story.on(2025, 5, 1), model::WorkerId{0}, model::TeamId{0},
                                          model::Contract::permanent});
  story.publish(model::CaseAllocated{story.on(2025, 5, 1), model::ChildId{0}, model::WorkerId{0}, 1, 1});
  story.month_ends(kernel::Date::from_ymd(2025, 5, 1));
  const auto caseload = story.series({"caseload_mean"})[0];
  REQUIRE(caseload.size() == 2);
  CHECK(std::isnan(caseload[0]));
  CHECK(caseload[1] == 1);
}
