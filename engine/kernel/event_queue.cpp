#include "kernel/event_queue.hpp"

#include <algorithm>

namespace caresim::kernel {

EventQueue::EventQueue() : bucket_first_(kWheelSize, kNone), occupied_(kWheelSize / 64, 0) {}

void EventQueue::reserve(std::size_t capacity) {
  near_.reserve(capacity);
  pool_.reserve(capacity);
}

void EventQueue::push_elsewhere(const QueuedEvent& event, std::uint64_t bucket) {
  if (bucket <= current_bucket_) {
    near_.push(event);
  } else if (bucket - current_bucket_ < kWheelSize) {
    if (free_ == kNone) {
      free_ = static_cast<std::uint32_t>(pool_.size());
      pool_.push_back(QueuedEvent{0, 0, 0, 0, 0, kNone});
    }
    add_to_wheel(event, bucket);
  } else {
    overflow_.push(event);
    overflow_due_ = std::min(overflow_due_, bucket - (kWheelSize - 1));
  }
}

void EventQueue::refill_near() {
  if (in_wheel_ > 0) return move_to(next_occupied_bucket());
  // With nothing on the wheel, the next event is the overflow's first: go straight there.
  current_bucket_ = bucket_of(overflow_.top().time);
  take_from_overflow();
}

void EventQueue::move_to(std::uint64_t bucket) {
  current_bucket_ = bucket;
  const std::size_t slot = slot_of(bucket);
  for (std::uint32_t index = bucket_first_[slot]; index != kNone;) {
    QueuedEvent& event = pool_[index];
    near_.push(event);
    const std::uint32_t next = event.next;
    event.next = free_;
    free_ = index;
    index = next;
    --in_wheel_;
  }
  bucket_first_[slot] = kNone;
  occupied_[slot / 64] &= ~(std::uint64_t{1} << (slot % 64));
  if (current_bucket_ >= overflow_due_) take_from_overflow();
}

void EventQueue::take_from_overflow() {
  while (!overflow_.empty()) {
    const QueuedEvent& event = overflow_.top();
    const std::uint64_t bucket = bucket_of(event.time);
    if (bucket - current_bucket_ >= kWheelSize) break;
    if (bucket == current_bucket_)
      near_.push(event);
    else
      push_elsewhere(event, bucket);
    overflow_.pop();
  }
  note_overflow_due();
}

}  // namespace caresim::kernel
