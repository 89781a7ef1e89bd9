// Each child's stay in care and current placement, kept once for the metrics that read the
// children in care on a day (31 March) rather than count facts as they come. The recorder
// hands it the facts before any metric; placement stability closes each child's placement
// year at 31 March.
#pragma once

#include <cstdint>

#include "metrics/child_records.hpp"
#include "metrics/far_from_home.hpp"
#include "model/domain_events.hpp"

namespace caresim::metrics {

class ChildrenInCare {
 public:
  struct Child {
    bool in_care = false;
    bool placed = false;
    PlacementType type = PlacementType::emergency;  // of the current placement
    bool far_from_home = false;                     // the current placement
    // Since the last 31 March, the one held then counting as one; counted only up to 3, all
    // the DfE's measure asks.
    std::uint8_t placements_in_year = 0;
    kernel::Date date_of_birth;
    std::uint32_t sibling_group = 0;  // 0: alone
    model::ChildId unit = model::kNoChild;  // the current placement's, named by its lead child
    kernel::Ticks entered = 0;
    kernel::Ticks placed_since = 0;
  };

  void on(const model::ChildEntered& e) {
    Child& c = children_.entered(e.child);
    c = Child{};
    c.in_care = true;
    c.date_of_birth = e.date_of_birth;
    c.sibling_group = e.sibling_group;
    c.entered = e.time;
  }
  void on(const model::ChildLeftCare& e) { children_[e.child].in_care = false; }
  void on(const model::PlacementStarted& e) {
    Child& c = children_[e.child];
    c.placed = true;
    c.type = e.type;
    c.placed_since = e.time;
    c.far_from_home = e.miles > kFarFromHomeMiles;
    if (c.placements_in_year < 3) ++c.placements_in_year;
    c.unit = e.unit;
  }
  void on(const model::PlacementEnded& e) { children_[e.child].placed = false; }

  struct PlacementYear {
    long in_care = 0;
    long three_plus = 0;  // with three or more placements in the year
  };
  // At 31 March: the year's placements of the children in care, counted; each child's count
  // then starts again from the placement carried into the new year.
  PlacementYear close_placement_year() {
    PlacementYear year;
    for (Child& c : children_) {
      if (!c.in_care) continue;
      ++year.in_care;
      if (c.placements_in_year >= 3) ++year.three_plus;
      c.placements_in_year = c.placed ? 1 : 0;
    }
    return year;
  }

  // By child record; a record whose child has left care stays until another child takes it.
  auto begin() const { return children_.begin(); }
  auto end() const { return children_.end(); }

 private:
  ChildRecords<Child> children_;
};

}  // namespace caresim::metrics
