#include "scenario/read_sections.hpp"

namespace caresim::scenario {
ChildrenSpec read_children(MapReader children, const RunSettings& run) {
  ChildrenSpec spec;
  spec.entries_per_year = children.required<double>("entries_per_year", kPerYearFlow);
  if (auto months = children.optional_section("entries_month_shares", Layout::flow))
    spec.entries_month_shares = to_array<kMonthCount>(read_shares(*months, kMonthNames, "month"));
  if (auto trend = children.optional_section("entries_trend", Layout::flow)) spec.entries_trend = read_trend(*trend, {spec.entries_per_year, "entries", "entries_per_year"}, run);
  spec.age_at_entry =
      to_array<kAgeBandCount>(read_shares(children.section("age_at_entry", Layout::flow), kAgeBandNames, "age band"));
  if (auto stay = children.optional_section("stay", Layout::flow)) spec.stay = read_duration(*stay);
  if (auto need = children.optional_section("need_level", Layout::flow))
    spec.need_level = to_array<kNeedLevelCount>(read_shares(*need, kNeedLevelNames, "need level"));
  if (auto groups = children.optional_section("sibling_group_size", Layout::flow)) {
    static constexpr std::array<std::string_view, 6> kGroupSizes = {"1", "2", "3", "4", "5", "6"};
    spec.sibling_group_size = read_shares(*groups, kGroupSizes, "group size");
    while (spec.sibling_group_size.size() > 1 && spec.sibling_group_size.back() == 0) spec.sibling_group_size.pop_back();
  }
  if (auto uasc = children.optional_section("unaccompanied_asylum_seeking", Layout::flow))
    spec.unaccompanied_asylum_seeking = read_chance_by_age(*uasc);
  spec.newborn_share_under_1 = children.or_default<double>("newborn_share_under_1", 0.0, share());
  spec.population_under_18 = children.if_present<double>("population_under_18", Range{0, true, 1e8});
  spec.in_care_at_start =
      static_cast<InCareAtStart>(children.choice_or_default("in_care_at_start", kInCareAtStartNames, 0));
  return spec;
}

}  // namespace caresim::scenario
