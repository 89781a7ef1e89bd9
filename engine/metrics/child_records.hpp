// What a metric keeps about each child, by child record. A record is made when its child
// enters care (a record left free is reused for another child), and every other fact about
// the child comes after that, so only entering care may have to grow the list.
#pragma once

#include <vector>

#include "model/ids.hpp"

namespace caresim::metrics {

template <class Record>
class ChildRecords {
 public:
  // The record of a child entering care, for the caller to make anew.
  Record& entered(model::ChildId id) {
    const std::size_t i = model::index_of(id);
    if (i >= records_.size()) [[unlikely]]
      grow(i);
    return records_[i];
  }
  Record& operator[](model::ChildId id) { return records_[model::index_of(id)]; }

  auto begin() { return records_.begin(); }
  auto end() { return records_.end(); }
  auto begin() const { return records_.begin(); }
  auto end() const { return records_.end(); }

 private:
  // Out of line, so that the handlers that make records stay small enough to inline.
  [[gnu::noinline]] void grow(std::size_t i) { records_.resize(i + 1); }

  std::vector<Record> records_;
};

}  // namespace caresim::metrics
