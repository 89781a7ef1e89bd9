#include "kernel/event_queue.hpp"

namespace caresim::kernel {
namespace {
constexpr std::size_t kArity = 4;
constexpr int kSequenceBits = 56;
}  // namespace

void EventQueue::push(Ticks time, std::uint32_t kind, std::uint32_t subject,
                      std::uint32_t generation, Priority priority) {
  const std::uint64_t order =
      (static_cast<std::uint64_t>(priority) << kSequenceBits) | next_sequence_++;
  heap_.push_back(Event{});
  sift_up(heap_.size() - 1, Event{time, order, kind, subject, generation});
}

Event EventQueue::pop() {
  const Event earliest = heap_.front();
  const Event last = heap_.back();
  heap_.pop_back();
  if (!heap_.empty()) sift_down(0, last);
  return earliest;
}

void EventQueue::sift_up(std::size_t hole, Event event) {
  while (hole > 0) {
    const std::size_t parent = (hole - 1) / kArity;
    if (!before(event, heap_[parent])) break;
    heap_[hole] = heap_[parent];
    hole = parent;
  }
  heap_[hole] = event;
}

void EventQueue::sift_down(std::size_t hole, Event event) {
  const std::size_t n = heap_.size();
  for (;;) {
    const std::size_t first_child = hole * kArity + 1;
    if (first_child >= n) break;
    std::size_t best = first_child;
    if (first_child + kArity <= n) {
      // A full family, the common case: a fixed tournament the compiler makes branch-free.
      const std::size_t left = before(heap_[first_child + 1], heap_[first_child]) ? first_child + 1 : first_child;
      const std::size_t right = before(heap_[first_child + 3], heap_[first_child + 2]) ? first_child + 3 : first_child + 2;
      best = before(heap_[right], heap_[left]) ? right : left;
    } else {
      for (std::size_t c = first_child + 1; c < n; ++c)
        if (before(heap_[c], heap_[best])) best = c;
    }
    if (!before(heap_[best], event)) break;
    heap_[hole] = heap_[best];
    hole = best;
  }
  heap_[hole] = event;
}

}  // namespace caresim::kernel
