// Social-worker stability. The DfE measure: of the children in care at 31 March, the share who
// had three or more social workers during the year to that 31 March (the worker held on
// 1 April counts as one), averaged over the 31 Marches of the horizon. And the changes of
// social worker per child-year in care (a child's first worker in a stay is not a change).
#pragma once

#include <vector>

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"

namespace caresim::metrics {

class SocialWorkerStability final : public Metric {
 public:
  // `on`: the scenario has social workers; otherwise every KPI is n/a.
  SocialWorkerStability(const ReportingWindow& window, bool on) : window_(window), on_(on), in_care_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    if (on_)
      publisher.subscribe<model::ChildEntered, model::ChildLeftCare, model::CaseAllocated, model::CaseReleased,
                          model::YearEnded>(*this);
  }
  void on(const model::ChildEntered& e) override;
  void on(const model::ChildLeftCare& e) override;
  void on(const model::CaseAllocated& e) override;
  void on(const model::CaseReleased& e) override { record(e.child).allocated = false; }
  void on(const model::YearEnded& e) override;
  void report(Measurements& out) override;

 private:
  struct ChildYear {
    bool in_care = false;
    bool allocated = false;
    int workers_in_year = 0;
  };
  ChildYear& record(model::ChildId id);

  const ReportingWindow& window_;
  bool on_;
  TimeWeighted in_care_;
  long changes_ = 0;  // within the horizon
  std::vector<ChildYear> children_;  // by child record
  std::vector<double> share_by_year_;
};

}  // namespace caresim::metrics
