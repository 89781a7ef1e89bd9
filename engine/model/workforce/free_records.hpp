// Records given back when their holder goes (a worker who left, a young person whose support
// ended), handed to the next newcomer so the record vectors stop growing. A reused record
// keeps its timers: their generations carry on, so its last holder's events cannot fire.
#pragma once

#include <cstdint>
#include <vector>

#include "model/ids.hpp"

namespace caresim::model {

template <class Id>
class FreeRecords {
 public:
  // A free record of `records`, or a new one at the end.
  template <class Record>
  Id take(std::vector<Record>& records) {
    if (free_.empty()) {
      records.emplace_back();
      return Id{static_cast<std::uint32_t>(records.size() - 1)};
    }
    const Id id = free_.back();
    free_.pop_back();
    return id;
  }
  void give_back(Id id) { free_.push_back(id); }

 private:
  std::vector<Id> free_;
};

}  // namespace caresim::model
