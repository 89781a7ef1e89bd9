// Each child's stay in care and current placement, kept once for the metrics that read the
// children in care on a day (31 March) rather than count facts as they come. The recorder
// hands it the facts before any metric.
#pragma once

#include <cstdint>

#include "metrics/child_records.hpp"
#include "metrics/far_from_home.hpp"
#include "model/domain_events.hpp"

namespace caresim::metrics {

class ChildrenInCare {
 public:
  // 32 bytes, so that finding a child's record is a shift.
  struct Child {
    bool in_care = false;
    bool placed = false;
    PlacementType type = PlacementType::emergency;  // of the current placement
    bool far_from_home = false;                     // the current placement
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
    c.unit = e.unit;
  }
  void on(const model::PlacementEnded& e) { children_[e.child].placed = false; }

  // By child record; a record whose child has left care stays until another child takes it.
  auto begin() const { return children_.begin(); }
  auto end() const { return children_.end(); }

 private:
  ChildRecords<Child> children_;
};
static_assert(sizeof(ChildrenInCare::Child) == 32);

}  // namespace caresim::metrics
