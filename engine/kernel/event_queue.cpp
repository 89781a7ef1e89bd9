#include "kernel/event_queue.hpp"

#include <algorithm>

namespace caresim::kernel {
namespace {
constexpr std::size_t kArity = 4;
constexpr int kPriorityShift = 56;
constexpr int kSequenceShift = 32;
constexpr std::uint64_t kSequenceEnd = std::uint64_t{1} << (kPriorityShift - kSequenceShift);
constexpr std::uint64_t kSlotMask = (std::uint64_t{1} << kSequenceShift) - 1;
constexpr std::uint64_t kPriorityMask = ~((std::uint64_t{1} << kPriorityShift) - 1);
}  // namespace

void EventQueue::reserve(std::size_t capacity) {
  heap_.reserve(capacity);
  payloads_.reserve(capacity);
  free_slots_.reserve(capacity);
}

void EventQueue::push(Ticks time, std::uint32_t kind, std::uint32_t subject, std::uint32_t generation,
                      Priority priority) {
  if (next_sequence_ == kSequenceEnd) renumber();
  std::uint32_t slot;
  if (free_slots_.empty()) {
    slot = static_cast<std::uint32_t>(payloads_.size());
    payloads_.push_back(Payload{kind, subject, generation});
  } else {
    slot = free_slots_.back();
    free_slots_.pop_back();
    payloads_[slot] = Payload{kind, subject, generation};
  }
  const std::uint64_t order = (static_cast<std::uint64_t>(priority) << kPriorityShift) |
                              (next_sequence_++ << kSequenceShift) | slot;
  const Entry entry{order, static_cast<std::uint64_t>(time)};
  if (hole_at_root_) {
    hole_at_root_ = false;
    sift_down(0, entry);
  } else {
    heap_.push_back(Entry{});
    sift_up(heap_.size() - 1, entry);
  }
}

Event EventQueue::pop() {
  close_hole();
  const Entry earliest = heap_.front();
  hole_at_root_ = true;
  const auto slot = static_cast<std::uint32_t>(earliest.order & kSlotMask);
  free_slots_.push_back(slot);
  const Payload& p = payloads_[slot];
  return Event{static_cast<Ticks>(earliest.time), p.kind, p.subject, p.generation};
}

inline std::size_t EventQueue::smallest_child(std::size_t first_child) const {
  const std::size_t n = heap_.size();
  if (first_child + kArity <= n) {
    // A full family, the common case: a fixed tournament the compiler makes branch-free.
    const std::size_t left = before(heap_[first_child + 1], heap_[first_child]) ? first_child + 1 : first_child;
    const std::size_t right = before(heap_[first_child + 3], heap_[first_child + 2]) ? first_child + 3 : first_child + 2;
    return before(heap_[right], heap_[left]) ? right : left;
  }
  std::size_t best = first_child;
  for (std::size_t c = first_child + 1; c < n; ++c)
    if (before(heap_[c], heap_[best])) best = c;
  return best;
}

// The last entry moved to the root nearly always belongs near the bottom again, so rather
// than compare it with the smallest child at every level on the way down, the hole goes all
// the way down along the smallest children and the entry then climbs from there, usually
// not at all (Floyd's bottom-up heap): a comparison saved a level, on every pop whose
// handler schedules nothing (a child leaving care, say).
void EventQueue::close_hole() {
  if (!hole_at_root_) return;
  hole_at_root_ = false;
  const Entry last = heap_.back();
  heap_.pop_back();
  if (heap_.empty()) return;
  std::size_t hole = 0;
  for (std::size_t first_child = 1; first_child < heap_.size(); first_child = hole * kArity + 1) {
    const std::size_t best = smallest_child(first_child);
    heap_[hole] = heap_[best];
    hole = best;
  }
  sift_up(hole, last);
}

// The sequence field is short, so when it runs out the pending events are numbered afresh
// from 0 in the order they would come out, which keeps every tie broken as before. A sorted
// array is a valid heap.
void EventQueue::renumber() {
  close_hole();
  std::sort(heap_.begin(), heap_.end(), before);
  next_sequence_ = 0;
  for (Entry& e : heap_)
    e.order = (e.order & (kPriorityMask | kSlotMask)) | (next_sequence_++ << kSequenceShift);
}

void EventQueue::sift_up(std::size_t hole, Entry entry) {
  while (hole > 0) {
    const std::size_t parent = (hole - 1) / kArity;
    if (!before(entry, heap_[parent])) break;
    heap_[hole] = heap_[parent];
    hole = parent;
  }
  heap_[hole] = entry;
}

void EventQueue::sift_down(std::size_t hole, Entry entry) {
  for (std::size_t first_child = hole * kArity + 1; first_child < heap_.size(); first_child = hole * kArity + 1) {
    const std::size_t best = smallest_child(first_child);
    if (!before(heap_[best], entry)) break;
    heap_[hole] = heap_[best];
    hole = best;
  }
  heap_[hole] = entry;
}

}  // namespace caresim::kernel
