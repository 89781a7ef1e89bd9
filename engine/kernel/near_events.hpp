// The event list's near events: those of the current time bucket, a few at a time (about
// three on the baseline). Kept sorted latest first, so the earliest is the last entry and
// taking it is a pop_back; an event joins by insertion, moving past the few that come after
// it. With so few entries that beats a heap's sifting both ways. A bucket poured in at once
// is sorted once instead, so that a crowded bucket costs n log n rather than n^2 / 2 moves.
#pragma once

#include <algorithm>
#include <vector>

#include "kernel/event_heap.hpp"

namespace caresim::kernel {

class NearEvents {
 public:
  bool empty() const { return events_.empty(); }
  std::size_t size() const { return events_.size(); }
  // The earliest event. Precondition: !empty().
  const QueuedEvent& top() const { return events_.back(); }
  void push(const QueuedEvent& event) {
    events_.push_back(event);
    std::size_t hole = events_.size() - 1;
    for (; hole > 0 && comes_before(events_[hole - 1], event); --hole) events_[hole] = events_[hole - 1];
    events_[hole] = event;
  }
  // A bucket's events, added in any order, then put in order once.
  void add_unordered(const QueuedEvent& event) { events_.push_back(event); }
  void order() {
    std::sort(events_.begin(), events_.end(), [](const QueuedEvent& a, const QueuedEvent& b) { return comes_before(b, a); });
  }
  // Removes the earliest event. Precondition: !empty().
  void pop() { events_.pop_back(); }
  void reserve(std::size_t capacity) { events_.reserve(capacity); }

 private:
  std::vector<QueuedEvent> events_;  // latest first
};

}  // namespace caresim::kernel
