// Social-worker stability. The DfE measure: of the children in care at 31 March, the share who
// had three or more social workers during the year to that 31 March (the worker held on
// 1 April counts as one, and a worker the child comes back to is not counted again),
// averaged over the 31 Marches of the horizon. And the changes of
// social worker per child-year in care (a child's first worker in a stay is not a change).
#pragma once

#include <cassert>
#include <cstdint>
#include <vector>

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/three_plus_in_year.hpp"
#include "metrics/time_weighted.hpp"

namespace caresim::metrics {

class SocialWorkerStability final : public Metric {
 public:
  // `on`: the scenario has social workers; otherwise every KPI is n/a.
  SocialWorkerStability(const ReportingWindow& window, bool on)
      : window_(window), on_(on), workers_(window), in_care_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    if (on_)
      publisher.subscribe<model::ChildEntered, model::ChildLeftCare, model::SocialWorkerJoined, model::CaseAllocated,
                          model::CaseReleased, model::YearEnded>(*this);
  }
  // A worker's record is reused after they leave: each joiner is a new person.
  void on(const model::SocialWorkerJoined& e) override {
    const auto record = static_cast<std::size_t>(e.worker);
    if (record >= person_.size()) person_.resize(record + 1);
    person_[record] = people_++;
  }
  void on(const model::ChildEntered& e) override {
    workers_.entered(e.child, e.carries_record_over());
    in_care_.add(e.time, +1);
  }
  void on(const model::ChildLeftCare& e) override {
    workers_.left(e.child);
    in_care_.add(e.time, -1);
  }
  void on(const model::CaseAllocated& e) override {
    assert(static_cast<std::size_t>(e.worker) < person_.size() && "a worker joins before taking cases");
    workers_.started(e.child, person_[static_cast<std::size_t>(e.worker)]);
    if (e.worker_number > 1 && window_.counts_fact_at(e.time)) ++changes_;
  }
  void on(const model::CaseReleased& e) override { workers_.ended(e.child); }
  void on(const model::YearEnded& e) override { workers_.year_ended(e.time); }
  void report(Measurements& out) override;

 private:
  const ReportingWindow& window_;
  bool on_;
  ThreePlusInYear workers_;
  TimeWeighted in_care_;
  long changes_ = 0;  // within the horizon
  std::vector<std::uint32_t> person_;  // by worker record: who holds it now
  std::uint32_t people_ = 0;           // joiners so far
};

}  // namespace caresim::metrics
