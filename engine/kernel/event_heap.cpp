#include "kernel/event_heap.hpp"

namespace caresim::kernel {
namespace {
constexpr std::size_t kArity = 4;
}  // namespace

inline std::size_t EventHeap::smallest_child(std::size_t first_child) const {
  const std::size_t n = heap_.size();
  if (first_child + kArity <= n) {
    // A full family, the common case: a fixed tournament the compiler makes branch-free.
    const std::size_t left = comes_before(heap_[first_child + 1], heap_[first_child]) ? first_child + 1 : first_child;
    const std::size_t right =
        comes_before(heap_[first_child + 3], heap_[first_child + 2]) ? first_child + 3 : first_child + 2;
    return comes_before(heap_[right], heap_[left]) ? right : left;
  }
  std::size_t best = first_child;
  for (std::size_t c = first_child + 1; c < n; ++c)
    if (comes_before(heap_[c], heap_[best])) best = c;
  return best;
}

void EventHeap::sift_up(std::size_t hole, const QueuedEvent& event) {
  while (hole > 0) {
    const std::size_t parent = (hole - 1) / kArity;
    if (!comes_before(event, heap_[parent])) break;
    heap_[hole] = heap_[parent];
    hole = parent;
  }
  heap_[hole] = event;
}

void EventHeap::push(const QueuedEvent& event) {
  heap_.push_back(event);
  sift_up(heap_.size() - 1, event);
}

// The last entry moved to the root nearly always belongs near the bottom again, so rather
// than compare it with the smallest child at every level on the way down, the hole goes all
// the way down along the smallest children and the entry then climbs from there, usually
// not at all (Floyd's bottom-up heap): a comparison saved a level.
void EventHeap::pop() {
  const QueuedEvent last = heap_.back();
  heap_.pop_back();
  if (heap_.empty()) return;
  std::size_t hole = 0;
  for (std::size_t first_child = 1; first_child < heap_.size(); first_child = hole * kArity + 1) {
    const std::size_t best = smallest_child(first_child);
    heap_[hole] = heap_[best];
    hole = best;
  }
  sift_up(hole, last);
}

}  // namespace caresim::kernel
