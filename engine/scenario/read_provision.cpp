#include "scenario/read_sections.hpp"

namespace caresim::scenario {
namespace {

IfaSpec read_ifa(MapReader ifa) {
  IfaSpec spec;
  spec.max_placements = ifa.if_present<int>("max_placements", at_least(0));
  spec.availability = ifa.or_default<double>("availability", 1.0, share());
  if (auto miles = ifa.optional_section("miles", Layout::flow)) spec.miles = read_distance(*miles);
  if (auto accepts = ifa.choices("accepts", kNeedLevelNames, "need level")) {
    spec.accepts = {};
    for (const std::size_t level : *accepts) spec.accepts[level] = true;
  }
  return spec;
}

ResidentialSpec read_residential(MapReader residential, const Localities& localities, const LeverChecks& levers) {
  ResidentialSpec spec;
  if (residential.keys().empty()) residential.report("must have in_house_homes, external or both");
  for (MapReader& home : residential.list_of_sections("in_house_homes", Presence::optional)) {
    ChildrensHomeSpec h;
    if (localities.named)
      h.locality = home.required_choice("locality", localities.names, "locality").value_or(0);
    else if (home.if_present<std::string>("locality"))
      home.report("locality", "a home can be in a locality only with a geography section");
    h.beds = home.required<int>("beds", at_least(0));
    h.opening_date = optional_lever_start(home, "opening_date", levers, "a home open");
    if (h.opening_date && h.beds == 0) home.report("opening_date", "a home that opens needs beds: it has 0");
    h.closing_date = optional_lever_start(home, "closing_date", levers, "a home open");
    if (h.closing_date && h.beds == 0) home.report("closing_date", "a home that closes needs beds: it has 0");
    if (h.opening_date && h.closing_date && *h.closing_date <= *h.opening_date)
      home.report("closing_date", "is on or before the home's opening_date (" + h.opening_date->iso() +
                                      "): a home closes after it opens");
    spec.in_house_homes.push_back(h);
  }
  if (auto external = residential.optional_section("external", Layout::flow)) {
    ResidentialSpec::External e;
    e.availability = external->or_default<double>("availability", 1.0, share());
    if (auto miles = external->optional_section("miles", Layout::flow)) e.miles = read_distance(*miles);
    spec.external = e;
  }
  return spec;
}

KinshipSpec read_kinship(MapReader kinship) {
  KinshipSpec spec;
  spec.found_at_entry = read_chance_by_age(kinship.section("found_at_entry", Layout::flow));
  return spec;
}

SupportedSpec read_supported(MapReader supported) {
  SupportedSpec spec;
  spec.availability = supported.or_default<double>("availability", 1.0, share());
  spec.max_placements = supported.if_present<int>("max_placements", at_least(0));
  if (auto miles = supported.optional_section("miles", Layout::flow)) spec.miles = read_distance(*miles);
  return spec;
}

SecureSpec read_secure(MapReader secure) {
  SecureSpec spec;
  spec.min_age = secure.or_default<int>("min_age", 10, {0, false, 17});
  if (auto levels = secure.choices("need_levels", kNeedLevelNames, "need level")) {
    spec.need_levels = {};
    for (const std::size_t level : *levels) spec.need_levels[level] = true;
  }
  spec.chance_per_search = secure.required<double>("chance_per_search", share());
  spec.beds = secure.if_present<int>("beds", at_least(0));
  spec.stay = read_duration(secure.section("stay", Layout::flow));
  if (auto miles = secure.optional_section("miles", Layout::flow)) spec.miles = read_distance(*miles);
  return spec;
}

EmergencySpec read_emergency(MapReader emergency) {
  EmergencySpec spec;
  if (auto miles = emergency.optional_section("miles", Layout::flow)) spec.miles = read_distance(*miles);
  return spec;
}

}  // namespace

ProvisionSpec read_provision(MapReader provision, const Localities& localities, const LeverChecks& levers) {
  ProvisionSpec spec;
  if (auto kinship = provision.optional_section("kinship")) spec.kinship = read_kinship(*kinship);
  if (auto foster = provision.optional_section("in_house_foster"))
    spec.in_house_foster = read_in_house_foster(*foster, localities);
  if (auto ifa = provision.optional_section("ifa")) spec.ifa = read_ifa(*ifa);
  if (auto residential = provision.optional_section("residential"))
    spec.residential = read_residential(*residential, localities, levers);
  if (auto supported = provision.optional_section("supported")) spec.supported = read_supported(*supported);
  if (auto secure = provision.optional_section("secure")) spec.secure = read_secure(*secure);
  if (auto emergency = provision.optional_section("emergency")) spec.emergency = read_emergency(*emergency);
  return spec;
}

}  // namespace caresim::scenario
