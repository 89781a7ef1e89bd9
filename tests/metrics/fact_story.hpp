// Test helper: one replication's metrics (the recorder, over a horizon of one financial year,
// or more, from 1 April 2025 after a year of warm-up) fed hand-made facts, in the order they happen,
// so a test states exactly what happened and when; then any KPI by name.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "metrics/recorder.hpp"
#include "scenario_builder.hpp"

namespace caresim::testing {

// The minimal scenario with social workers or personal advisers, so that their metrics count.
enum class Staff { social_workers, personal_advisers };
inline scenario::Scenario with_staff(Staff staff) {
  auto s = minimal_scenario();
  s.workforce = scenario::WorkforceSpec{};
  if (staff == Staff::social_workers) s.workforce->social_workers = scenario::SocialWorkersSpec{};
  else s.workforce->personal_advisers = scenario::PersonalAdvisersSpec{};
  return s;
}

class FactStory {
 public:
  // The scenario says which mechanisms are on, and so which metrics count.
  explicit FactStory(scenario::Scenario scenario = minimal_scenario(), int years = 1)
      : scenario_(std::move(scenario)),
        window_(metrics::ReportingWindow::of(clock_, kernel::Date::from_ymd(2025, 4, 1), years)),
        recorder_(window_, scenario_) {
    recorder_.subscribe_to(publisher_);
  }
  kernel::Ticks on(int year, int month, int day) const { return clock_.start_of(kernel::Date::from_ymd(year, month, day)); }
  kernel::Ticks horizon_end() const { return window_.end; }

  void enters(std::uint32_t child, kernel::Ticks when, bool re_entry = false,
              kernel::Date born = kernel::Date::from_ymd(2015, 1, 1)) {
    publisher_.publish(model::ChildEntered{when, model::ChildId{child}, AgeBand::age_5_9, NeedLevel::standard,
                                           model::LocalityId{0}, born, 0, re_entry});
    born_[child] = born;
  }
  void placed(std::uint32_t child, kernel::Ticks when, PlacementType type = PlacementType::ifa,
              model::HouseholdId household = model::kNoHousehold) {
    publisher_.publish(model::PlacementStarted{when, model::ChildId{child}, type, when, when, 1, 0.0, 0,
                                               model::ChildId{child}, household, false});
  }
  void moves(std::uint32_t child, kernel::Ticks when) {
    publisher_.publish(model::PlacementEnded{when, model::ChildId{child}, PlacementType::ifa, model::EndingReason::breakdown});
    placed(child, when);
  }
  void goes_home(std::uint32_t child, kernel::Ticks when,
                 model::LeavingReason reason = model::LeavingReason::return_home) {
    publisher_.publish(model::PlacementEnded{when, model::ChildId{child}, PlacementType::ifa, model::EndingReason::left_care});
    publisher_.publish(model::ChildLeftCare{when, model::ChildId{child}, when, reason, kernel::year_day(born_[child])});
  }
  void march_31(int year) {
    const auto date = kernel::Date::from_ymd(year, 3, 31);
    publisher_.publish(model::YearEnded{clock_.end_of(date), date});
  }
  // The month end of `date`'s month, when the month-end series take their values.
  void month_ends(kernel::Date date) {
    const kernel::Date last = date.month_end();
    publisher_.publish(model::MonthEnded{clock_.end_of(last), last});
  }
  template <class Fact>
  void publish(const Fact& fact) {
    publisher_.publish(fact);
  }
  // The month-end series named, from one report: a report hands its series over once.
  std::vector<std::vector<double>> series(const std::vector<std::string>& names) {
    auto measured = recorder_.report();
    std::vector<std::vector<double>> out;
    for (const std::string& name : names) {
      const auto at = std::find(measured.series_names.begin(), measured.series_names.end(), name);
      if (at == measured.series_names.end()) FAIL("no series " << name);
      out.push_back(std::move(measured.series[static_cast<std::size_t>(at - measured.series_names.begin())]));
    }
    return out;
  }
  bool has_kpi(const std::string& name) {
    const auto names = recorder_.report().kpi_names;
    return std::find(names.begin(), names.end(), name) != names.end();
  }
  double kpi(const std::string& name) {
    const auto measured = recorder_.report();
    for (std::size_t k = 0; k < measured.kpi_names.size(); ++k)
      if (measured.kpi_names[k] == name) return measured.kpi_values[k];
    FAIL("no KPI " << name);
    return 0;
  }

 private:
  const scenario::Scenario scenario_;
  const kernel::Clock clock_{kernel::Date::from_ymd(2024, 4, 1)};
  metrics::ReportingWindow window_;
  model::EventPublisher publisher_;
  metrics::Recorder recorder_;
  std::map<std::uint32_t, kernel::Date> born_;  // each child's date of birth, as it entered
};

}  // namespace caresim::testing
