// Each child's stay in care and current placement, kept once for the metrics that read the
// children in care on a day (31 March) rather than count facts as they come. The recorder
// hands it the facts before any metric, and at 31 March walks the children once for all
// those metrics.
#pragma once

#include <cstdint>

#include "metrics/child_records.hpp"
#include "metrics/count_in_year.hpp"
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
    bool unaccompanied = false;                     // asylum-seeking: no home the DfE measures from
    CountInYear placements_in_year;  // in the year to the next 31 March
    kernel::Date date_of_birth;
    std::uint32_t sibling_group = 0;  // 0: alone
    model::ChildId unit = model::kNoChild;  // the current placement's, named by its lead child
    kernel::Ticks entered = 0;
    kernel::Ticks placed_since = 0;
  };

  void on(const model::ChildEntered& e) {
    Child& c = children_.entered(e.child);
    CountInYear placements = c.placements_in_year;  // a record reused for a new child starts from none
    placements.entered(e.carries_record_over(), year_);
    c = Child{};
    c.placements_in_year = placements;
    c.in_care = true;
    c.date_of_birth = e.date_of_birth;
    c.sibling_group = e.sibling_group;
    c.unaccompanied = e.unaccompanied;
    c.entered = e.time;
  }
  void on(const model::ChildLeftCare& e) { children_[e.child].in_care = false; }
  void on(const model::PlacementStarted& e) {
    Child& c = children_[e.child];
    c.placed = true;
    c.type = e.type;
    c.placed_since = e.time;
    c.far_from_home = e.miles > kFarFromHomeMiles;
    c.placements_in_year.add(year_);
    c.unit = e.unit;
  }
  void on(const model::PlacementEnded& e) { children_[e.child].placed = false; }

  // At 31 March: each reader (none, on a 31 March the metrics do not count) is told the day
  // (`start`), is shown every child in care (`count`), all in one walk over the records, and
  // takes its counts (`finish`). Each child's placements in the year then start again from
  // the one carried into the new year.
  // A child placed is always in care (a placement ends before its child leaves care), so
  // the children in care are all a reader needs to be shown.
  template <class... Readers>
  void read_on_31_march(const model::YearEnded& e, Readers&... readers) {
    (readers.start(e), ...);
    ++year_;
    for (Child& c : children_) {
      if (!c.in_care) continue;
      (readers.count(c), ...);
      c.placements_in_year.new_year(c.placed, year_);
    }
    (readers.finish(e), ...);
  }

 private:
  ChildRecords<Child> children_;
  std::uint32_t year_ = 0;  // 31 Marches passed
};

}  // namespace caresim::metrics
