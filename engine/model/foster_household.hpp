// An approved in-house fostering household and how many of its places are filled.
#pragma once

#include <cstdint>

namespace caresim::model {

struct FosterHousehold {
  std::uint16_t places = 1;  // approved places
  std::uint16_t filled = 0;  // invariant: filled <= places

  bool has_free_place() const { return filled < places; }
};

}  // namespace caresim::model
