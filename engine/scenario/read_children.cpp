#include "scenario/read_sections.hpp"

namespace caresim::scenario {

ChildrenSpec read_children(MapReader children) {
  ChildrenSpec spec;
  spec.entries_per_year = children.required<double>("entries_per_year", at_least(0));
  spec.age_at_entry =
      to_array<kAgeBandCount>(read_shares(children.section("age_at_entry", Layout::flow), kAgeBandNames, "age band"));
  if (auto stay = children.optional_section("stay", Layout::flow)) spec.stay = read_duration(*stay);
  if (auto need = children.optional_section("need_level", Layout::flow))
    spec.need_level = to_array<kNeedLevelCount>(read_shares(*need, kNeedLevelNames, "need level"));
  return spec;
}

}  // namespace caresim::scenario
