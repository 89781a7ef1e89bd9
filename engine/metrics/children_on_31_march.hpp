// Two DfE measures read off the children in care at each 31 March, averaged over the 31
// Marches of the reported horizon:
// - long-term stability: of the children under 16 who have been in care for 2.5 years or
//   more, the share who have lived in the same placement for 2 years or more;
// - siblings placed apart: of the children with a brother or sister also in care, the share
//   not placed together with all of them.
#pragma once

#include <vector>

#include "metrics/children_in_care.hpp"
#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class ChildrenOn31March final : public Metric {
 public:
  ChildrenOn31March(const ReportingWindow& window, const ChildrenInCare& children)
      : window_(window), children_(children) {}

  void subscribe(model::EventPublisher& publisher) override { publisher.subscribe<model::YearEnded>(*this); }
  void on(const model::YearEnded& e) override;
  void report(Measurements& out) override;

 private:
  void long_term_stability(const model::YearEnded& e);
  void siblings_apart();

  const ReportingWindow& window_;
  const ChildrenInCare& children_;
  std::vector<double> stable_shares_;
  std::vector<double> apart_shares_;
};

}  // namespace caresim::metrics
