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
    h.closing_date = optional_lever_start(home, "closing_date", levers, "a home open", "to the end of the run");
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

// A provider's chance of a place from the change's date: as the change writes it, else as
// before. Where places are found and which needs they take hold throughout.
void read_changed_availability(MapReader& provider, double& availability, std::string_view what = "availability") {
  if (provider.keys().empty()) provider.report("must change something: " + std::string(what));
  for (const std::string_view fixed : {"miles", "accepts"})
    provider.report_if_written(fixed, "cannot change by a date: it holds for the whole run, as the provision says");
  availability = provider.if_present<double>("availability", share()).value_or(availability);
}

// The same, and its cap: set, moved, or lifted ("none") where there is one to lift.
void read_changed_capacity(MapReader provider, double& availability, std::optional<int>& max_placements) {
  read_changed_availability(provider, availability, "availability, max_placements or both");
  if (provider.reads_word("max_placements", "none")) {
    if (!max_placements)
      provider.report("max_placements", "there is no cap to lift: neither the provision nor a change before this one "
                                        "sets max_placements");
    max_placements.reset();
  } else if (const auto cap = provider.if_present<int>("max_placements", at_least(0))) {
    max_placements = cap;
  }
}

// What the providers offer under the provision alone, before any change.
ProvisionChange offer_of(const ProvisionSpec& provision) {
  ProvisionChange offer;
  if (provision.ifa) {
    offer.ifa_availability = provision.ifa->availability;
    offer.ifa_max_placements = provision.ifa->max_placements;
  }
  if (provision.residential && provision.residential->external)
    offer.external_home_availability = provision.residential->external->availability;
  if (provision.supported) {
    offer.supported_availability = provision.supported->availability;
    offer.supported_max_placements = provision.supported->max_placements;
  }
  return offer;
}

// What the providers offer from `start_date` on: what the change writes, and for the rest
// what they offered before it (`before`).
ProvisionChange read_provision_change(MapReader change, const ProvisionSpec& provision, ProvisionChange before,
                                      const LeverChecks& levers) {
  ProvisionChange spec = before;
  spec.start_date = required_lever_start(change, "start_date", levers);
  if (change.keys().size() == (change.writes("start_date") ? 1 : 0))
    change.report("must change something from start_date: ifa, residential.external or supported");
  // A provider the provision does not have is reported where the change names it.
  const auto provider = [](MapReader& parent, std::string_view key, bool offered, std::string_view path) {
    auto section = parent.optional_section(key, Layout::flow);
    if (!section || offered) return section;
    parent.report(key, "the provision has no " + std::string(path) + " to change: add it to provision");
    section->ignore_unread_keys();
    return std::optional<MapReader>();
  };
  if (auto ifa = provider(change, "ifa", provision.ifa.has_value(), "ifa"))
    read_changed_capacity(*ifa, spec.ifa_availability, spec.ifa_max_placements);
  if (auto supported = provider(change, "supported", provision.supported.has_value(), "supported"))
    read_changed_capacity(*supported, spec.supported_availability, spec.supported_max_placements);
  if (auto residential = change.optional_section("residential", Layout::flow)) {
    residential->report_if_written("in_house_homes", "cannot change here: a council home opens and closes on its own "
                                                     "opening_date and closing_date");
    const bool external_homes = provision.residential && provision.residential->external;
    if (auto external = provider(*residential, "external", external_homes, "residential.external")) {
      external->report_if_written("max_placements", "external homes have no cap: only their availability changes");
      read_changed_availability(*external, spec.external_home_availability);
    }
  }
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
  spec.changes = read_dated_changes<ProvisionChange>(
      provision, "change", [&spec, &levers](MapReader change, const ProvisionChange* before) {
        return read_provision_change(change, spec, before ? *before : offer_of(spec), levers);
      });
  return spec;
}

}  // namespace caresim::scenario
