#include <algorithm>

#include "scenario/read_sections.hpp"

namespace caresim::scenario {
namespace {
// The placement types a search can choose today; the rest arrive with later work.
constexpr std::array<PlacementType, 5> kSearchable = {PlacementType::kinship, PlacementType::in_house_foster,
                                                      PlacementType::ifa, PlacementType::residential,
                                                      PlacementType::supported};

void read_order(MapReader& matching, MatchingSpec& spec) {
  const auto order = matching.choices("order", kPlacementTypeNames, "placement type");
  if (!order) return;
  spec.order.clear();
  for (const std::size_t type : *order) {
    const auto placement = static_cast<PlacementType>(type);
    if (std::find(kSearchable.begin(), kSearchable.end(), placement) == kSearchable.end())
      matching.report("order", std::string(name_of(placement)) + " cannot be searched for yet: use kinship, in_house_foster, ifa, residential or supported");
    else if (std::find(spec.order.begin(), spec.order.end(), placement) != spec.order.end())
      matching.report("order", std::string(name_of(placement)) + " is listed twice");
    else
      spec.order.push_back(placement);
  }
  if (order->empty() && matching.values_good()) matching.report("order", "must list at least one placement type");
}

// Unwritten type prices follow the order: its rank times kRankCost, after every listed type.
void read_costs(MapReader& matching, MatchingSpec& spec) {
  spec.costs.type = rank_prices(spec.order);
  auto costs = matching.optional_section("costs", Layout::flow);
  if (!costs) return;
  spec.costs.per_mile = costs->or_default<double>("per_mile", spec.costs.per_mile, kPounds);
  spec.costs.per_skill_level_above_need =
      costs->or_default<double>("per_skill_level_above_need", spec.costs.per_skill_level_above_need, kPounds);
  spec.costs.per_need_level_above_skill =
      costs->or_default<double>("per_need_level_above_skill", spec.costs.per_need_level_above_skill, kPounds);
  for (const PlacementType type : spec.order) {
    const auto t = static_cast<std::size_t>(type);
    spec.costs.type[t] = costs->or_default<double>(kPlacementTypeNames[t], spec.costs.type[t], kPounds);
  }
}

void read_step_down(MapReader& matching, const LeverChecks& levers, MatchingSpec& spec) {
  spec.step_down_start_date = optional_lever_start(matching, "step_down_start_date", levers, "step-down");
  const auto from = matching.choices("step_down_from", kPlacementTypeNames, "placement type");
  if (spec.step_down_start_date && (!from || from->empty()))
    matching.report("step_down_start_date", "needs step_down_from: what steps down");
  if (!from) return;
  for (const std::size_t type : *from) {
    const auto placement = static_cast<PlacementType>(type);
    if (std::find(kStepDownSources.begin(), kStepDownSources.end(), placement) == kStepDownSources.end())
      matching.report("step_down_from", std::string(name_of(placement)) + " is not a step-down source: use ifa, residential or supported");
    else
      spec.step_down_from.push_back(placement);
  }
}

}  // namespace

MatchingSpec read_matching(MapReader matching, const LeverChecks& levers) {
  MatchingSpec spec;
  read_order(matching, spec);
  spec.policy = static_cast<MatchingPolicy>(matching.choice_or_default("policy", kMatchingPolicyNames, 0));
  spec.batch_days = matching.or_default<int>("batch_days", 0, at_least(0));
  spec.policy_start_date = optional_lever_start(matching, "policy_start_date", levers, "this policy");
  if (spec.policy_start_date && spec.policy == MatchingPolicy::first_fit && spec.batch_days == 0 &&
      matching.values_good())
    matching.report("policy_start_date", "needs policy: min_cost or batch_days: what the searches change to from then");
  read_costs(matching, spec);
  spec.siblings = static_cast<SiblingRule>(matching.choice_or_default("siblings", kSiblingRuleNames, 0));
  read_step_down(matching, levers, spec);
  spec.need_above_skill_levels =
      matching.or_default<int>("need_above_skill_levels", 0, Range{0, false, kNeedLevelCount - 1.0});
  spec.need_above_skill_start_date =
      optional_lever_start(matching, "need_above_skill_start_date", levers, "carers less skilled");
  if (spec.need_above_skill_start_date && spec.need_above_skill_levels == 0 && matching.values_good())
    matching.report("need_above_skill_start_date",
                    "needs need_above_skill_levels: how many levels short a carer may be");
  return spec;
}

}  // namespace caresim::scenario
