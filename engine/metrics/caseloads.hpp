// Social workers' caseloads: children per worker in post (permanent and agency, off sick or
// not), the shares of workers above the caseload target and at the cap (or above it, after
// the cap was lowered), and the children in care with no allocated worker (on duty cover),
// as a number and as a share of the children in care, time-averaged over the horizon.
#pragma once

#include <vector>

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"
#include "scenario/workforce_spec.hpp"

namespace caresim::metrics {

class Caseloads final : public Metric {
 public:
  // `spec` null: no social workers in the scenario, and every KPI n/a.
  Caseloads(const ReportingWindow& window, const scenario::SocialWorkersSpec* spec)
      : window_(window), spec_(spec), cases_(window), workers_(window), above_target_(window), at_cap_(window),
        unallocated_(window),
        in_care_(window),
        above_target_from_(spec ? spec->caseload_target + 1 : 0),
        cap_(spec ? spec->caseload_cap : 0) {}

  void subscribe(model::EventPublisher& publisher) override {
    if (spec_)
      publisher.subscribe<model::ChildEntered, model::ChildLeftCare, model::SocialWorkerJoined, model::SocialWorkerLeft,
                          model::CaseAllocated, model::CaseReleased, model::SocialWorkersChanged, model::MonthEnded>(
          *this);
  }
  void on(const model::ChildEntered& e) override {
    unallocated_.add(e.time, +1);
    in_care_.add(e.time, +1);
  }
  void on(const model::ChildLeftCare& e) override {
    unallocated_.add(e.time, -1);
    in_care_.add(e.time, -1);
  }
  void on(const model::SocialWorkerJoined& e) override { workers_.add(e.time, +1); }
  void on(const model::SocialWorkerLeft& e) override { workers_.add(e.time, -1); }
  // A caseload moves by one case at a time, so it enters or leaves a band only on its edge.
  void on(const model::CaseAllocated& e) override {
    cases_.add(e.time, +1);
    unallocated_.add(e.time, -1);
    if (e.caseload == above_target_from_) above_target_.add(e.time, +1);
    if (e.caseload == cap_) at_cap_.add(e.time, +1);
  }
  void on(const model::CaseReleased& e) override {
    cases_.add(e.time, -1);
    unallocated_.add(e.time, +1);
    if (e.caseload == above_target_from_ - 1) above_target_.add(e.time, -1);
    if (e.caseload == cap_ - 1) at_cap_.add(e.time, -1);
  }
  // At or above the cap from now on: a worker above a lowered cap counts until below it.
  void on(const model::SocialWorkersChanged& e) override {
    at_cap_.add(e.time, e.workers_at_or_above_cap - at_cap_.level());
    cap_ = e.caseload_cap;
  }
  void on(const model::MonthEnded& e) override;
  void report(Measurements& out) override;

 private:
  const ReportingWindow& window_;
  const scenario::SocialWorkersSpec* spec_;
  TimeWeighted cases_, workers_, above_target_, at_cap_, unallocated_, in_care_;
  int above_target_from_, cap_;  // the caseloads from which a worker is above target, and at the cap
  std::vector<double> caseload_at_month_end_, unallocated_at_month_end_;
};

}  // namespace caresim::metrics
