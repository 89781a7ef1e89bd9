#include "kernel/event_queue.hpp"

namespace caresim::kernel {
namespace {
constexpr int kBucketShift = 16;            // a bucket is 2^16 ticks, about 0.76 days
constexpr std::uint64_t kWheelSize = 4096;  // buckets after the current one: about 8.5 years
constexpr std::uint32_t kNone = ~std::uint32_t{0};
constexpr int kPriorityShift = 56;

std::uint64_t bucket_of(std::uint64_t time) { return time >> kBucketShift; }
std::size_t slot_of(std::uint64_t bucket) { return static_cast<std::size_t>(bucket & (kWheelSize - 1)); }
}  // namespace

EventQueue::EventQueue() : free_(kNone), bucket_first_(kWheelSize, kNone) {}

void EventQueue::reserve(std::size_t capacity) {
  near_.reserve(capacity);
  pool_.reserve(capacity);
}

void EventQueue::push(Ticks time, std::uint32_t kind, std::uint32_t subject, std::uint32_t generation,
                      Priority priority) {
  const QueuedEvent event{static_cast<std::uint64_t>(time),
                          (static_cast<std::uint64_t>(priority) << kPriorityShift) | next_sequence_++,
                          kind, subject, generation, kNone};
  ++size_;
  const std::uint64_t bucket = bucket_of(event.time);
  if (bucket <= current_bucket_)
    near_.push(event);
  else if (bucket - current_bucket_ < kWheelSize)
    add_to_wheel(event, bucket);
  else
    overflow_.push(event);
}

Event EventQueue::pop() {
  if (near_.empty()) refill_near();
  const QueuedEvent& e = near_.top();
  const Event earliest{static_cast<Ticks>(e.time), e.kind, e.subject, e.generation};
  near_.pop();
  --size_;
  return earliest;
}

void EventQueue::add_to_wheel(const QueuedEvent& event, std::uint64_t bucket) {
  std::uint32_t index = free_;
  if (index == kNone) {
    index = static_cast<std::uint32_t>(pool_.size());
    pool_.push_back(event);
  } else {
    free_ = pool_[index].next;
    pool_[index] = event;
  }
  std::uint32_t& first = bucket_first_[slot_of(bucket)];
  pool_[index].next = first;
  first = index;
  ++in_wheel_;
}

void EventQueue::refill_near() {
  while (near_.empty()) {
    // With nothing on the wheel, the next event is the overflow's first: go straight there.
    current_bucket_ = in_wheel_ == 0 ? bucket_of(overflow_.top().time) : current_bucket_ + 1;
    drain_current_bucket();
    take_from_overflow();
  }
}

void EventQueue::drain_current_bucket() {
  std::uint32_t& first = bucket_first_[slot_of(current_bucket_)];
  for (std::uint32_t index = first; index != kNone;) {
    QueuedEvent& event = pool_[index];
    near_.push(event);
    const std::uint32_t next = event.next;
    event.next = free_;
    free_ = index;
    index = next;
    --in_wheel_;
  }
  first = kNone;
}

void EventQueue::take_from_overflow() {
  while (!overflow_.empty()) {
    const QueuedEvent& event = overflow_.top();
    const std::uint64_t bucket = bucket_of(event.time);
    if (bucket - current_bucket_ >= kWheelSize) return;
    if (bucket == current_bucket_)
      near_.push(event);
    else
      add_to_wheel(event, bucket);
    overflow_.pop();
  }
}

}  // namespace caresim::kernel
