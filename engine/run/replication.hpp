// One replication: a whole care system built from (scenario, seed, replication index), run
// through warm-up and the reported horizon. It shares nothing with other replications.
#pragma once

#include <cstdint>

#include "metrics/measurements.hpp"
#include "scenario/scenario.hpp"

namespace caresim::run {

struct ReplicationResult {
  metrics::Measurements measurements;
  std::uint64_t events = 0;
};

// The clock starts warmup_years before the start date; the reported horizon runs from the
// start date for `years` years.
ReplicationResult run_replication(const scenario::Scenario& scenario, std::uint64_t replication);

}  // namespace caresim::run
