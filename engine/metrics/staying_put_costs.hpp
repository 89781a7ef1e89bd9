// Staying Put (`placement.staying_put`): each young person living on with the former foster
// carer after 18, at the week's price for that kind of carer, for as long as it lasts.
#pragma once

#include "finance/stepped_cost.hpp"
#include "metrics/cost_account.hpp"
#include "scenario/costs_spec.hpp"

namespace caresim::metrics {

class StayingPutCosts final : public CostAccount {
 public:
  StayingPutCosts(const scenario::CostsSpec& costs, finance::CostLedger& ledger);

  void subscribe(model::EventPublisher& publisher) override {
    if (costs_.staying_put) publisher.subscribe<model::StayingPutStarted, model::StayingPutEnded>(*this);
  }
  void on(const model::StayingPutStarted& e) override { staying_change(e.time, e.type, +1); }
  void on(const model::StayingPutEnded& e) override { staying_change(e.time, e.type, -1); }
  void close() override { cost_.close(); }

 private:
  void staying_change(kernel::Ticks now, PlacementType carer, int change);

  const scenario::CostsSpec& costs_;
  finance::SteppedCost cost_;
  int in_house_ = 0;  // young people Staying Put with in-house carers
  int ifa_ = 0;       // with IFA carers
};

}  // namespace caresim::metrics
