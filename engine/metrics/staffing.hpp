// The social work establishment as the DfE counts it: turnover (permanent leavers over the
// mean permanent workers in post, a year), vacancy rate (posts with no permanent worker, of
// those plus the permanent workers), agency share (agency of agency plus permanent workers)
// and sickness absence (share of workers' time off sick), time-averaged over the horizon.
#pragma once

#include <array>
#include <vector>

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"

namespace caresim::metrics {

class Staffing final : public Metric {
 public:
  // `on`: the scenario has social workers; otherwise every KPI is n/a.
  Staffing(const ReportingWindow& window, bool on);

  void subscribe(model::EventPublisher& publisher) override {
    if (on_)
      publisher.subscribe<model::SocialWorkerJoined, model::SocialWorkerLeft, model::VacancyOpened, model::VacancyFilled,
                          model::SocialWorkPostCut, model::SicknessStarted, model::SicknessEnded, model::MonthEnded>(
          *this);
  }
  void on(const model::SocialWorkerJoined& e) override;
  void on(const model::SocialWorkerLeft& e) override;
  void on(const model::VacancyOpened& e) override { vacancies_.add(e.time, +1); }
  void on(const model::VacancyFilled& e) override { vacancies_.add(e.time, -1); }
  void on(const model::SocialWorkPostCut& e) override {
    if (e.was_vacant) vacancies_.add(e.time, -1);
  }
  void on(const model::SicknessStarted& e) override;
  void on(const model::SicknessEnded& e) override;
  void on(const model::MonthEnded& e) override;
  void report(Measurements& out) override;

 private:
  TimeWeighted& in_post(model::Contract contract) { return in_post_[static_cast<std::size_t>(contract)]; }

  const ReportingWindow& window_;
  bool on_;
  std::array<TimeWeighted, 2> in_post_;  // by Contract
  TimeWeighted vacancies_, sick_;
  std::vector<bool> off_sick_;                 // by worker
  std::array<long, 2> resignations_{};         // by Contract, within the horizon
  std::vector<double> starters_by_year_, leavers_by_year_;  // permanent
  std::array<std::vector<double>, 2> in_post_at_month_end_;
  std::vector<double> vacancies_at_month_end_;
};

}  // namespace caresim::metrics
