#include "model/household_profiles.hpp"

#include "kernel/variates.hpp"

namespace caresim::model {
namespace {

std::vector<double> range_shares(const std::vector<scenario::ApprovedAges>& ranges) {
  std::vector<double> shares;
  for (const auto& range : ranges) shares.push_back(range.share);
  return shares;
}

}  // namespace

HouseholdProfiles::HouseholdProfiles(const scenario::InHouseFosterSpec& spec, const std::vector<double>& home_cumulative)
    : places_(kernel::cumulative_shares(spec.places_shares)),
      skill_(kernel::cumulative_shares(spec.skill)),
      age_ranges_(kernel::cumulative_shares(range_shares(spec.approved_ages))),
      localities_(spec.locality_shares.empty() ? home_cumulative : kernel::cumulative_shares(spec.locality_shares)),
      takes_sibling_groups_(spec.takes_sibling_groups) {}

FosterHousehold HouseholdProfiles::draw(kernel::RandomStream& stream) const {
  FosterHousehold h;
  h.places = static_cast<std::uint16_t>(kernel::draw_category(stream, places_) + 1);
  h.skill = static_cast<NeedLevel>(kernel::draw_category(stream, skill_));
  h.age_range = static_cast<std::uint8_t>(kernel::draw_category(stream, age_ranges_));
  h.locality = LocalityId{static_cast<std::uint16_t>(kernel::draw_category(stream, localities_))};
  // Drawn only when some households refuse groups, so that scenarios without the key draw
  // the same households as before it existed.
  if (takes_sibling_groups_ < 1) h.takes_sibling_groups = stream.uniform01() < takes_sibling_groups_;
  return h;
}

}  // namespace caresim::model
