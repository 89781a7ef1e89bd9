// The replications of one or more scenarios, run on a pool of threads. Every scenario runs
// the same replication indices with the same seed, so with common random numbers replication
// r of each saw the same children arrive. Finished replications are folded into the results
// strictly in index order (a reorder buffer bounded by the thread count holds those that
// finish early), so the outcome never depends on the number of threads or on which thread
// ran what, and memory does not grow with the number of replications.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "run/paired_differences.hpp"
#include "run/precision.hpp"
#include "run/replication.hpp"
#include "run/scenario_aggregate.hpp"
#include "scenario/scenario.hpp"

namespace caresim::run {

// Called after each replication folded in, with (done, planned); serialised. `planned` is
// the cap when a precision target may stop the run sooner.
using ProgressCallback = std::function<void(int done, int planned)>;

struct ExperimentOptions {
  int threads = 0;  // 0: one per hardware core
  // Fold the paired differences of every scenario from the first (`caresim compare`, sweeps).
  bool differences_from_first = false;
  // A precision target is about those differences (`caresim compare`), not each scenario's
  // means (`caresim run`, a sweep's every value).
  bool precision_of_differences = false;
  // Absent: the first scenario's run.replications, for every scenario.
  std::optional<Precision> precision;
  ProgressCallback progress;
  // Set from another thread to stop (the user interrupted the run): no replication starts
  // after it, and run_experiment throws Stopped once those under way are done.
  const std::atomic<bool>* stop = nullptr;
};

// The experiment was stopped before every replication it planned had run.
class Stopped : public std::runtime_error {
 public:
  Stopped() : std::runtime_error("stopped before every replication had run") {}
};

struct ScenarioRun {
  ScenarioAggregate aggregate;
  std::uint64_t events = 0;
  double busy_seconds = 0;  // summed over its replications, on whichever thread they ran
};

struct ExperimentResult {
  std::vector<ScenarioRun> scenarios;          // in the order given
  std::vector<PairedDifferences> differences;  // [s - 1]: scenario s minus the first
  int replications = 0;                        // run in every scenario
  std::optional<PrecisionOutcome> precision;
  std::uint64_t events = 0;
  double seconds = 0;  // wall time of the simulation
  int threads = 1;

  // One KPI's values by replication (tests read these).
  std::vector<double> kpi_values(std::string_view name, std::size_t scenario = 0) const;
  // Scenario s minus the first, replication by replication; nullptr for the first, or when
  // the experiment folded no differences.
  const PairedDifferences* difference_from_first(std::size_t scenario) const {
    return scenario > 0 && scenario <= differences.size() ? &differences[scenario - 1] : nullptr;
  }
  // The wall time apportioned to one scenario by its share of the work.
  double seconds_of(std::size_t scenario) const;
};

// Throws what a replication throws (std::logic_error: a bug), ScenarioError for a precision
// target naming no KPI (checked once the first replication is in), or Stopped.
ExperimentResult run_experiment(std::span<const scenario::Scenario> scenarios, const ExperimentOptions& options);

// One scenario, its run.replications on `threads` threads.
ExperimentResult run_experiment(const scenario::Scenario& scenario, int threads, const ProgressCallback& progress = {});

}  // namespace caresim::run
