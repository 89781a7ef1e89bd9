#include <algorithm>
#include <charconv>

#include "scenario/read_sections.hpp"
#include "scenario/scalar_text.hpp"

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
  else if (*year < kFirstYear || *year >= kLastYear)
    costs.report("price_base", "must be a financial year from " + std::to_string(kFirstYear) + "-01 to " +
                                   std::to_string(kLastYear - 1) + "-00, got '" + text + "'");
  return year.value_or(0);
}

// One price for all, or a map giving each of `names` its own (need levels, kinds of carer),
// times `scale`; nullopt when the key is absent or its value wrong (reported).
std::optional<std::vector<double>> read_prices(MapReader& line, std::string_view key,
                                               std::span<const std::string_view> names, std::string noun, double scale) {
  std::vector<double> prices(names.size(), 0.0);
  if (line.is_map(key)) {
    MapReader by_name = line.section(key, Layout::flow);
    by_name.name_keys(std::move(noun));
    for (std::size_t n = 0; n < names.size(); ++n) prices[n] = by_name.required<double>(names[n], kPounds) * scale;
    return prices;
  }
  const auto price = line.if_present<double>(key, kPounds);
  if (!price) return std::nullopt;
  std::fill(prices.begin(), prices.end(), *price * scale);
  return prices;
}

std::optional<NeedPrices> read_level_prices(MapReader& line, std::string_view key, std::string noun, double scale) {
  const auto prices = read_prices(line, key, kNeedLevelNames, std::move(noun), scale);
  if (!prices) return std::nullopt;
  return to_array<kNeedLevelCount>(*prices);
}

// An allowance for each age from 0 to 17, from age ranges that hold every age exactly once.
AgePrices read_allowance(MapReader allowance) {
  AgePrices prices{};
  std::array<int, kOldestInCare + 1> ranges_holding{};
  for (const AgeRangeValue& range : read_age_ranges(allowance, kPounds))
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
  spec.inflation_per_year = line.or_default<double>("inflation_per_year", inflation, kYearlyPriceChange);
  if (!price && !spec.allowance_gbp_per_week && !spec.fee_gbp_per_week && line.values_good()) {
    std::string wanted(price_key);
    if (keys.allowance) wanted += keys.fee ? ", allowance_gbp_per_week or fee_gbp_per_week" : " or allowance_gbp_per_week";
    line.report("give a price: " + wanted);
  }
  return spec;
}

StayingPutCostSpec read_staying_put(MapReader staying_put, double inflation) {
  static constexpr std::array<std::string_view, 2> kCarers = {"in_house_foster", "ifa"};
  StayingPutCostSpec spec;
  const auto price = read_prices(staying_put, "gbp_per_week", kCarers, "kind of carer", 1);
  if (price) {
    spec.in_house_gbp_per_week = (*price)[0];
    spec.ifa_gbp_per_week = (*price)[1];
  }
  spec.inflation_per_year = staying_put.or_default<double>("inflation_per_year", inflation, kYearlyPriceChange);
  if (!price && staying_put.values_good()) staying_put.report("give a price: gbp_per_week");
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
  if (auto staying_put = placements.optional_section("staying_put", Layout::flow))
    spec.staying_put = read_staying_put(*staying_put, inflation);
}

FixedCostSpec read_fixed_cost(MapReader fixed, std::string_view per_unit_key, double inflation) {
  FixedCostSpec spec;
  spec.gbp_per_year = fixed.or_default<double>("gbp_per_year", 0.0, kPounds);
  spec.gbp_per_unit_per_year = fixed.or_default<double>(per_unit_key, 0.0, kPounds);
  spec.inflation_per_year = fixed.or_default<double>("inflation_per_year", inflation, kYearlyPriceChange);
  return spec;
}

// A one-off sum for each of the council's homes that opens, or closes, within the horizon:
// above 0 it needs such a home (`a_home_has_date`), else it would silently be nothing.
double read_home_one_off(MapReader& homes, std::string_view key, bool a_home_has_date, std::string_view needs) {
  const double gbp = homes.or_default<double>(key, 0.0, kPounds);
  if (gbp > 0 && !a_home_has_date)
    homes.report(key, "no home of provision.residential.in_house_homes has " + std::string(needs));
  return gbp;
}

