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

  std::vector<QueuedEvent> heap_;
};

}  // namespace caresim::kernel
