#include <algorithm>
#include <charconv>

#include "scenario/read_sections.hpp"

namespace caresim::scenario {
namespace {

constexpr double kNightsPerWeek = 7;

// "2025-26": the year a financial year starts in, then the next year's last two digits.
std::optional<int> parse_financial_year(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  int start = 0, next = 0;
  const auto whole = [](std::string_view part, int& out) {
    const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), out);
    return error == std::errc{} && end == part.data() + part.size();
  };
  if (!whole(text.substr(0, 4), start) || !whole(text.substr(5), next) || next != (start + 1) % 100)
    return std::nullopt;
  return start;
}

int read_price_base(MapReader& costs) {
  const auto written = costs.keys();
  const std::string text = costs.required<std::string>("price_base");
  if (std::find(written.begin(), written.end(), "price_base") == written.end()) return 0;  // reported missing
  const auto year = parse_financial_year(text);
  if (!year)
    costs.report("price_base", "a financial year is written like 2025-26 (1 April 2025 to 31 March 2026), got '" +
                                   text + "'");
  return year.value_or(0);
}

// One price for every level, or a map giving each level its own, times `scale`; nullopt
// when the key is absent or its value wrong (reported).
std::optional<NeedPrices> read_level_prices(MapReader& line, std::string_view key, std::string noun, double scale) {
  NeedPrices prices{};
  if (line.is_map(key)) {
    MapReader levels = line.section(key, Layout::flow);
    levels.name_keys(std::move(noun));
    for (std::size_t level = 0; level < kNeedLevelCount; ++level)
      prices[level] = levels.required<double>(kNeedLevelNames[level], at_least(0)) * scale;
    return prices;
  }
  const auto price = line.if_present<double>(key, at_least(0));
  if (!price) return std::nullopt;
  prices.fill(*price * scale);
  return prices;
}

// An allowance for each age from 0 to 17, from age ranges that hold every age exactly once.
AgePrices read_allowance(MapReader allowance) {
  AgePrices prices{};
  std::array<int, kOldestInCare + 1> ranges_holding{};
  for (const AgeRangeValue& range : read_age_ranges(allowance, at_least(0)))
    for (int age = range.min_age; age <= range.max_age; ++age) {
      prices[static_cast<std::size_t>(age)] = range.value;
      ++ranges_holding[static_cast<std::size_t>(age)];
    }
  if (!allowance.values_good()) return prices;
  for (int age = 0; age <= kOldestInCare; ++age) {
    const int held = ranges_holding[static_cast<std::size_t>(age)];
    if (held == 1) continue;
    allowance.report("the age ranges must hold each age from 0 to 17 exactly once; age " + std::to_string(age) +
                     (held == 0 ? " is in none" : " is in " + std::to_string(held)));
    break;
  }
  return prices;
}

// The price keys a placement line takes: by the week or by the night, and for foster care
// an allowance by age and (in-house) a fee by the carer's skill.
struct LineKeys {
  bool by_night = false;
  bool allowance = false;
  bool fee = false;
};

PlacementCostSpec read_placement_line(MapReader line, LineKeys keys, double inflation) {
  PlacementCostSpec spec;
  const std::string_view price_key = keys.by_night ? "gbp_per_night" : "gbp_per_week";
  const auto price = read_level_prices(line, price_key, "need level", keys.by_night ? kNightsPerWeek : 1);
  if (price) spec.gbp_per_week = *price;
  if (keys.allowance)
    if (auto allowance = line.optional_section("allowance_gbp_per_week", Layout::flow))
      spec.allowance_gbp_per_week = read_allowance(*allowance);
  if (keys.fee) spec.fee_gbp_per_week = read_level_prices(line, "fee_gbp_per_week", "skill level", 1);
  spec.inflation_per_year = line.or_default<double>("inflation_per_year", inflation, above(-1));
  if (!price && !spec.allowance_gbp_per_week && !spec.fee_gbp_per_week && line.values_good()) {
    std::string wanted(price_key);
    if (keys.allowance) wanted += keys.fee ? ", allowance_gbp_per_week or fee_gbp_per_week" : " or allowance_gbp_per_week";
    line.report("give a price: " + wanted);
  }
  return spec;
}

