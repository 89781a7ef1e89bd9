#include "scenario/read_sections.hpp"

namespace caresim::scenario {
namespace {

InHouseFosterSpec read_in_house_foster(MapReader foster) {
  InHouseFosterSpec spec;
  spec.households = foster.required<int>("households", at_least(0));
  spec.places_per_household = foster.or_default<int>("places_per_household", 1, at_least(1));
  return spec;
}

IfaSpec read_ifa(MapReader ifa) {
  return {.max_placements = ifa.if_present<int>("max_placements", at_least(0))};
}

}  // namespace

ProvisionSpec read_provision(MapReader provision) {
  ProvisionSpec spec;
  if (auto foster = provision.optional_section("in_house_foster"))
    spec.in_house_foster = read_in_house_foster(*foster);
  if (auto ifa = provision.optional_section("ifa")) spec.ifa = read_ifa(*ifa);
  return spec;
}

}  // namespace caresim::scenario
