// A cost whose rate changes by steps, with a level that changes now and then (approved
// households, young people Staying Put): each change posts to the ledger what ran at the old
// rate since the change before.
#pragma once

#include "finance/cost_ledger.hpp"

namespace caresim::finance {

class SteppedCost {
 public:
  enum class Per { week, year };

  // Runs at `gbp` a week or a year from the start of the simulation until the first change.
  SteppedCost(CostLedger& ledger, CostLedger::Line line, Per per, double gbp)
      : ledger_(&ledger), line_(line), per_(per), rate_(gbp) {}

  void change_rate(kernel::Ticks now, double gbp) {
    post(now);
    rate_ = gbp;
    since_ = now;
  }
  // Posts what runs from the last change to the end of the horizon.
  void close() { post(ledger_->end()); }

 private:
  void post(kernel::Ticks to) {
    if (per_ == Per::week)
      ledger_->accrue_weekly(line_, since_, to, rate_);
    else
      ledger_->accrue_yearly(line_, since_, to, rate_);
  }

  CostLedger* ledger_;
  CostLedger::Line line_;
  Per per_;
  double rate_;
  kernel::Ticks since_ = 0;
};

}  // namespace caresim::finance
