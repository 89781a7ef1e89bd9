#include "metrics/carer_recruitment_costs.hpp"

namespace caresim::metrics {

CarerRecruitmentCosts::CarerRecruitmentCosts(const scenario::CostsSpec& costs, finance::CostLedger& ledger)
    : costs_(costs),
      prices_(costs.carer_recruitment.value_or(scenario::CarerRecruitmentCostSpec{})),
      ledger_(ledger),
      enquiries_(ledger.add_line("recruitment.enquiries", prices_.inflation_per_year)),
      assessments_(ledger.add_line("recruitment.assessments", prices_.inflation_per_year)),
      approvals_(ledger.add_line("recruitment.approvals", prices_.inflation_per_year)) {}

}  // namespace caresim::metrics
