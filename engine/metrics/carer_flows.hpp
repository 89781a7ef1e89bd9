// The in-house carer pool's flows: enquiries, applications and withdrawals, approvals and
// deregistrations (the initial pool is not an approval), resignations by reason, the net
// change, the time-averaged number of households and the deregistration rate per household.
#pragma once

#include <array>

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"

namespace caresim::metrics {

class CarerFlows final : public Metric {
 public:
  explicit CarerFlows(const ReportingWindow& window);

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::EnquiryReceived, model::AssessmentStarted, model::AssessmentWithdrawn,
                        model::HouseholdApproved, model::HouseholdDeregistered, model::HouseholdResigned>(*this);
  }
  void on(const model::EnquiryReceived& e) override { count(e.time, enquiries_); }
  void on(const model::AssessmentStarted& e) override { count(e.time, applications_); }
  void on(const model::AssessmentWithdrawn& e) override { count(e.time, withdrawals_); }
  void on(const model::HouseholdApproved& e) override;
  void on(const model::HouseholdDeregistered& e) override;
  void on(const model::HouseholdResigned& e) override;
  void report(Measurements& out) override;

 private:
  struct Flow {
    long total = 0;
    std::vector<double> by_year;
  };
  void count(kernel::Ticks t, Flow& flow);

  const ReportingWindow& window_;
  TimeWeighted households_;
  Flow enquiries_, applications_, withdrawals_, approvals_, deregistrations_;
  std::array<long, model::kResignationReasonCount> resignations_{};
};

}  // namespace caresim::metrics