// Every kind of placement the scenario can make must be priced, or it would look free.
void check_placements_are_costed(MapReader& costs, const CostsSpec& spec, const Scenario& scenario) {
  struct Offered {
    bool offered;
    bool priced;
    std::string_view made_by;  // the section that makes such placements
    std::string_view price;    // where its price goes, under costs.placements
  };
  const auto priced = [&spec](CostedPlacement line) { return spec.placements[static_cast<std::size_t>(line)].has_value(); };
  const auto& provision = scenario.provision;
  const auto& residential = provision.residential;
  const Offered offers[] = {
      {provision.kinship.has_value(), priced(CostedPlacement::kinship), "provision.kinship", "kinship"},
      {provision.in_house_foster.has_value(), priced(CostedPlacement::in_house_foster), "provision.in_house_foster",
       "in_house_foster"},
      {provision.ifa.has_value(), priced(CostedPlacement::ifa), "provision.ifa", "ifa"},
      {residential && !residential->in_house_homes.empty(), priced(CostedPlacement::residential_in_house),
       "provision.residential.in_house_homes", "residential.in_house"},
      {residential && residential->external.has_value(), priced(CostedPlacement::residential_external),
       "provision.residential.external", "residential.external"},
      {provision.supported.has_value(), priced(CostedPlacement::supported), "provision.supported", "supported"},
      {provision.secure.has_value(), priced(CostedPlacement::secure), "provision.secure", "secure"},
      {provision.emergency.has_value(), priced(CostedPlacement::emergency), "provision.emergency", "emergency"},
      {scenario.leaving_care && scenario.leaving_care->staying_put, spec.staying_put.has_value(),
       "leaving_care.staying_put", "staying_put"}};
  for (const Offered& o : offers)
    if (o.offered && !o.priced)
      costs.report("placements", std::string(o.made_by) + " makes placements that have no price: add costs.placements." +
                                     std::string(o.price));
}

}  // namespace

CostsSpec read_costs(MapReader costs, const Scenario& scenario) {
  CostsSpec spec;
  spec.price_base_year = read_price_base(costs);
  spec.terms = static_cast<CostTerms>(costs.choice_or_default("terms", kCostTermsNames, 0));
  spec.gdp_deflator_per_year = costs.or_default<double>("gdp_deflator_per_year", 0.0, kYearlyPriceChange);
  spec.discount_rate_per_year = costs.or_default<double>("discount_rate_per_year", 0.0, Range{0, false, 1});
  spec.inflation_per_year = costs.or_default<double>("inflation_per_year", 0.0, kYearlyPriceChange);
  const double inflation = spec.inflation_per_year;
  if (auto placements = costs.optional_section("placements")) read_placements(*placements, inflation, spec);
  if (auto fixed = costs.optional_section("fixed")) {
    if (auto service = fixed->optional_section("in_house_fostering_service", Layout::flow))
      spec.in_house_fostering_service = read_fixed_cost(*service, "gbp_per_household_per_year", inflation);
    if (auto homes = fixed->optional_section("in_house_homes", Layout::flow)) {
      spec.in_house_homes = read_fixed_cost(*homes, "gbp_per_bed_per_year", inflation);
      const auto& residential = scenario.provision.residential;
      spec.in_house_homes->gbp_per_opening =
          read_home_one_off(*homes, "gbp_per_opening", residential && residential->a_home_opens(),
                            "an opening_date: nothing opens within the horizon to cost its set-up");
      spec.in_house_homes->gbp_per_closure =
          read_home_one_off(*homes, "gbp_per_closure", residential && residential->a_home_closes(),
                            "a closing_date: nothing closes within the horizon to cost its closure");
    }
  }
  if (auto staff = costs.optional_section("staff")) spec.staff = read_staff_costs(*staff, inflation);
  if (auto recruitment = costs.optional_section("carer_recruitment", Layout::flow))
    spec.carer_recruitment = read_carer_recruitment_costs(*recruitment, inflation);
  check_placements_are_costed(costs, spec, scenario);
  check_people_are_costed(costs, spec, scenario);
  return spec;
}

}  // namespace caresim::scenario
