// What a newly approved in-house household looks like: places, skill, approved ages and
// locality drawn from the scenario's mix. The same mix serves the households approved at the
// start and any approved later.
#pragma once

#include <vector>

#include "kernel/random_stream.hpp"
#include "model/foster_household.hpp"
#include "scenario/scenario.hpp"

namespace caresim::model {

class HouseholdProfiles {
 public:
  // `home_cumulative` is the children's mix of home localities, used when the scenario gives
  // no locality mix for carers.
  HouseholdProfiles(const scenario::InHouseFosterSpec& spec, const std::vector<double>& home_cumulative);

  FosterHousehold draw(kernel::RandomStream& stream) const;

 private:
  std::vector<double> places_;
  std::vector<double> skill_;
  std::vector<double> age_ranges_;
  std::vector<double> localities_;
  double takes_sibling_groups_;
};

}  // namespace caresim::model
