// The DfE's 31 March snapshot of children in care: how many (and per 10,000 children), how
// old (the age mix), where they are placed (the placement mix, and the share of fostered
// children with the council's own carers) and the share placed more than 20 miles from
// home, averaged over the 31 Marches of the reported horizon. The distance share is of all
// children in care, as the DfE's is; children with no placement on the day are left out of
// the mix. Where the scenario models no distance, its share is n/a.
#pragma once

#include <array>

#include "metrics/children_in_care.hpp"
#include "metrics/mean_share.hpp"
#include "metrics/measurements.hpp"
#include "metrics/per_10k.hpp"

namespace caresim::metrics {

class Snapshot31March {
 public:
  Snapshot31March(Per10k per_10k, bool distance_modelled) : per_10k_(per_10k), distance_modelled_(distance_modelled) {}

  // Takes no fact: the recorder shows it the children in care at each 31 March of the
  // horizon (ChildrenInCare::read_on_31_march).
  void start(const model::YearEnded& e) {
    by_type_ = {};
    by_age_ = {};
    in_care_ = placed_ = far_ = 0;
    // The band's first age reached on the day is a birth date on or before its threshold.
    for (std::size_t band = 1; band < kAgeBandCount; ++band)
      band_born_by_[band - 1] = kernel::latest_birth_date(e.date, kAgeBandFirstYear[band]);
  }
  void count(const ChildrenInCare::Child& child) {
    ++in_care_;
    std::size_t band = 0;
    while (band + 1 < kAgeBandCount && child.date_of_birth <= band_born_by_[band]) ++band;
    ++by_age_[band];
    if (!child.placed) return;
    ++placed_;
    ++by_type_[static_cast<std::size_t>(child.type)];
    // The DfE records no distance for an unaccompanied asylum-seeking child: never far.
    if (child.far_from_home && !child.unaccompanied) ++far_;
  }
  void finish(const model::YearEnded& e);
  void report(Measurements& out);

 private:
  std::array<long, kPlacementTypeCount> by_type_{};  // placed at this 31 March, ...
  long placed_ = 0, far_ = 0;                        // ... in all, and far from home (known)
  long in_care_ = 0;                                 // in care at this 31 March
  std::array<long, kAgeBandCount> by_age_{};          // of them, by age band on the day
  std::array<kernel::Date, kAgeBandCount - 1> band_born_by_{};  // this 31 March's, for bands 1-4 up
  double in_care_sum_ = 0;
  int marches_ = 0;  // every 31 March of the horizon
  std::array<MeanShare, kAgeBandCount> age_shares_;          // of the children in care
  MeanShare far_share_;                                       // of the children in care
  std::array<MeanShare, kPlacementTypeCount> type_shares_;   // of the children placed
  MeanShare fostered_in_house_share_;                         // of the children fostered
  Per10k per_10k_;
  bool distance_modelled_;
};

}  // namespace caresim::metrics
