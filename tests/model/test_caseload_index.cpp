// The caseload index that chooses a social worker (or personal adviser), against a plain scan
// of every worker: the same choice after any mix of caseload changes and workers leaving and
// rejoining it, under both policies, with and without a worker to avoid.
#include <catch2/catch.hpp>

#include <vector>

#include "kernel/random_stream.hpp"
#include "model/workforce/caseload_index.hpp"

using namespace caresim;
using model::WorkerId;

namespace {

struct Worker {
  int caseload = 0;
  model::Links<WorkerId> bucket;
  bool indexed = false;
  long joined_bucket = 0;  // when it was last added: first come, first chosen within a caseload
};

// The worker below the cap the policy picks, by looking at every worker.
WorkerId scan(const std::vector<Worker>& workers, scenario::AllocationPolicy policy, int target, int cap,
              WorkerId avoid) {
  const auto better = [&](std::size_t a, std::size_t b, bool fuller) {
    if (workers[a].caseload != workers[b].caseload)
      return fuller ? workers[a].caseload > workers[b].caseload : workers[a].caseload < workers[b].caseload;
    return workers[a].joined_bucket < workers[b].joined_bucket;
  };
  const auto best = [&](int below, bool fuller) {
    std::size_t chosen = workers.size();
    for (std::size_t i = 0; i < workers.size(); ++i) {
      if (!workers[i].indexed || WorkerId{static_cast<std::uint32_t>(i)} == avoid || workers[i].caseload >= below)
        continue;
      if (chosen == workers.size() || better(i, chosen, fuller)) chosen = i;
    }
    return chosen == workers.size() ? model::kNone<WorkerId> : WorkerId{static_cast<std::uint32_t>(chosen)};
  };
  if (policy == scenario::AllocationPolicy::fill_to_target)
    if (const WorkerId id = best(std::min(target, cap), true); id != model::kNone<WorkerId>) return id;
  return best(cap, false);
}

}  // namespace

TEST_CASE("the caseload index chooses as a scan of every worker would", "[model][workforce]") {
  constexpr int kCap = 6, kTarget = 4, kWorkers = 12;
  std::vector<Worker> workers(kWorkers);
  model::CaseloadIndex<WorkerId, Worker> index(kCap);
  long step = 0;
  const auto add = [&](std::uint32_t w) {
    index.add(workers, WorkerId{w});
    workers[w].indexed = true;
    workers[w].joined_bucket = ++step;
  };
  for (std::uint32_t w = 0; w < kWorkers; ++w) add(w);

  kernel::RandomStream rng(1, 0, "caseload_index_test");
  const auto below = [&](int n) { return static_cast<std::uint32_t>(rng.uniform01() * n); };
  for (int op = 0; op < 20'000; ++op) {
    const std::uint32_t w = below(kWorkers);
    Worker& worker = workers[w];
    if (!worker.indexed) {
      add(w);  // back from sickness
    } else if (rng.uniform01() < 0.1) {
      index.remove(workers, WorkerId{w});  // off sick
      worker.indexed = false;
    } else {
      const int delta = rng.uniform01() < 0.5 ? -1 : +1;
      if (worker.caseload + delta < 0 || worker.caseload + delta > kCap) continue;
      index.remove(workers, WorkerId{w});
      worker.caseload += delta;
      add(w);
    }
    const WorkerId avoid = rng.uniform01() < 0.5 ? model::kNone<WorkerId> : WorkerId{below(kWorkers)};
    for (const auto policy : {scenario::AllocationPolicy::lowest_caseload, scenario::AllocationPolicy::fill_to_target})
      REQUIRE(index.choose(workers, policy, kTarget, avoid) == scan(workers, policy, kTarget, kCap, avoid));
  }
}
