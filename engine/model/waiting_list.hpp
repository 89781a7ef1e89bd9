// Children waiting for a placement, first come first served. Linked through the children's
// own records, so joining and leaving (a child may leave care while waiting) are O(1) and
// never allocate.
#pragma once

#include <cassert>
#include <vector>

#include "model/child.hpp"

namespace caresim::model {

class WaitingList {
 public:
  bool empty() const { return head_ == kNoChild; }
  std::size_t size() const { return size_; }
  ChildId front() const { return head_; }

  // Precondition: the child is not in the list already (its links would form a cycle).
  void push_back(std::vector<Child>& children, ChildId id) {
    Child& child = children[index_of(id)];
    assert(child.waiting_prev == kNoChild && child.waiting_next == kNoChild && head_ != id);
    child.waiting_prev = tail_;
    child.waiting_next = kNoChild;
    if (tail_ == kNoChild) head_ = id;
    else children[index_of(tail_)].waiting_next = id;
    tail_ = id;
    ++size_;
  }

  // Puts the child after the last one it does not come before (`comes_before(id, other)`),
  // walking from the back, where a child joining late usually belongs. Precondition as push_back's.
  template <class ComesBefore>
  void insert_ordered(std::vector<Child>& children, ChildId id, ComesBefore comes_before) {
    ChildId after = tail_;
    while (after != kNoChild && comes_before(id, after)) after = children[index_of(after)].waiting_prev;
    Child& child = children[index_of(id)];
    assert(child.waiting_prev == kNoChild && child.waiting_next == kNoChild && head_ != id);
    child.waiting_prev = after;
    child.waiting_next = after == kNoChild ? head_ : children[index_of(after)].waiting_next;
    if (child.waiting_next == kNoChild) tail_ = id;
    else children[index_of(child.waiting_next)].waiting_prev = id;
    if (after == kNoChild) head_ = id;
    else children[index_of(after)].waiting_next = id;
    ++size_;
  }

  void remove(std::vector<Child>& children, ChildId id) {
    Child& child = children[index_of(id)];
    if (child.waiting_prev == kNoChild) head_ = child.waiting_next;
    else children[index_of(child.waiting_prev)].waiting_next = child.waiting_next;
    if (child.waiting_next == kNoChild) tail_ = child.waiting_prev;
    else children[index_of(child.waiting_next)].waiting_prev = child.waiting_prev;
    child.waiting_prev = child.waiting_next = kNoChild;
    --size_;
  }

 private:
  ChildId head_ = kNoChild;
  ChildId tail_ = kNoChild;
  std::size_t size_ = 0;
};

}  // namespace caresim::model
