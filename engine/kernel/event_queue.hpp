// The future-event list: a 4-ary min-heap of small plain events ordered by
// (time, priority, scheduling order), so same-time events come out deterministically.
#pragma once

#include <cstdint>
#include <vector>

#include "kernel/calendar.hpp"

namespace caresim::kernel {

// What the kernel knows of an event: when, in what order, and three integers the model
// interprets (which kind of event, whom it concerns, and the timer generation it was armed
// with; see TimerSlot).
struct Event {
  Ticks time;
  std::uint64_t order;  // priority in the top byte, then the scheduling sequence number
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
  const Event& top() const { return heap_.front(); }
  bool empty() const { return heap_.empty(); }
  std::size_t size() const { return heap_.size(); }
  void reserve(std::size_t capacity) { heap_.reserve(capacity); }

 private:
  // (time, order) as one 128-bit number, so the comparison compiles without branches and the
  // choice among four children becomes conditional moves. Times are never negative.
  __extension__ using Key = unsigned __int128;
  static Key key(const Event& e) {
    return (static_cast<Key>(static_cast<std::uint64_t>(e.time)) << 64) | e.order;
  }
  static bool before(const Event& a, const Event& b) { return key(a) < key(b); }
  void sift_up(std::size_t hole, Event event);
  void sift_down(std::size_t hole, Event event);

  std::vector<Event> heap_;
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
