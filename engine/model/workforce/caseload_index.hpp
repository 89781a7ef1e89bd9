// The workers of one team who are free to take a case, in buckets by caseload from 0 to the
// cap (or above it, after the cap was lowered), so choosing a worker looks at no more than
// cap + 1 buckets and never at the whole team. Within a bucket, the worker who reached that
// caseload first comes first. The buckets below the lowest caseload held are skipped: workers
// mostly sit near the target, far above 0.
#pragma once

#include <algorithm>
#include <vector>

#include "model/workforce/linked_ids.hpp"
#include "scenario/workforce_spec.hpp"

namespace caresim::model {

// Worker has an `int caseload` and a `Links<Id> bucket`; its caseload must not change while
// it is in the index (remove it, change it, add it back).
template <class Id, class Worker>
class CaseloadIndex {
 public:
  explicit CaseloadIndex(int cap) : buckets_(static_cast<std::size_t>(cap) + 1), cap_(cap) {}

  // From now on no worker is chosen at `cap` or above. Workers already above a lowered cap
  // keep their buckets, which stay as long as the highest cap so far.
  void set_cap(int cap) {
    if (static_cast<std::size_t>(cap) >= buckets_.size()) buckets_.resize(static_cast<std::size_t>(cap) + 1);
    cap_ = cap;
  }

  void add(std::vector<Worker>& workers, Id id) {
    const int caseload = workers[index_of(id)].caseload;
    buckets_[static_cast<std::size_t>(caseload)].push_back(workers, id);
    lowest_ = std::min(lowest_, caseload);
  }
  void remove(std::vector<Worker>& workers, Id id) {
    buckets_[static_cast<std::size_t>(workers[index_of(id)].caseload)].remove(workers, id);
  }

  // A worker below the cap, other than `avoid`, by the policy; kNone when there is none.
  Id choose(const std::vector<Worker>& workers, scenario::AllocationPolicy policy, int target,
            Id avoid = kNone<Id>) const {
    const int cap = cap_;
    // Past the buckets emptied since the last choice; not in remove, as a worker whose
    // caseload changes is removed and added back at once.
    while (lowest_ < cap && buckets_[static_cast<std::size_t>(lowest_)].empty()) ++lowest_;
    if (policy == scenario::AllocationPolicy::fill_to_target)
      for (int caseload = std::min(target, cap) - 1; caseload >= lowest_; --caseload)
        if (const Id id = first_but(workers, caseload, avoid); id != kNone<Id>) return id;
    for (int caseload = lowest_; caseload < cap; ++caseload)
      if (const Id id = first_but(workers, caseload, avoid); id != kNone<Id>) return id;
    return kNone<Id>;
  }

 private:
  using Bucket = LinkedIds<Id, Worker, &Worker::bucket>;
  Id first_but(const std::vector<Worker>& workers, int caseload, Id avoid) const {
    const Bucket& b = buckets_[static_cast<std::size_t>(caseload)];
    const Id first = b.front();
    return first == avoid && first != kNone<Id> ? Bucket::next(workers, first) : first;
  }

  std::vector<Bucket> buckets_;
  int cap_;
  mutable int lowest_ = 0;  // no bucket below it holds a worker
};

}  // namespace caresim::model
