// The DfE's short-term stability measure, fed hand-made facts: of the children in care at
// 31 March, the share with three or more placements in the year to it.
#include <catch2/catch.hpp>

#include <string>

#include "metrics/recorder.hpp"
#include "scenario_builder.hpp"

using namespace caresim;

namespace {

class Story {
 public:
  Story() : window_(metrics::ReportingWindow::of(clock_, kernel::Date::from_ymd(2025, 4, 1), 1)), recorder_(window_, scenario_) {
    recorder_.subscribe_to(publisher_);
  }
  kernel::Ticks on(int year, int month, int day) const { return clock_.start_of(kernel::Date::from_ymd(year, month, day)); }

  void enters(std::uint32_t child, kernel::Ticks when, bool re_entry = false) {
    publisher_.publish(model::ChildEntered{when, model::ChildId{child}, AgeBand::age_5_9, NeedLevel::standard,
                                           model::LocalityId{0}, kernel::Date::from_ymd(2015, 1, 1), 0, re_entry});
  }
  void placed(std::uint32_t child, kernel::Ticks when) {
    publisher_.publish(model::PlacementStarted{when, model::ChildId{child}, PlacementType::ifa, when, when, 1, 0.0, 0,
                                               model::ChildId{child}, model::kNoHousehold, false});
  }
  void moves(std::uint32_t child, kernel::Ticks when) {
    publisher_.publish(model::PlacementEnded{when, model::ChildId{child}, PlacementType::ifa, model::EndingReason::breakdown});
    placed(child, when);
  }
  void goes_home(std::uint32_t child, kernel::Ticks when) {
    publisher_.publish(model::PlacementEnded{when, model::ChildId{child}, PlacementType::ifa, model::EndingReason::left_care});
    publisher_.publish(model::ChildLeftCare{when, model::ChildId{child}, when, model::LeavingReason::return_home});
  }
  void march_31(int year) {
    const auto date = kernel::Date::from_ymd(year, 3, 31);
    publisher_.publish(model::YearEnded{clock_.end_of(date), date});
  }
  double kpi(const std::string& name) {
    const auto measured = recorder_.report();
    for (std::size_t k = 0; k < measured.kpi_names.size(); ++k)
      if (measured.kpi_names[k] == name) return measured.kpi_values[k];
    FAIL("no KPI " << name);
    return 0;
  }

 private:
  const scenario::Scenario scenario_ = testing::minimal_scenario();
  const kernel::Clock clock_{kernel::Date::from_ymd(2024, 4, 1)};
  metrics::ReportingWindow window_;
  model::EventPublisher publisher_;
  metrics::Recorder recorder_;
};

}  // namespace

TEST_CASE("placements in the year count in every period of care in it, and none from before the last 31 March",
          "[metrics][stability]") {
  Story story;  // told in the order it happened
  // Child 2: two placements in the warm-up year, out of care on 31 March 2025, back with one.
  story.enters(2, story.on(2024, 6, 1));
  story.placed(2, story.on(2024, 6, 1));
  story.moves(2, story.on(2024, 9, 1));
  story.goes_home(2, story.on(2025, 2, 1));
  story.march_31(2025);
  // Child 0 goes home in the year and comes back: a placement before, two after.
  story.enters(0, story.on(2025, 5, 1));
  story.placed(0, story.on(2025, 5, 1));
  // Child 1: one placement, held all year.
  story.enters(1, story.on(2025, 5, 1));
  story.placed(1, story.on(2025, 5, 1));
  story.enters(2, story.on(2025, 6, 1), true);
  story.placed(2, story.on(2025, 6, 1));
  story.goes_home(0, story.on(2025, 7, 1));
  story.enters(0, story.on(2025, 9, 1), true);
  story.placed(0, story.on(2025, 9, 1));
  story.moves(0, story.on(2025, 11, 1));
  story.march_31(2026);
  // Of the three in care, child 0 had three placements in the year; child 2 only one.
  CHECK(story.kpi("share_3plus_placements_in_year") == Approx(1.0 / 3));
}
