// A first-in first-out list of records threaded through the records themselves (a child's
// case on a worker's caseload, a worker in a caseload bucket, a child waiting for a worker),
// so joining and leaving are O(1) and never allocate.
#pragma once

#include <cassert>
#include <vector>

#include "model/ids.hpp"
#include "model/workforce/workforce_ids.hpp"

namespace caresim::model {

template <class Id>
struct Links {
  Id prev = kNone<Id>;
  Id next = kNone<Id>;
};

// `kLinks` names the Links member of Record that this list threads through; a record can be
// on as many lists at once as it has Links members, and on at most one through each.
template <class Id, class Record, Links<Id> Record::*kLinks>
class LinkedIds {
 public:
  Id front() const { return head_; }
  bool empty() const { return head_ == kNone<Id>; }
  int size() const { return size_; }
  static Id next(const std::vector<Record>& records, Id id) { return links(records, id).next; }

  void push_back(std::vector<Record>& records, Id id) {
    Links<Id>& own = links(records, id);
    assert(own.prev == kNone<Id> && own.next == kNone<Id> && head_ != id);
    own.prev = tail_;
    if (tail_ == kNone<Id>) head_ = id;
    else links(records, tail_).next = id;
    tail_ = id;
    ++size_;
  }

  void remove(std::vector<Record>& records, Id id) {
    Links<Id>& own = links(records, id);
    if (own.prev == kNone<Id>) head_ = own.next;
    else links(records, own.prev).next = own.next;
    if (own.next == kNone<Id>) tail_ = own.prev;
    else links(records, own.next).prev = own.prev;
    own = Links<Id>{};
    --size_;
  }

 private:
  static Links<Id>& links(std::vector<Record>& records, Id id) { return records[index_of(id)].*kLinks; }
  static const Links<Id>& links(const std::vector<Record>& records, Id id) { return records[index_of(id)].*kLinks; }

  Id head_ = kNone<Id>;
  Id tail_ = kNone<Id>;
  int size_ = 0;
};

}  // namespace caresim::model
