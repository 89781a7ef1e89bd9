// Two DfE measures read off the children in care at each 31 March, averaged over the 31
// Marches of the reported horizon:
// - long-term stability: of the children under 16 who have been in care for 2.5 years or
//   more, the share who have lived in the same placement for 2 years or more;
// - siblings placed apart: of the children with a brother or sister also in care, the share
//   not placed together with all of them.
#pragma once

#include <cstdint>
#include <vector>

#include "metrics/children_in_care.hpp"
#include "metrics/measurements.hpp"

namespace caresim::metrics {

class ChildrenOn31March {
 public:
  // Takes no fact: the recorder shows it the children in care at each 31 March of the
  // horizon (ChildrenInCare::read_on_31_march).
  void start(const model::YearEnded& e);
  void count(const ChildrenInCare::Child& c) {
    long_term_stability(c);
    if (c.sibling_group != 0) sibling(c);
  }
  void finish(const model::YearEnded& e);
  void report(Measurements& out);

 private:
  static constexpr int kStabilityUnderAge = 16;
  static constexpr kernel::Ticks kInCareLong = kernel::days_to_ticks(2.5 * kernel::kDaysPerYear);
  static constexpr kernel::Ticks kSamePlacementLong = kernel::days_to_ticks(2 * kernel::kDaysPerYear);

  void long_term_stability(const ChildrenInCare::Child& c) {
    if (c.date_of_birth <= born_16_ || now_ - c.entered < kInCareLong) return;
    ++eligible_;
    if (c.placed && now_ - c.placed_since >= kSamePlacementLong) ++stable_;
  }
  void sibling(const ChildrenInCare::Child& c) {
    siblings_.push_back({c.sibling_group, c.placed ? c.unit : model::kNoChild});
  }

  // A child in care this 31 March who came into care with brothers or sisters: its group,
  // and the placement unit it is in (kNoChild if unplaced). A group is together when every
  // one of its children in care is placed in one unit.
  struct Sibling {
    std::uint32_t group;
    model::ChildId unit;
  };

  // This 31 March: the day, and under 16 when born after born_16_ ...
  kernel::Ticks now_ = 0;
  kernel::Date born_16_;
  long eligible_ = 0, stable_ = 0;  // ... the children counted for long-term stability ...
  std::vector<Sibling> siblings_;  // ... and the children of sibling groups (kept, not freed, each year)
  std::vector<double> stable_shares_;
  std::vector<double> apart_shares_;
};

}  // namespace caresim::metrics
