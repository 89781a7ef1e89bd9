#include "report/kpi_presentation.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include <fmt/format.h>

#include "kernel/calendar.hpp"

namespace caresim::report {
namespace {

constexpr std::string_view kMinus = "\u2212";  // a true minus sign reads better than a hyphen

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Decimals that keep about three significant figures without showing noise; below 0.01, two
// significant figures, so that a small value (a clear difference of 0.0006 days) never shows
// as 0.00. Below a billionth it is shown as 0.
int decimals_for(double magnitude) {
  constexpr double kShownAsZero = 1e-9;
  if (magnitude >= 100) return 0;
  if (magnitude >= 10) return 1;
  if (magnitude >= 0.01 || magnitude < kShownAsZero) return 2;
  return 1 - static_cast<int>(std::floor(std::log10(magnitude)));
}

// The magnitude as it will be shown, rounded to its decimals, so that what is shown is chosen
// by it: 999.6 shows as 1,000, 0.0009996 as 0.0010 (not 0.00100), £999,999.6 as £1.00m.
double as_shown(double magnitude) {
  const double scale = std::pow(10.0, decimals_for(magnitude));
  return std::round(magnitude * scale) / scale;
}

// A magnitude rounded to a whole number, with commas between thousands: 1,657.
std::string grouped(double magnitude) {
  const std::string digits = fmt::format("{:.0f}", magnitude);
  std::string shown;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) shown += ',';
    shown += digits[i];
  }
  return shown;
}

std::string plain_number(double magnitude) {
  const double shown = as_shown(magnitude);
  if (shown >= 1000) return grouped(shown);
  return fmt::format("{:.{}f}", shown, decimals_for(shown));
}

// `shown`, the value's magnitude as shown, with its sign: none where every digit shown is 0
// (a difference of -0.0004 in a share reads "0.0 pts", not "−0.0 pts"), and a + before a positive one if `plus`.
std::string with_sign(double value, const std::string& shown, bool plus) {
  if (shown.find_first_of("123456789") == std::string::npos) return shown;
  return (value < 0 ? std::string(kMinus) : value > 0 && plus ? "+" : "") + shown;
}

std::string money(double value) {
  // The unit is chosen by the amount as shown in it: £999,999.6 is £1.00m, not £1000k.
  const double magnitude = std::fabs(value);
  const double millions = as_shown(magnitude / 1e6);
  if (millions >= 1000) return "£" + grouped(magnitude / 1e6) + "m";
  if (millions >= 1) return fmt::format("£{:.{}f}m", millions, decimals_for(millions));
  const double thousands = as_shown(magnitude / 1e3);
  if (thousands >= 10) return fmt::format("£{:.{}f}k", thousands, decimals_for(thousands));
  return "£" + grouped(magnitude);
}

// The magnitude of a value as shown, without its sign.
std::string magnitude_text(double value, Quantity quantity) {
  switch (quantity) {
    case Quantity::share: return fmt::format("{:.1f}%", std::fabs(value) * 100);
    case Quantity::money: return money(value);
    case Quantity::rate: return fmt::format("{:.3f}", std::fabs(value));
    case Quantity::count:
    case Quantity::days: return plain_number(std::fabs(value));
  }
  return {};
}

Presentation by_shape(std::string_view name) {
  if (starts_with(name, "share") || name.find("_share") != std::string_view::npos || ends_with(name, "_rate") ||
      name.find("occupancy") != std::string_view::npos)
    return {name_in_words(name), Quantity::share};
  if (ends_with(name, "_gbp") || starts_with(name, "cost")) return {name_in_words(name), Quantity::money};
  if (name.find("_days") != std::string_view::npos) return {name_in_words(name), Quantity::days};
  return {name_in_words(name), Quantity::count};
}

// The DfE's words for an age band.
std::string age_band_words(std::string_view band) {
  if (band == "0") return "under 1";
  if (band == "16-17") return "16 and over";
  std::string words(band);
  if (const std::size_t dash = words.find('-'); dash != std::string::npos) words.replace(dash, 1, " to ");
  return words;  // a band from elsewhere (an edited summary.json) as written
}

// The DfE's groups for age on ceasing: the bands, with 16 and 17 apart from 18 and over.
std::string exit_age_words(std::string_view group) {
  if (group == "16-17") return "16 or 17";
  if (group == "18+") return "18 and over";
  return age_band_words(group);
}

}  // namespace

bool is_cost_measure(std::string_view name) { return starts_with(name, "cost"); }

std::string name_in_words(std::string_view name) {
  std::string text(name);
  for (char& c : text)
    if (c == '_') c = ' ';
  return text;
}

