// The council's own children's homes: beds by locality, and which have a bed free; a home
// may open, and close, on a date.
#pragma once

#include <cassert>
#include <optional>
#include <vector>

#include "model/geography.hpp"
#include "scenario/scenario.hpp"

namespace caresim::model {

struct ChildrensHome {
  LocalityId locality{0};
  int beds = 0;    // that can hold a child: while the home closes, those still filled
  int filled = 0;  // invariant: filled <= beds
  bool closing = false;
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
  // Returns whether the home has closed: it was closing, and this was its last child.
  bool free(std::size_t home) {
    ChildrensHome& h = homes_[home];
    --h.filled;
    if (!h.closing) {
      ++free_beds_;
      return false;
    }
    --h.beds;
    return h.filled == 0;
  }
  void open(std::size_t home, int beds) {
    assert(homes_[home].beds == 0);
    homes_[home].beds = beds;
    free_beds_ += beds;
  }
  // The home takes no child from now; its beds close as its children leave. Returns whether
  // it has closed already, empty.
  bool close(std::size_t home) {
    ChildrensHome& h = homes_[home];
    h.closing = true;
    free_beds_ -= h.beds - h.filled;
    h.beds = h.filled;
    return h.filled == 0;
  }

 private:
  std::vector<ChildrensHome> homes_;
  int free_beds_ = 0;  // in all homes: the homes are often all full
};

}  // namespace caresim::model