void read_placements(MapReader placements, double inflation, CostsSpec& spec) {
  placements.name_keys("placement type");
  const auto read = [&](CostedPlacement line, MapReader reader, LineKeys keys) {
    spec.placements[static_cast<std::size_t>(line)] = read_placement_line(reader, keys, inflation);
  };
  if (auto kinship = placements.optional_section("kinship")) read(CostedPlacement::kinship, *kinship, {false, true, false});
  if (auto foster = placements.optional_section("in_house_foster"))
    read(CostedPlacement::in_house_foster, *foster, {false, true, true});
  if (auto ifa = placements.optional_section("ifa", Layout::flow)) read(CostedPlacement::ifa, *ifa, {});
  if (auto residential = placements.optional_section("residential")) {
    residential->name_keys("provider");
    if (residential->keys().empty()) residential->report("must have in_house, external or both");
    if (auto own = residential->optional_section("in_house", Layout::flow))
      read(CostedPlacement::residential_in_house, *own, {});
    if (auto external = residential->optional_section("external", Layout::flow))
      read(CostedPlacement::residential_external, *external, {});
  }
  if (auto supported = placements.optional_section("supported", Layout::flow))
    read(CostedPlacement::supported, *supported, {});
  if (auto secure = placements.optional_section("secure", Layout::flow))
    read(CostedPlacement::secure, *secure, {true, false, false});
  if (auto emergency = placements.optional_section("emergency", Layout::flow))
    read(CostedPlacement::emergency, *emergency, {});
}

FixedCostSpec read_fixed_cost(MapReader fixed, std::string_view per_unit_key, double inflation) {
  FixedCostSpec spec;
  spec.gbp_per_year = fixed.or_default<double>("gbp_per_year", 0.0, at_least(0));
  spec.gbp_per_unit_per_year = fixed.or_default<double>(per_unit_key, 0.0, at_least(0));
  spec.inflation_per_year = fixed.or_default<double>("inflation_per_year", inflation, above(-1));
  return spec;
}

// Offer names become cost lines (`support.<name>`), so they are kept to what any CSV reader
// or spreadsheet takes whole: lower-case letters, digits and underscores.
bool is_line_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
         });
}

std::vector<SupportOfferCostSpec> read_support_offers(MapReader support, double inflation) {
  support.name_keys("support offer");
  std::vector<SupportOfferCostSpec> offers;
  for (const std::string& name : support.keys()) {
    MapReader offer = support.section(name, Layout::flow);
    if (!is_line_name(name))
      support.report(name, "a support offer is named in lower-case letters, digits and underscores, got '" + name + "'");
    const double per_year = offer.required<double>("gbp_per_year", at_least(0));
    offers.push_back({name, per_year, offer.or_default<double>("inflation_per_year", inflation, above(-1))});
  }
  return offers;
}

// Every kind of placement the provision can make must be priced, or it would look free.
void check_provision_is_costed(MapReader& costs, const CostsSpec& spec, const ProvisionSpec& provision) {
  struct Offered {
    bool offered;
    CostedPlacement line;
    std::string_view provision_key;
    std::string_view costs_key;
  };
  const auto& residential = provision.residential;
  const Offered offers[] = {
      {provision.kinship.has_value(), CostedPlacement::kinship, "kinship", "kinship"},
      {provision.in_house_foster.has_value(), CostedPlacement::in_house_foster, "in_house_foster", "in_house_foster"},
      {provision.ifa.has_value(), CostedPlacement::ifa, "ifa", "ifa"},
      {residential && !residential->in_house_homes.empty(), CostedPlacement::residential_in_house,
       "residential.in_house_homes", "residential.in_house"},
      {residential && residential->external.has_value(), CostedPlacement::residential_external,
       "residential.external", "residential.external"},
      {provision.supported.has_value(), CostedPlacement::supported, "supported", "supported"},
      {provision.emergency.has_value(), CostedPlacement::emergency, "emergency", "emergency"}};
  for (const Offered& o : offers)
    if (o.offered && !spec.placements[static_cast<std::size_t>(o.line)])
      costs.report("placements", "provision." + std::string(o.provision_key) +
                                     " makes placements that have no price: add costs.placements." +
                                     std::string(o.costs_key));
}

}  // namespace

CostsSpec read_costs(MapReader costs, const ProvisionSpec& provision) {
  CostsSpec spec;
  spec.price_base_year = read_price_base(costs);
  spec.terms = static_cast<CostTerms>(costs.choice_or_default("terms", kCostTermsNames, 0));
  spec.gdp_deflator_per_year = costs.or_default<double>("gdp_deflator_per_year", 0.0, above(-1));
  spec.discount_rate_per_year = costs.or_default<double>("discount_rate_per_year", 0.0, at_least(0));
  const double inflation = costs.or_default<double>("inflation_per_year", 0.0, above(-1));
  if (auto placements = costs.optional_section("placements")) read_placements(*placements, inflation, spec);
  if (auto fixed = costs.optional_section("fixed")) {
    if (auto service = fixed->optional_section("in_house_fostering_service", Layout::flow))
      spec.in_house_fostering_service = read_fixed_cost(*service, "gbp_per_household_per_year", inflation);
    if (auto homes = fixed->optional_section("in_house_homes", Layout::flow))
      spec.in_house_homes = read_fixed_cost(*homes, "gbp_per_bed_per_year", inflation);
  }
  if (auto support = costs.optional_section("support")) spec.support_offers = read_support_offers(*support, inflation);
  check_provision_is_costed(costs, spec, provision);
  return spec;
}

}  // namespace caresim::scenario