std::string date_in_words(const std::string& iso) {
  static constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                          "July",    "August",   "September", "October", "November", "December"};
  const auto date = kernel::Date::parse(iso);
  if (!date) return iso;
  return std::to_string(date->day()) + ' ' + kMonths[static_cast<std::size_t>(date->month() - 1)] + ' ' + iso.substr(0, 4);
}

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i)
    text += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
  return text;
}

std::string placement_type_words(std::string_view type) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kWords{{
      {"kinship", "kinship care"},
      {"in_house_foster", "in-house foster care"},
      {"ifa", "independent fostering agencies (IFA)"},
      {"residential", "children's homes"},
      {"supported", "supported accommodation"},
      {"secure", "secure homes"},
      {"emergency", "emergency stop-gaps"},
  }};
  for (const auto& [name, text] : kWords)
    if (name == type) return std::string(text);
  return name_in_words(type);
}

namespace {

// A line's name within its group in words: a placement type's own words, the council's homes
// named as among the placements, or the name's with "in house" hyphenated as an adjective.
std::string line_words(std::string_view group, std::string_view line) {
  // The lines that are no placement type.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kNamedLines{{
      {"residential_in_house", "the council's children's homes"},
      {"residential_external", "external children's homes"},
      {"staying_put", "Staying Put"},
      {"in_house_homes", "the council's children's homes"},
      {"in_house_home_openings", "opening the council's children's homes"},
      {"in_house_home_closures", "closing the council's children's homes"}}};
  for (const auto& [name, text] : kNamedLines)
    if (name == line) return std::string(text);
  if (group == "placements") return placement_type_words(line);
  std::string words = name_in_words(line);
  if (const std::size_t at = words.find("in house"); at != std::string::npos) words.replace(at, 8, "in-house");
  return words;
}

}  // namespace

std::string cost_line_words(std::string_view line) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kGroups{{
      {"placement.", "placements"}, {"fixed.", "fixed"}, {"staff.", "staff"}, {"recruitment.", "recruitment"},
      {"support.", "support"}}};
  for (const auto& [prefix, group] : kGroups)
    if (starts_with(line, prefix)) return std::string(group) + ": " + line_words(group, line.substr(prefix.size()));
  return name_in_words(line);  // a line from elsewhere (an edited costs.csv) as written
}

