// Children entering and leaving care (why they left, and how old they were), and how many
// are in care over time.
#pragma once

#include <array>

#include "metrics/metric.hpp"
#include "metrics/per_10k.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"
#include "metrics/yearly_flow.hpp"

namespace caresim::metrics {

class CareFlows final : public Metric {
 public:
  CareFlows(const ReportingWindow& window, Per10k per_10k)
      : window_(window),
        per_10k_(per_10k),
        in_care_(window),
        entries_(window),
        exits_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::ChildEntered, model::ChildLeftCare, model::MonthEnded>(*this);
  }
  void on(const model::ChildEntered& e) override {
    if (entries_.count(e.time)) {
      if (e.re_entry) ++re_entries_;
      if (e.unaccompanied) ++unaccompanied_;
    }
    in_care_.add(e.time, +1);
  }
  void on(const model::ChildLeftCare& e) override {
    if (exits_.count(e.time)) {
      ++exits_by_reason_[static_cast<std::size_t>(e.reason)];
      ++exits_by_age_[age_group_on_leaving(e)];
    }
    in_care_.add(e.time, -1);
  }
  void on(const model::MonthEnded& e) override;
  void report(Measurements& out) override;

 private:
  // The DfE's age groups on ceasing: the entry bands, then 18 and over.
  static constexpr std::size_t kExitAgeGroupCount = kAgeBandCount + 1;
  std::size_t age_group_on_leaving(const model::ChildLeftCare& e) const {
    const int age = kernel::age_in_years(e.born, kernel::year_day(window_.clock.date_at(e.time)));
    return age >= 18 ? kAgeBandCount : age_band_index(age);
  }

  const ReportingWindow& window_;
  Per10k per_10k_;
  TimeWeighted in_care_;
  YearlyFlow entries_, exits_;
  long re_entries_ = 0;
  long unaccompanied_ = 0;
  std::array<long, model::kLeavingReasonCount> exits_by_reason_{};
  std::array<long, kExitAgeGroupCount> exits_by_age_{};
  std::vector<double> in_care_at_month_end_;
  long entries_before_month_ = 0, exits_before_month_ = 0;  // the horizon's totals at the last month end
  std::vector<double> entries_by_month_, exits_by_month_;
};

}  // namespace caresim::metrics
