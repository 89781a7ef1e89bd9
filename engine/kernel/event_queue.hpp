// The future-event list: small plain events ordered by (time, priority, scheduling order), so
// same-time events come out deterministically.
#pragma once

#include <bit>
#include <cstdint>
#include <limits>
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
// heap the queue keeps three tiers, each event's tier chosen by its time bucket (2^12 ticks,
// about 68 minutes):
//   near_     a small heap of the events in the current bucket or earlier;
//   the wheel the 131072 buckets (about 17 years) after the current one, each an unordered
//             list of events in a pool, so scheduling there is a few stores, with a bitmap of
//             the buckets that hold any;
//   overflow_ a heap of the events beyond the wheel (few: most are due within a few years).
// When near_ runs dry the current bucket moves on to the next that holds anything, its list
// is poured into near_ and overflow events that come within the wheel's reach move into it.
// Every event in near_ then comes before every event elsewhere, so near_'s top is the earliest.
// A bucket that holds one event, the common case, hands it out without passing through near_.
// An event scheduled in the past would join near_ and come out next, as from any heap; the
// model never schedules one (Agenda::schedule_at asserts it).
// The bucket and wheel sizes were measured under callgrind: against 2^14 ticks and 65536
// buckets they save 4 instructions per event on minimal and 17 on the baseline (fewer events
// share a bucket, fewer lie beyond the wheel); 65536 buckets of 2^12 ticks save 4 more on
// minimal but lose 20 on the baseline, whose breakdowns are often drawn decades ahead.
class EventQueue {
 public:
  EventQueue();
  void push(Ticks time, std::uint32_t kind, std::uint32_t subject, std::uint32_t generation,
            Priority priority = Priority::normal) {
    const QueuedEvent event{static_cast<std::uint64_t>(time),
                            (static_cast<std::uint64_t>(priority) << kPriorityShift) | next_sequence_++,
                            kind, subject, generation, kNone};
    const std::uint64_t bucket = bucket_of(event.time);
    // One comparison for current < bucket < current + kWheelSize: below, the difference wraps.
    if (bucket - current_bucket_ - 1 < kWheelSize - 1 && free_ != kNone)
      add_to_wheel(event, bucket);  // the common case, inline
    else
      push_elsewhere(event, bucket);
  }
  // Removes the earliest event into `event` and returns true if it comes at or before `end`;
  // returns false, removing nothing, if it comes later or the queue is empty. The event
  // loop's one call per event.
  bool pop_until(Ticks end, Event& event) {
    if (near_.empty()) return pop_from_wheel(end, event);
    return pop_near(end, event);
  }
  // Removes and returns the earliest event. Precondition: !empty().
  Event pop() {
    Event earliest{};
    pop_until(std::numeric_limits<Ticks>::max(), earliest);
    return earliest;
  }
  // The earliest event's time. Precondition: !empty().
  Ticks next_time() {
    if (near_.empty()) refill_near();
    return static_cast<Ticks>(near_.top().time);
  }
  bool empty() const { return near_.empty() && in_wheel_ == 0 && overflow_.empty(); }
  std::size_t size() const { return near_.size() + in_wheel_ + overflow_.size(); }
  void reserve(std::size_t capacity);

 private:
  static constexpr int kPriorityShift = 56;
  static constexpr int kBucketShift = 12;
  static constexpr std::uint64_t kWheelSize = 131072;
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};
  static constexpr std::uint64_t kNever = ~std::uint64_t{0};
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

  static Event to_event(const QueuedEvent& e) { return {static_cast<Ticks>(e.time), e.kind, e.subject, e.generation}; }
  bool pop_near(Ticks end, Event& event) {
    const QueuedEvent& e = near_.top();
    if (static_cast<Ticks>(e.time) > end) return false;
    event = to_event(e);
    near_.pop();
    return true;
  }
  // pop_until() with near_ empty. Most buckets that hold anything hold one event (the minimal
  // scenario has about one event every ten hours, a bucket is about one hour): that one is
  // handed out straight from the wheel, never passing through near_.
  bool pop_from_wheel(Ticks end, Event& event) {
    if (in_wheel_ == 0) {  // the next events, if any, are in the overflow
      if (overflow_.empty()) return false;
      refill_near();
      return pop_near(end, event);
    }
    const std::uint64_t bucket = next_occupied_bucket();
    const std::size_t slot = slot_of(bucket);
    const std::uint32_t index = bucket_first_[slot];
    QueuedEvent& e = pool_[index];
    if (e.next != kNone) {  // several: they go through near_, which orders them
      move_to(bucket);
      return pop_near(end, event);
    }
    if (static_cast<Ticks>(e.time) > end) return false;
    event = to_event(e);
    e.next = free_;
    free_ = index;
    --in_wheel_;
    bucket_first_[slot] = kNone;
    occupied_[slot / 64] &= ~(std::uint64_t{1} << (slot % 64));
    current_bucket_ = bucket;
    if (current_bucket_ >= overflow_due_) take_from_overflow();
    return true;
  }
  // Moves the current bucket on to the next that holds anything and pours it into near_.
  // Precondition: near_ is empty and the queue is not.
  void refill_near();
  // Makes `bucket`, which holds events, the current one: its events go into near_.
  void move_to(std::uint64_t bucket);
  // The first bucket after the current one that holds events. Precondition: in_wheel_ > 0.
  std::uint64_t next_occupied_bucket() const {
    // Slots wrap round, so count the distance from the slot after the current one: the wheel
    // holds buckets current + 1 to current + kWheelSize - 1 only.
    constexpr std::size_t kWords = kWheelSize / 64;
    const std::size_t from = slot_of(current_bucket_ + 1);
    std::size_t word = from / 64;
    std::uint64_t bits = occupied_[word] & (~std::uint64_t{0} << (from % 64));
    while (bits == 0) {
      word = (word + 1) % kWords;
      bits = occupied_[word];
    }
    const std::size_t slot = word * 64 + static_cast<std::size_t>(std::countr_zero(bits));
    return current_bucket_ + 1 + ((slot - from) & (kWheelSize - 1));
  }
  // Moves overflow events that have come within the wheel's reach into it (or into near_).
  void take_from_overflow();
  // The bucket from which the overflow's first event is within the wheel's reach (never,
  // with the overflow empty): one comparison tells when to look at the overflow.
  void note_overflow_due() {
    overflow_due_ = overflow_.empty() ? kNever : bucket_of(overflow_.top().time) - (kWheelSize - 1);
  }

  EventHeap near_;
  EventHeap overflow_;
  std::vector<QueuedEvent> pool_;             // the wheel's events, linked by `next`
  std::uint32_t free_ = kNone;                // the first free pool entry
  std::vector<std::uint32_t> bucket_first_;   // by slot (bucket % kWheelSize): its first event
  std::vector<std::uint64_t> occupied_;       // a bit by slot: its bucket holds events
  std::size_t in_wheel_ = 0;
  std::uint64_t current_bucket_ = 0;
  std::uint64_t overflow_due_ = kNever;
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
