#include "scenario/read_sections.hpp"

namespace caresim::scenario {

BreakdownSpec read_breakdowns(MapReader breakdowns) {
  BreakdownSpec spec;
  MapReader times = breakdowns.section("time_to_breakdown");
  times.name_keys("placement type");
  constexpr auto kSecure = static_cast<std::size_t>(PlacementType::secure);
  if (auto secure = times.optional_section(kPlacementTypeNames[kSecure], Layout::flow)) {
    secure->ignore_unread_keys();
    times.report(kPlacementTypeNames[kSecure], "secure placements do not break down: a secure stay lasts its planned time");
  }
  for (std::size_t type = 0; type < kPlacementTypeCount; ++type)
    if (auto time = type == kSecure ? std::nullopt : times.optional_section(kPlacementTypeNames[type], Layout::flow)) {
      spec.time_to_breakdown[type] = read_duration(*time);
      // Much shorter, and a child would be placed and break down in the same instant, again
      // and again, without end.
      if (time->values_good() && spec.time_to_breakdown[type]->expected_value() < 1)
        times.report(kPlacementTypeNames[type], "a placement must last at least a day on average before it breaks down");
    }

  if (auto factors = breakdowns.optional_section("factors")) {
    if (auto ages = factors->optional_section("age_band", Layout::flow)) {
      ages->name_keys("age band");
      for (std::size_t band = 0; band < kAgeBandCount; ++band)
        spec.age_band_factor[band] = ages->or_default<double>(kAgeBandNames[band], 1.0, kHazardFactor);
    }
    spec.need_above_skill_factor = factors->or_default<double>("need_above_skill", 1.0, kHazardFactor);
    spec.over_20_miles_factor = factors->or_default<double>("over_20_miles", 1.0, kHazardFactor);
    spec.per_earlier_breakdown_factor = factors->or_default<double>("per_earlier_breakdown", 1.0, kHazardFactor);
    spec.siblings_apart_factor = factors->or_default<double>("siblings_apart", 1.0, kHazardFactor);
    // Compounding without end would make a child who has had many breakdowns break down
    // ever faster, without limit; the evidence speaks of "several", not of dozens.
    spec.earlier_breakdowns_counted = factors->or_default<int>("earlier_breakdowns_counted", 3, Range{0, false, 10});
  }

  if (auto carer = breakdowns.optional_section("carer_after_breakdown")) {
    spec.carer_break_probability = carer->or_default<double>("break_probability", 0.0, share());
    if (spec.carer_break_probability > 0) {
      spec.carer_break = read_duration(carer->section("break", Layout::flow));
    } else if (auto unused = carer->optional_section("break", Layout::flow)) {
      unused->ignore_unread_keys();
      // With the probability itself wrong, the break may well be right: that one problem is enough.
      if (carer->values_good())
        carer->report("break", "a break is taken only with a break_probability above 0: give one, or leave the break out");
    }
    spec.carer_resign_probability = carer->or_default<double>("resign_probability", 0.0, share());
  }
  return spec;
}

}  // namespace caresim::scenario
