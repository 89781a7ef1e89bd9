// The replications of one scenario, run on a pool of threads. Each replication's result is
// stored at its own index, so the outcome never depends on the number of threads or on
// which thread ran what.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "run/replication.hpp"
#include "scenario/scenario.hpp"

namespace caresim::run {

struct ExperimentResult {
  std::vector<ReplicationResult> replications;  // by replication index
  std::uint64_t events = 0;
  double seconds = 0;  // wall time of the simulation
  int threads = 1;
};

// Called after each finished replication with (done, total); from worker threads, serialised.
using ProgressCallback = std::function<void(int done, int total)>;

ExperimentResult run_experiment(const scenario::Scenario& scenario, int threads,
                                const ProgressCallback& progress = {});

}  // namespace caresim::run
