#include "kernel/event_queue.hpp"

#include <bit>

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
  }
}

// One function for the whole move, as it runs about once an event: the overflow is looked at
// only when its first event has come within reach.
void EventQueue::refill_near() {
  // With nothing on the wheel, the next event is the overflow's first: go straight there.
  current_bucket_ = in_wheel_ == 0 ? bucket_of(overflow_.top().time) : next_occupied_bucket();
  const std::size_t slot = slot_of(current_bucket_);
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
  if (!overflow_.empty() && bucket_of(overflow_.top().time) - current_bucket_ < kWheelSize) take_from_overflow();
}

std::uint64_t EventQueue::next_occupied_bucket() const {
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

void EventQueue::take_from_overflow() {
  while (!overflow_.empty()) {
    const QueuedEvent& event = overflow_.top();
    const std::uint64_t bucket = bucket_of(event.time);
    if (bucket - current_bucket_ >= kWheelSize) return;
    if (bucket == current_bucket_)
      near_.push(event);
    else
      push_elsewhere(event, bucket);
    overflow_.pop();
  }
}

}  // namespace caresim::kernel
