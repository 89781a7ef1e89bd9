// The council's own children's homes: beds by locality, and which have a bed free.
#pragma once

#include <cassert>
#include <optional>
#include <vector>

#include "model/geography.hpp"
#include "scenario/scenario.hpp"

namespace caresim::model {

struct ChildrensHome {
  LocalityId locality{0};
  int beds = 0;
  int filled = 0;  // invariant: filled <= beds
};

class ChildrensHomes {
 public:
  ChildrensHomes() = default;
  // A home with an opening date has no beds till it opens (`open`).
  explicit ChildrensHomes(const std::vector<scenario::ChildrensHomeSpec>& homes);

  const std::vector<ChildrensHome>& homes() const { return homes_; }
  // The nearest home with `beds` free, if any, searching localities nearest first.
  std::optional<std::size_t> nearest_free(const std::vector<LocalityId>& nearest_first, int beds = 1) const;
  void fill(std::size_t home) {
    assert(homes_[home].filled < homes_[home].beds);
    ++homes_[home].filled;
    --free_beds_;
  }
  void free(std::size_t home) {
    --homes_[home].filled;
    ++free_beds_;
  }
  void open(std::size_t home, int beds) {
    assert(homes_[home].beds == 0);
    homes_[home].beds = beds;
    free_beds_ += beds;
  }

 private:
  std::vector<ChildrensHome> homes_;
  int free_beds_ = 0;  // in all homes: the homes are often all full
};

}  // namespace caresim::model
