#include "run/experiment.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <system_error>
#include <thread>

namespace caresim::run {
namespace {

using Clock = std::chrono::steady_clock;

// The scenarios' results for one replication index, filled as their tasks finish.
struct Pending {
  std::vector<std::optional<ReplicationResult>> results;
  std::vector<double> seconds;
  std::size_t filled = 0;
};

// Hands out tasks (replication, scenario) in index order and folds each replication once all
// its scenarios are in and every earlier one is folded. All state is behind one mutex; the
// simulations themselves run outside it.
class Experiment {
 public:
  Experiment(std::span<const scenario::Scenario> scenarios, const ExperimentOptions& options, int threads)
      : scenarios_(scenarios),
        options_(options),
        planned_(options.precision ? options.precision->max_replications : scenarios.front().run.replications),
        stop_at_(planned_),
        window_(2 * threads) {
    result_.scenarios.resize(scenarios.size());
    if (options.differences_from_first) result_.differences.resize(scenarios.size() - 1);
    result_.threads = threads;
  }

  void work() {
    std::unique_lock lock(mutex_);
    for (;;) {
      // A replication starts only a few ahead of the next to fold: the buffer stays small.
      room_.wait(lock, [this] { return stopped() || replication_of(next_task_) < folded_ + window_; });
      if (stopped()) return;
      const std::size_t task = next_task_++;
      lock.unlock();

      std::optional<ReplicationResult> result;
      const auto started = Clock::now();
      try {
        result = run_replication(scenarios_[scenario_of(task)], static_cast<std::uint64_t>(replication_of(task)));
      } catch (...) {
        lock.lock();
        fail(std::current_exception());
        return;
      }
      const double seconds = std::chrono::duration<double>(Clock::now() - started).count();

      lock.lock();
      try {
        store(task, std::move(*result), seconds);
        fold_ready();
      } catch (...) {
        fail(std::current_exception());
        return;
      }
      room_.notify_all();
    }
  }

  ExperimentResult finish(double seconds) {
    if (failure_) std::rethrow_exception(failure_);
    if (folded_ < stop_at_) throw Stopped();  // only a stop request ends the work this early
    result_.seconds = seconds;
    for (const ScenarioRun& run : result_.scenarios) result_.events += run.events;
    return std::move(result_);
  }

 private:
  int replication_of(std::size_t task) const { return static_cast<int>(task / scenarios_.size()); }
  std::size_t scenario_of(std::size_t task) const { return task % scenarios_.size(); }
  bool stopped() const {
    return failure_ || replication_of(next_task_) >= stop_at_ || (options_.stop && options_.stop->load());
  }

  void fail(std::exception_ptr failure) {
    if (!failure_) failure_ = std::move(failure);
    room_.notify_all();
  }

  void store(std::size_t task, ReplicationResult&& result, double seconds) {
    const int replication = replication_of(task);
    if (replication >= stop_at_) return;  // begun before the target was reached: not wanted
    Pending& pending = pending_[replication];
    if (pending.results.empty()) {
      pending.results.resize(scenarios_.size());
      pending.seconds.resize(scenarios_.size());
    }
    pending.results[scenario_of(task)] = std::move(result);
    pending.seconds[scenario_of(task)] = seconds;
    ++pending.filled;
  }

  void fold_ready() {
    for (auto next = pending_.find(folded_); next != pending_.end() && next->second.filled == scenarios_.size();
         next = pending_.find(folded_)) {
      fold(next->second);
      pending_.erase(next);
      ++folded_;
      result_.replications = folded_;
      if (options_.progress) options_.progress(folded_, planned_);
      if (options_.precision) check_precision();
      if (folded_ >= stop_at_) {
        pending_.clear();
        return;
      }
    }
  }

  void fold(const Pending& pending) {
    for (std::size_t s = 0; s < scenarios_.size(); ++s) {
      ScenarioRun& run = result_.scenarios[s];
      run.aggregate.add(pending.results[s]->measurements);
      run.events += pending.results[s]->events;
      run.busy_seconds += pending.seconds[s];
      if (s > 0 && options_.differences_from_first)
        result_.differences[s - 1].add(pending.results[0]->measurements, pending.results[s]->measurements);
    }
  }

  // At the end of each whole batch, and at the cap.
  void check_precision() {
    const Precision& precision = *options_.precision;
    if (folded_ == 1) check_targets_known(precision, result_.scenarios.front().aggregate);
    if (folded_ % precision.batch != 0 && folded_ != planned_) return;
    PrecisionOutcome outcome;
    outcome.asked = precision;
    outcome.of_differences = options_.precision_of_differences;
    outcome.half_widths = achieved_half_widths(precision, result_, options_.precision_of_differences);
    outcome.reached = true;
    for (std::size_t t = 0; t < precision.targets.size(); ++t)
      outcome.reached = outcome.reached && outcome.half_widths[t] <= precision.targets[t].half_width;
    result_.precision = std::move(outcome);
    if (result_.precision->reached) stop_at_ = folded_;
  }

  std::span<const scenario::Scenario> scenarios_;
  const ExperimentOptions& options_;
  const int planned_;
  int stop_at_;       // replications wanted: planned, or fewer once a precision target is reached
  const int window_;  // replications that may run ahead of the next to fold

  std::mutex mutex_;
  std::condition_variable room_;
  std::size_t next_task_ = 0;  // replication * scenarios + scenario
  int folded_ = 0;
  std::map<int, Pending> pending_;
  std::exception_ptr failure_;
  ExperimentResult result_;
};

}  // namespace

std::vector<double> ExperimentResult::kpi_values(std::string_view name, std::size_t scenario) const {
  const ScenarioAggregate& aggregate = scenarios.at(scenario).aggregate;
  const auto k = aggregate.kpi_index(name);
  if (!k) throw std::invalid_argument("no KPI " + std::string(name));
  return aggregate.kpi_values(*k);
}

double ExperimentResult::seconds_of(std::size_t scenario) const {
  double busy = 0;
  for (const ScenarioRun& run : scenarios) busy += run.busy_seconds;
  return busy > 0 ? seconds * scenarios.at(scenario).busy_seconds / busy : seconds;
}

ExperimentResult run_experiment(std::span<const scenario::Scenario> scenarios, const ExperimentOptions& options) {
  if (scenarios.empty()) throw std::invalid_argument("an experiment needs a scenario");
  if (options.precision && options.precision->batch < 1) throw std::invalid_argument("a batch needs replications");
  const int replications =
      options.precision ? options.precision->max_replications : scenarios.front().run.replications;
  int threads = options.threads;
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  threads = std::max(1, std::min(threads, replications * static_cast<int>(scenarios.size())));

  Experiment experiment(scenarios, options, threads);
  const auto started = Clock::now();
  std::vector<std::thread> pool;
  // The results are the same on any number of threads, so one the system cannot give is done
  // without: the others take its share.
  for (int t = 1; t < threads; ++t) {
    try {
      pool.emplace_back([&experiment] { experiment.work(); });
    } catch (const std::system_error&) {
      break;
    }
  }
  experiment.work();
  for (auto& thread : pool) thread.join();
  ExperimentResult result = experiment.finish(std::chrono::duration<double>(Clock::now() - started).count());
  result.threads = static_cast<int>(pool.size()) + 1;  // those that ran
  return result;
}

ExperimentResult run_experiment(const scenario::Scenario& scenario, int threads, const ProgressCallback& progress) {
  ExperimentOptions options;
  options.threads = threads;
  options.progress = progress;
  return run_experiment(std::span(&scenario, 1), options);
}

}  // namespace caresim::run
