// The in-house carer pool's flows: enquiries, applications and withdrawals, approvals and
// deregistrations (the initial pool is not an approval), resignations by reason, the net
// change, the time-averaged number of households and the deregistration rate per household.
#pragma once

#include <array>

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"
#include "metrics/yearly_flow.hpp"

namespace caresim::metrics {

class CarerFlows final : public Metric {
 public:
  explicit CarerFlows(const ReportingWindow& window);

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::EnquiryReceived, model::AssessmentStarted, model::AssessmentWithdrawn,
                        model::HouseholdApproved, model::HouseholdDeregistered, model::HouseholdResigned>(*this);
  }
  void on(const model::EnquiryReceived& e) override { enquiries_.count(e.time); }
  void on(const model::AssessmentStarted& e) override { applications_.count(e.time); }
  void on(const model::AssessmentWithdrawn& e) override { withdrawals_.count(e.time); }
  void on(const model::HouseholdApproved& e) override;
  void on(const model::HouseholdDeregistered& e) override;
  void on(const model::HouseholdResigned& e) override;
  void report(Measurements& out) override;

 private:
  const ReportingWindow& window_;
  TimeWeighted households_;
  YearlyFlow enquiries_, applications_, withdrawals_, approvals_, deregistrations_;
  std::array<long, model::kResignationReasonCount> resignations_{};
};

}  // namespace caresim::metrics