Presentation present(std::string_view name) {
  using enum Quantity;
  struct Known {
    std::string_view name, label;
    Quantity quantity;
  };
  static constexpr Known kKnown[] = {
      {"entries_per_year", "Entries to care per year (every period of care)", count},
      {"exits_per_year", "Exits from care per year (every period of care)", count},
      {"children_starting_per_year", "Children starting to be looked after per year", count},
      {"children_ceasing_per_year", "Children ceasing to be looked after per year", count},
      {"children_in_care_mean", "Children in care (average over time)", count},
      {"children_in_care_31_march", "Children in care at 31 March", count},
      {"children_in_care_31_march_per_10k", "Children in care at 31 March per 10,000 children", count},
      {"entries_per_year_per_10k", "Entries to care per year per 10,000 children", count},
      {"exits_per_year_per_10k", "Exits from care per year per 10,000 children", count},
      {"children_starting_per_year_per_10k", "Children starting to be looked after per year per 10,000 children", count},
      {"children_ceasing_per_year_per_10k", "Children ceasing to be looked after per year per 10,000 children", count},
      {"share_fostered_in_house_31_march", "Fostered children with the council's own carers at 31 March", share},
      {"in_house_occupancy_mean", "In-house foster places filled (occupancy)", share},
      {"in_house_home_occupancy_mean", "Beds filled in the council's children's homes (occupancy)", share},
      {"in_house_home_children_mean", "Children in the council's children's homes (average over time)", count},
      {"waiting_days_mean", "Days waiting for a placement (mean)", days},
      {"children_waiting_mean", "Children waiting for a placement (average over time)", count},
      {"share_3plus_placements_in_year", "Children with 3 or more placements in the year", share},
      {"share_over_20_miles", "Children placed more than 20 miles from home", share},
      {"breakdowns_per_year", "Placement breakdowns per year", count},
      {"breakdowns_per_placement_year", "Breakdowns per year of placement", rate},
      {"new_placements_per_year", "Placements started per year (first placements and moves)", count},
      {"new_placements_over_20_miles_share", "Placements started more than 20 miles from home", share},
      {"emergency_placements_per_year", "Emergency placements per year", count},
      {"long_term_stability_share",
       "Under-16s long in care with the same carer for 2 years or more (long-term stability)", share},
      {"share_siblings_placed_apart", "Children with a brother or sister in care placed apart from them", share},
      {"match_miles_mean", "Miles from home of placements started (mean)", count},
      {"match_skill_above_need_mean", "Need levels an in-house carer's skill was above the child's need (mean)", count},
      {"share_in_house_matches_below_need", "In-house matches with a carer less skilled than the child needs", share},
      {"re_entry_share", "Entries that are children coming back after going home", share},
      {"unaccompanied_share", "Entries that are unaccompanied asylum-seeking children", share},
      {"staying_put_mean", "Young people Staying Put with their former foster carers (average over time)", count},
      {"carer_households_end", "In-house fostering households at the end", count},
      {"caseload_mean", "Children per social worker (mean caseload)", count},
      {"social_worker_turnover_rate", "Social workers leaving per year (turnover)", share},
      {"share_3plus_social_workers_in_year", "Children with 3 or more social workers in the year", share},
      {"cost_total_gbp", "Total cost over the horizon", money},
      {"cost_npv_gbp", "Net present value of the costs (real terms, base-year prices, discounted to the first year)",
       money},
      {"cost_per_child_per_week_gbp", "Cost per child per week", money},
      {"children_in_care", "Children in care", count},
      {"carer_households", "In-house fostering households", count},
      {"in_house_approved_places", "Approved in-house foster places", count},
      {"in_house_filled_places", "Filled in-house foster places", count},
      {"in_house_occupancy", "In-house foster occupancy", share},
      {"in_house_home_beds", "Beds open in the council's children's homes", count},
      {"in_house_home_children", "Children in the council's children's homes", count},
      {"children_waiting", "Children waiting for a placement", count},
      {"entries", "Entries to care (every period of care)", count},
      {"exits", "Exits from care (every period of care)", count},
      {"children_starting", "Children starting to be looked after", count},
      {"children_ceasing", "Children ceasing to be looked after", count},
      {"breakdowns", "Placement breakdowns", count},
      {"approvals", "Fostering households approved", count},
      {"deregistrations", "Fostering households deregistered", count},
      {"carer_enquiries", "Fostering enquiries", count},
      {"carer_applications", "Fostering applications", count},
      {"in_house_available_places", "Available in-house foster places", count},
      // The carer pool.
      {"carer_households_mean", "In-house fostering households (average over time)", count},
      {"in_house_occupancy_available_mean", "Available in-house foster places filled (occupancy)", share},
      {"approvals_per_year", "Fostering households approved per year", count},
      {"deregistrations_per_year", "Fostering households deregistered per year", count},
      {"carer_net_change_per_year", "Net change in fostering households per year", count},
      {"carer_deregistration_rate", "Fostering households deregistering per household per year", share},
      {"carer_enquiries_per_year", "Fostering enquiries per year", count},
      {"carer_applications_per_year", "Fostering applications per year", count},
      {"carer_withdrawals_per_year", "Fostering applications withdrawn per year", count},
      // The social-work workforce.
      {"caseload_share_above_target", "Social workers with more cases than the target", share},
      {"caseload_share_at_cap", "Social workers at (or above) the caseload cap", share},
      {"children_unallocated_mean", "Children with no allocated social worker (average over time)", count},
      {"children_unallocated_share", "Children in care with no allocated social worker (share, over time)", share},
      {"agency_turnover_rate", "Agency social workers leaving per year (turnover)", share},
      {"vacancy_rate", "Social work posts vacant (vacancy rate)", share},
      {"agency_share", "Social workers from agencies (agency share)", share},
      {"sickness_absence_rate", "Social workers' time off sick", share},
      {"social_worker_changes_per_child_year", "Changes of social worker per child per year in care", count},
      {"pa_caseload_mean", "Young people per personal adviser (mean caseload)", count},
      {"pa_waiting_mean", "Young people waiting for a personal adviser (average over time)", count},
      {"pa_allocation_delay_days_mean", "Days waiting for a personal adviser (mean)", days},
      {"children_unallocated", "Children with no allocated social worker", count},
      {"social_workers_permanent", "Permanent social workers", count},
      {"social_workers_agency", "Agency social workers", count},
      {"social_worker_vacancies", "Social work vacancies", count},
      {"young_people_with_pa", "Young people with a personal adviser", count},
      {"young_people_waiting_for_pa", "Young people waiting for a personal adviser", count},
      {"social_worker_starters", "Permanent social workers starting", count},
      {"social_worker_leavers", "Permanent social workers leaving", count},
  };
  for (const Known& known : kKnown)
    if (known.name == name) return {std::string(known.label), known.quantity};

  const auto after = [&](std::string_view prefix) { return name.substr(prefix.size()); };
  if (starts_with(name, "placement_mix_31_march."))
    return {"Placed in " + placement_type_words(after("placement_mix_31_march.")) + " at 31 March", share};
  if (starts_with(name, "age_mix_31_march."))
    return {"Children in care aged " + age_band_words(after("age_mix_31_march.")) + " at 31 March", share};
  if (starts_with(name, "exit_age_mix.")) return {"Leaving care aged " + exit_age_words(after("exit_age_mix.")), share};
  if (starts_with(name, "first_placement_share."))
    return {"First placements in " + placement_type_words(after("first_placement_share.")), share};
  if (starts_with(name, "placement_days_share."))
    return {"Placement days in " + placement_type_words(after("placement_days_share.")), share};
  if (starts_with(name, "placements.")) return {"Children in " + placement_type_words(after("placements.")), count};
  if (starts_with(name, "exit_share.")) return {"Leaving care by " + name_in_words(after("exit_share.")), share};
  if (starts_with(name, "cost.")) return {"Cost, " + cost_line_words(after("cost.")), money};
  if (starts_with(name, "resignations_per_year."))
    return {"Fostering households resigning per year: " + name_in_words(after("resignations_per_year.")), count};
  if (starts_with(name, "pa_share_at_age.")) {
    std::string age = name_in_words(after("pa_share_at_age."));
    for (char& c : age)
      if (c == ' ') c = '.';  // "15_5" is 15.5
    return {"Young people with a personal adviser by age " + age, share};
  }
  return by_shape(name);
}

