// The future-event list: small plain events ordered by (time, priority, scheduling order), so
// same-time events come out deterministically.
#pragma once

#include <cstdint>
#include <vector>

#include "kernel/calendar.hpp"
#include "kernel/event_heap.hpp"

namespace caresim::kernel {

// What the kernel hands the model: when, and three integers the model interprets (which kind
// of event, whom it concerns, and the timer generation it was armed with; see TimerSlot).
struct Event {
  Ticks time;
  std::uint32_t kind;
  std::uint32_t subject;
  std::uint32_t generation;
};

// Lower priorities come out first among events at the same tick.
enum class Priority : std::uint8_t { first = 0, normal = 128, last = 255 };

// Events are ordered by time, then priority, then the order they were scheduled in. Most are
// scheduled days to years ahead, so rather than sift every pending event through one big heap
// the queue keeps three tiers, each event's tier chosen by its time bucket (2^16 ticks, about
// 0.76 days):
//   near_     a small heap of the events in the current bucket or earlier;
//   the wheel 4096 buckets (about 8.5 years) after the current one, each an unordered list
//             of events in a pool, so scheduling there is a few stores;
//   overflow_ a heap of the events beyond the wheel (a baby's 18th birthday, say).
// When near_ runs dry the current bucket moves on, the next bucket's list is poured into
// near_ and overflow events that come within the wheel's reach move into it. Every event in
// near_ then comes before every event elsewhere, so near_'s top is the earliest of all.
class EventQueue {
 public:
  EventQueue();
  void push(Ticks time, std::uint32_t kind, std::uint32_t subject, std::uint32_t generation,
            Priority priority = Priority::normal);
  // Removes and returns the earliest event. Precondition: !empty().
  Event pop();
  // The earliest event's time. Precondition: !empty().
  Ticks next_time() {
    if (near_.empty()) refill_near();
    return static_cast<Ticks>(near_.top().time);
  }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  void reserve(std::size_t capacity);

 private:
  // Moves the current bucket on until near_ holds something. Precondition: !empty().
  void refill_near();
  // Pours the current bucket's list into near_.
  void drain_current_bucket();
  // Moves overflow events that have come within the wheel's reach into it (or into near_).
  void take_from_overflow();
  void add_to_wheel(const QueuedEvent& event, std::uint64_t bucket);

  EventHeap near_;
  EventHeap overflow_;
  std::vector<QueuedEvent> pool_;             // the wheel's events, linked by `next`
  std::uint32_t free_ = 0;                    // the first free pool entry, or kNone
  std::vector<std::uint32_t> bucket_first_;   // by bucket % wheel size: its first event, or kNone
  std::size_t in_wheel_ = 0;
  std::uint64_t current_bucket_ = 0;
  std::size_t size_ = 0;
  std::uint64_t next_sequence_ = 0;
};

// A cancellable timer owned by a model object, such as a child's exit. Arming it returns the
// generation to stamp on the scheduled event; cancelling (or re-arming) makes every event
// stamped earlier stale, so it is skipped when popped instead of being searched for.
class TimerSlot {
 public:
  std::uint32_t arm() { return ++generation_; }
  void cancel() { ++generation_; }
  bool fires(std::uint32_t generation) const { return generation == generation_; }

 private:
  std::uint32_t generation_ = 0;
};

}  // namespace caresim::kernel
