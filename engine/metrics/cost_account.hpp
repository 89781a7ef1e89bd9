// One source of cost lines: it subscribes to the facts that cost money and posts the money
// to the ledger as it is spent: Staying Put, fixed services, staff and carer recruitment
// each have one, made in CostAccounts' constructor. Placements, whose facts are the
// commonest, are not one: CostAccounts hands them to PlacementCosts itself.
#pragma once

#include "model/domain_events.hpp"

namespace caresim::metrics {

class CostAccount : public model::CareObserver {
 public:
  // Subscribes to exactly the facts this account overrides `on` for.
  virtual void subscribe(model::EventPublisher& publisher) = 0;
  // Posts what is still running when the horizon ends.
  virtual void close() = 0;
};

}  // namespace caresim::metrics
