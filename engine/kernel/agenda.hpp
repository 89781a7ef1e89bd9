// The narrow scheduling interface model code sees: the current time and "schedule this in
// so long". It owns the event list and runs the loop; the model never touches the heap.
#pragma once

#include <cassert>
#include <cstdint>
#include <limits>

#include "kernel/event_queue.hpp"

namespace caresim::kernel {

class Agenda {
 public:
  Ticks now() const { return now_; }
  std::uint64_t events_processed() const { return processed_; }

  void schedule_at(Ticks time, std::uint32_t kind, std::uint32_t subject,
                   std::uint32_t generation = 0, Priority priority = Priority::normal) {
    assert(time >= now_ && "the clock never goes back");
    if (time > end_) return;
    queue_.push(time, kind, subject, generation, priority);
  }
  void schedule_in(Ticks delay, std::uint32_t kind, std::uint32_t subject,
                   std::uint32_t generation = 0, Priority priority = Priority::normal) {
    queue_.push(now_ + delay, kind, subject, generation, priority);
  }
  // The run ends at `end`: events scheduled at a time after it would never be delivered, so
  // they are not kept. Breakdowns are often drawn decades ahead. Dropping them leaves the order
  // of the rest as it was: scheduling order is only ever compared between events kept. Delays
  // (schedule_in) are mostly short: checking them too saved the baseline 0.36 M instructions
  // and cost the minimal scenario 0.19 M, so those stay queued, unseen.
  void end_at(Ticks end) { end_ = end; }
  Ticks end() const { return end_; }
  void reserve(std::size_t capacity) { queue_.reserve(capacity); }

  // Delivers every event up to and including `end` to `model.handle(const Event&)`, in order,
  // advancing the clock to each event's time, and leaves the clock at `end`. A template
  // rather than a virtual interface so the call inlines into the loop.
  template <class Model>
  void run_until(Ticks end, Model& model) {
    Event event;
    while (queue_.pop_until(end, event)) {
      now_ = event.time;
      ++processed_;
      model.handle(event);
    }
    now_ = end;
  }

 private:
  EventQueue queue_;
  Ticks now_ = 0;
  Ticks end_ = std::numeric_limits<Ticks>::max();  // no event after it is kept
  std::uint64_t processed_ = 0;
};

}  // namespace caresim::kernel
