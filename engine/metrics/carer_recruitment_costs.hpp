// What finding foster carers costs (`costs.carer_recruitment`): each enquiry handled
// (`recruitment.enquiries`), each assessment started (`recruitment.assessments`) and each
// household approved, after an assessment or on transferring from an agency
// (`recruitment.approvals`), when it happens. A campaign's own cost is a fixed line.
#pragma once

#include "finance/cost_ledger.hpp"
#include "metrics/cost_account.hpp"
#include "scenario/costs_spec.hpp"

namespace caresim::metrics {

class CarerRecruitmentCosts final : public CostAccount {
 public:
  CarerRecruitmentCosts(const scenario::CostsSpec& costs, finance::CostLedger& ledger);

  void subscribe(model::EventPublisher& publisher) override {
    if (costs_.carer_recruitment)
      publisher.subscribe<model::EnquiryReceived, model::AssessmentStarted, model::HouseholdApproved>(*this);
  }
  void on(const model::EnquiryReceived& e) override { ledger_.spend(enquiries_, e.time, prices_.gbp_per_enquiry); }
  void on(const model::AssessmentStarted& e) override {
    ledger_.spend(assessments_, e.time, prices_.gbp_per_assessment);
  }
  void on(const model::HouseholdApproved& e) override {
    if (e.origin != model::HouseholdOrigin::initial_pool) ledger_.spend(approvals_, e.time, prices_.gbp_per_approval);
  }
  void close() override {}

 private:
  const scenario::CostsSpec& costs_;
  scenario::CarerRecruitmentCostSpec prices_;
  finance::CostLedger& ledger_;
  finance::CostLedger::Line enquiries_, assessments_, approvals_;
};

}  // namespace caresim::metrics
