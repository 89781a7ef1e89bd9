// A 4-ary min-heap of queued events: the event list's near events and its far overflow.
#pragma once

#include <cstdint>
#include <vector>

namespace caresim::kernel {

// One pending event as the event list stores it. `order` packs the priority (top 8 bits) above
// the scheduling sequence number (low 56 bits: at a billion events a second, two years before
// it runs out), so (time, order) is unique and compares as one 128-bit number. `next` links
// the events of one timing-wheel bucket (an index into the wheel's pool); heaps ignore it.
struct QueuedEvent {
  std::uint64_t time;
  std::uint64_t order;
  std::uint32_t kind;
  std::uint32_t subject;
  std::uint32_t generation;
  std::uint32_t next;
};

inline bool comes_before(const QueuedEvent& a, const QueuedEvent& b) {
  __extension__ using Key = unsigned __int128;
  return ((static_cast<Key>(a.time) << 64) | a.order) < ((static_cast<Key>(b.time) << 64) | b.order);
}

class EventHeap {
 public:
  bool empty() const { return heap_.empty(); }
  std::size_t size() const { return heap_.size(); }
  // The earliest event. Precondition: !empty().
  const QueuedEvent& top() const { return heap_.front(); }
  void push(const QueuedEvent& event);
  // Removes the earliest event. Precondition: !empty().
  void pop();
  void reserve(std::size_t capacity) { heap_.reserve(capacity); }

 private:
  // The smallest of the children from `first_child` (there is at least one).
  std::size_t smallest_child(std::size_t first_child) const;
  // Puts `event` at `hole` or above it, moving larger ancestors down.
  void sift_up(std::size_t hole, const QueuedEvent& event);

  static constexpr std::size_t kArity = 4;
  std::vector<QueuedEvent> heap_;
};

// Inline: the event loop calls these for every event.
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

inline void EventHeap::sift_up(std::size_t hole, const QueuedEvent& event) {
  while (hole > 0) {
    const std::size_t parent = (hole - 1) / kArity;
    if (!comes_before(event, heap_[parent])) break;
    heap_[hole] = heap_[parent];
    hole = parent;
  }
  heap_[hole] = event;
}

inline void EventHeap::push(const QueuedEvent& event) {
  heap_.push_back(event);
  sift_up(heap_.size() - 1, event);
}

// The last entry moved to the root nearly always belongs near the bottom again, so rather
// than compare it with the smallest child at every level on the way down, the hole goes all
// the way down along the smallest children and the entry then climbs from there, usually
// not at all (Floyd's bottom-up heap): a comparison saved a level.
inline void EventHeap::pop() {
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
