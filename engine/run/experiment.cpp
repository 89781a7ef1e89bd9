#include "run/experiment.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <thread>

namespace caresim::run {

ExperimentResult run_experiment(const scenario::Scenario& scenario, int threads,
                                const ProgressCallback& progress) {
  const int total = scenario.run.replications;
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  threads = std::min(threads, total);

  ExperimentResult result;
  result.replications.resize(static_cast<std::size_t>(total));
  result.threads = threads;

  std::atomic<int> next{0};
  std::mutex progress_mutex;
  int done = 0;
  std::exception_ptr failure;

  auto work = [&] {
    for (int index = next++; index < total; index = next++) {
      try {
        result.replications[static_cast<std::size_t>(index)] =
            run_replication(scenario, static_cast<std::uint64_t>(index));
      } catch (...) {
        const std::lock_guard lock(progress_mutex);
        if (!failure) failure = std::current_exception();
        next = total;  // stop handing out work
        return;
      }
      const std::lock_guard lock(progress_mutex);
      ++done;
      if (progress) progress(done, total);
    }
  };

  const auto started = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  if (failure) std::rethrow_exception(failure);
  for (const auto& r : result.replications) result.events += r.events;
  return result;
}

}  // namespace caresim::run