const std::vector<std::string>& headline_kpis() {
  static const std::vector<std::string> kHeadline{
      "children_in_care_mean",
      "children_in_care_31_march",
      "children_in_care_31_march_per_10k",
      "children_starting_per_year",
      "placement_mix_31_march.in_house_foster",
      "placement_mix_31_march.ifa",
      "placement_mix_31_march.residential",
      "share_fostered_in_house_31_march",
      "in_house_occupancy_mean",
      "share_over_20_miles",
      "share_3plus_placements_in_year",
      "long_term_stability_share",
      "breakdowns_per_year",
      "breakdowns_per_placement_year",
      "waiting_days_mean",
      "emergency_placements_per_year",  // PRODUCT.md's "emergency placements used"
      "share_siblings_placed_apart",
      "carer_households_end",
      "carer_net_change_per_year",
      "caseload_mean",
      "children_unallocated_mean",
      "children_unallocated_share",
      "social_worker_turnover_rate",
      "agency_share",
      "share_3plus_social_workers_in_year",
      "cost_total_gbp",
  };
  return kHeadline;
}

ChildOutcome child_outcome(std::string_view kpi) {
  using enum BetterForChildren;
  constexpr double kHalfAPoint = 0.005;
  static constexpr std::pair<std::string_view, ChildOutcome> kOutcomes[] = {
      {"share_over_20_miles", {lower, kHalfAPoint}},
      {"new_placements_over_20_miles_share", {lower, kHalfAPoint}},
      {"share_3plus_placements_in_year", {lower, kHalfAPoint}},
      {"long_term_stability_share", {higher, kHalfAPoint}},
      {"share_siblings_placed_apart", {lower, kHalfAPoint}},
      {"share_3plus_social_workers_in_year", {lower, kHalfAPoint}},
      {"children_unallocated_share", {lower, kHalfAPoint}},
      {"breakdowns_per_placement_year", {lower, 0.01}},           // one in a hundred placement-years
      {"social_worker_changes_per_child_year", {lower, 0.05}},    // one child in twenty a year
      {"waiting_days_mean", {lower, 1}},
  };
  for (const auto& [name, outcome] : kOutcomes)
    if (kpi == name) return outcome;
  return {};
}

std::string format_value(double value, Quantity quantity) {
  if (std::isnan(value)) return "n/a";
  return with_sign(value, magnitude_text(value, quantity), false);
}

std::string format_interval(double low, double high, Quantity quantity) {
  if (std::isnan(low) || std::isnan(high)) return "n/a";
  // "−5 to 3" reads better than "−5–3" when a bound shows negative.
  const std::string shown_low = format_value(low, quantity);
  const char* between = shown_low.starts_with(kMinus) ? " to " : "\u2013";
  return shown_low + between + format_value(high, quantity);
}

std::string format_difference(double value, Quantity quantity) {
  if (std::isnan(value)) return "n/a";
  if (quantity == Quantity::share) return with_sign(value, fmt::format("{:.1f} pts", std::fabs(value) * 100), true);
  return with_sign(value, magnitude_text(value, quantity), true);
}

std::string format_difference_interval(double low, double high, Quantity quantity) {
  if (std::isnan(low) || std::isnan(high)) return "n/a";
  const auto bound = [quantity](double value) {
    if (quantity != Quantity::share) return format_difference(value, quantity);
    return with_sign(value, fmt::format("{:.1f}", std::fabs(value) * 100), true);
  };
  return bound(low) + " to " + bound(high);
}

std::string difference_unit(Quantity quantity) {
  switch (quantity) {
    case Quantity::share: return "percentage points";
    case Quantity::days: return "days";
    default: return "";
  }
}

}  // namespace caresim::report
