// An option against the first scenario, replication by replication: with common random
// numbers replication r of both saw the same children, so the difference (option minus
// first) of each pair is one observation and its Student-t interval is the paired one.
// Kept as moments only, for every KPI and for every yearly flow by financial year and
// cumulated from the horizon's first year.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "metrics/measurements.hpp"
#include "stats/moments.hpp"

namespace caresim::run {

class PairedDifferences {
 public:
  // Replication r of the first scenario and of the option, in replication order. KPIs and
  // flows are matched by name; one measured by only one of the two has no difference.
  void add(const metrics::Measurements& first, const metrics::Measurements& option);

  // nullptr when the KPI or flow is not measured in both.
  const stats::Moments* kpi(std::string_view name) const;
  const stats::Moments* yearly(std::string_view name, std::size_t year) const;
  const stats::Moments* cumulative(std::string_view name, std::size_t year) const;

 private:
  struct Matched {
    std::string name;
    std::size_t in_first = 0;
    std::size_t in_option = 0;
  };
  void match_names(const metrics::Measurements& first, const metrics::Measurements& option);

  bool matched_ = false;
  std::size_t years_ = 0;
  std::vector<Matched> kpis_;
  std::vector<stats::Moments> kpi_moments_;
  std::vector<Matched> flows_;
  std::vector<std::vector<stats::Moments>> yearly_;      // [flow][financial year]
  std::vector<std::vector<stats::Moments>> cumulative_;  // [flow][financial year]
};

}  // namespace caresim::run
