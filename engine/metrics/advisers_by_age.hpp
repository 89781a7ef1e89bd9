// The boards' question "what share of young people have a personal adviser at 15.5, 16.5,
// 17.5 and 18?": of the children in care at that age, at a moment within the horizon, the
// share who had been allocated a PA by then. At 18 it is the moment care ends. A care leaver
// who comes back into care with the PA kept has one from the re-entry on.
#pragma once

#include <array>

#include "metrics/child_records.hpp"
#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class AdvisersByAge final : public Metric {
 public:
  // `on`: the scenario has personal advisers; otherwise every KPI is n/a.
  AdvisersByAge(const ReportingWindow& window, bool on) : window_(window), on_(on) {}

  void subscribe(model::EventPublisher& publisher) override {
    if (on_)
      publisher.subscribe<model::ChildEntered, model::ChildLeftCare, model::AdviserAllocated, model::AdviserKept>(*this);
  }
  void on(const model::ChildEntered& e) override;
  void on(const model::ChildLeftCare& e) override;
  void on(const model::AdviserAllocated& e) override;
  void on(const model::AdviserKept& e) override;
  void report(Measurements& out) override;

  static constexpr std::array<double, 4> kAges = {15.5, 16.5, 17.5, 18};

 private:
  struct Stay {
    bool in_care = false;
    kernel::YearDay born;
    kernel::Ticks entered = 0;
    kernel::Ticks adviser_from = 0;  // meaningful when has_adviser
    bool has_adviser = false;
  };
  void has_adviser_from(model::ChildId child, kernel::Ticks when);
  // Counts the ages the child passed in care up to `until`.
  void count(const Stay& stay, kernel::Ticks until);

  const ReportingWindow& window_;
  bool on_;
  ChildRecords<Stay> children_;
  std::array<long, kAges.size()> reached_{}, with_adviser_{};
};

}  // namespace caresim::metrics
