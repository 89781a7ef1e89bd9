// The future-event list: a 4-ary min-heap of small plain events ordered by
// (time, priority, scheduling order), so same-time events come out deterministically.
#pragma once

#include <cstdint>
#include <vector>

#include "kernel/calendar.hpp"

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

class EventQueue {
 public:
  void push(Ticks time, std::uint32_t kind, std::uint32_t subject, std::uint32_t generation,
            Priority priority = Priority::normal);
  // Removes and returns the earliest event. Precondition: !empty().
  Event pop();
  // The earliest event's time. Precondition: !empty().
  Ticks next_time() {
    close_hole();
    return static_cast<Ticks>(heap_.front().time);
  }
  bool empty() const { return size() == 0; }
  std::size_t size() const { return heap_.size() - (hole_at_root_ ? 1 : 0); }
  void reserve(std::size_t capacity);

 private:
  // The heap holds only what ordering needs, 16 bytes an event so the sifts move little: the
  // time, and `order` packing the priority (top 8 bits), the scheduling sequence number (next
  // 24) and the slot of the event's other fields in payloads_ (low 32). (time, order) compares
  // as one 128-bit number, so the choice among four children compiles to conditional moves;
  // the slot bits never decide, as sequence numbers are unique. Times are never negative.
  struct Entry {
    std::uint64_t order;
    std::uint64_t time;
  };
  struct Payload {
    std::uint32_t kind;
    std::uint32_t subject;
    std::uint32_t generation;
  };
  __extension__ using Key = unsigned __int128;
  static Key key(const Entry& e) { return (static_cast<Key>(e.time) << 64) | e.order; }
  static bool before(const Entry& a, const Entry& b) { return key(a) < key(b); }
  // The smallest of the children from `first_child` (there is at least one).
  std::size_t smallest_child(std::size_t first_child) const;
  void sift_up(std::size_t hole, Entry entry);
  void sift_down(std::size_t hole, Entry entry);
  void close_hole();
  void renumber();

  std::vector<Entry> heap_;
  std::vector<Payload> payloads_;          // by slot
  std::vector<std::uint32_t> free_slots_;  // slots of events already popped, for reuse
  std::uint64_t next_sequence_ = 0;
  // pop() leaves the popped entry at the root as a hole, because the handler of an event
  // usually schedules another: that push then fills the hole with one sift down from the
  // root, where otherwise the pop would sift the last entry down and the push sift up.
  bool hole_at_root_ = false;
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
