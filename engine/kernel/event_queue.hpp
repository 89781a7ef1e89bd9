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
// scheduled hours to years ahead, so rather than sift every pending event through one big
// heap the queue keeps three tiers, each event's tier chosen by its time bucket (2^14 ticks,
// about 4.6 hours):
//   near_     a small heap of the events in the current bucket or earlier;
//   the wheel the 65536 buckets (about 34 years) after the current one, each an unordered
//             list of events in a pool, so scheduling there is a few stores, with a bitmap of
//             the buckets that hold any;
//   overflow_ a heap of the events beyond the wheel (few: the model looks 18 years ahead).
// When near_ runs dry the current bucket moves on to the next that holds anything, its list
// is poured into near_ and overflow events that come within the wheel's reach move into it.
// Every event in near_ then comes before every event elsewhere, so near_'s top is the earliest.
// An event scheduled in the past would join near_ and come out next, as from any heap; the
// model never schedules one (Agenda::schedule_at asserts it).
class EventQueue {
 public:
  EventQueue();
  void push(Ticks time, std::uint32_t kind, std::uint32_t subject, std::uint32_t generation,
            Priority priority = Priority::normal) {
    const QueuedEvent event{static_cast<std::uint64_t>(time),
                            (static_cast<std::uint64_t>(priority) << kPriorityShift) | next_sequence_++,
                            kind, subject, generation, kNone};
    ++size_;
    const std::uint64_t bucket = bucket_of(event.time);
    if (bucket > current_bucket_ && bucket - current_bucket_ < kWheelSize && free_ != kNone)
      add_to_wheel(event, bucket);  // the common case, inline
    else
      push_elsewhere(event, bucket);
  }
  // Removes and returns the earliest event. Precondition: !empty().
  Event pop() {
    if (near_.empty()) refill_near();
    const QueuedEvent& e = near_.top();
    const Event earliest{static_cast<Ticks>(e.time), e.kind, e.subject, e.generation};
    near_.pop();
    --size_;
    return earliest;
  }
  // The earliest event's time. Precondition: !empty().
  Ticks next_time() {
    if (near_.empty()) refill_near();
    return static_cast<Ticks>(near_.top().time);
  }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  void reserve(std::size_t capacity);

 private:
  static constexpr int kPriorityShift = 56;
  static constexpr int kBucketShift = 14;
  static constexpr std::uint64_t kWheelSize = 65536;
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};
  static std::uint64_t bucket_of(std::uint64_t time) { return time >> kBucketShift; }
  static std::size_t slot_of(std::uint64_t bucket) { return static_cast<std::size_t>(bucket & (kWheelSize - 1)); }

  // Links `event` into its bucket's list, in a free pool entry. Precondition: free_ != kNone.
  void add_to_wheel(const QueuedEvent& event, std::uint64_t bucket) {
    const std::uint32_t index = free_;
    free_ = pool_[index].next;
    const std::size_t slot = slot_of(bucket);
    pool_[index] = event;
    pool_[index].next = bucket_first_[slot];
    bucket_first_[slot] = index;
    occupied_[slot / 64] |= std::uint64_t{1} << (slot % 64);
    ++in_wheel_;
  }
  // The rest of push(): into near_, overflow_, or the wheel once the pool has grown.
  void push_elsewhere(const QueuedEvent& event, std::uint64_t bucket);
  // Moves the current bucket on to the next that holds anything and pours it into near_.
  // Precondition: near_ is empty and the queue is not.
  void refill_near();
  // The first bucket after the current one that holds events. Precondition: in_wheel_ > 0.
  std::uint64_t next_occupied_bucket() const;
  // Moves overflow events that have come within the wheel's reach into it (or into near_).
  void take_from_overflow();

  EventHeap near_;
  EventHeap overflow_;
  std::vector<QueuedEvent> pool_;             // the wheel's events, linked by `next`
  std::uint32_t free_ = kNone;                // the first free pool entry
  std::vector<std::uint32_t> bucket_first_;   // by slot (bucket % kWheelSize): its first event
  std::vector<std::uint64_t> occupied_;       // a bit by slot: its bucket holds events
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
