#include "report/plain_summary.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <utility>

#include "finance/financial_year.hpp"
#include "report/dated_levers.hpp"
#include "report/kpi_presentation.hpp"

namespace caresim::report {
namespace {

std::string replications_text(int n) { return std::to_string(n) + (n == 1 ? " replication" : " replications"); }

std::string lower_first(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

// "2025-04-01" -> the first financial year "2025-26".
std::string financial_year_of(const std::string& start_date) {
  const auto start = kernel::Date::parse(start_date);
  return start ? finance::financial_year_label(finance::financial_year_of(*start)) : start_date;
}

std::string with_interval(double value, double low, double high, Quantity quantity) {
  std::string text = format_value(value, quantity);
  if (!std::isnan(low) && !std::isnan(high)) text += " (95% confidence interval " + format_interval(low, high, quantity) + ")";
  return text;
}

using KpiLookup = std::function<const KpiStat*(const char*)>;

constexpr const char* kCostsNotCounted =
    "Costs are not counted (there is no costs section), so the cost measures, 0 in the output files, do not mean "
    "that care costs nothing.";

// What money the costs are in, said once, where the first cost figure comes: "in nominal
// terms (each year's cash, from 2025-26 prices)"; nothing where summary.json does not say.
std::string cost_basis(const CostBasis& costs) {
  if (costs.terms == "real") return "in real terms (" + costs.price_base + " prices)";
  if (costs.terms == "nominal") return "in nominal terms (each year's cash, from " + costs.price_base + " prices)";
  return {};
}

// The total cost, with its basis unless a comparison's opening gave it; or that costs are not counted.
std::string total_cost_sentence(const RunSummary& s, const KpiLookup& kpi, bool basis_said) {
  if (!s.costs.costed) return basis_said ? "" : kCostsNotCounted;
  const KpiStat* total = kpi("cost_total_gbp");
  if (!total || total->mean <= 0) return {};
  const std::string basis = basis_said ? "" : cost_basis(s.costs);
  return "The total cost over the " + std::to_string(s.years) + " years" + (basis.empty() ? "" : ", " + basis + ",") +
         " is " + with_interval(total->mean, total->ci95_low, total->ci95_high, Quantity::money) + '.';
}

// Said only where households come and go (a fixed pool is told by its occupancy).
std::string carer_pool_sentence(const KpiLookup& kpi) {
  const KpiStat* end = kpi("carer_households_end");
  const KpiStat* approved = kpi("approvals_per_year");
  const KpiStat* left = kpi("deregistrations_per_year");
  if (!end || !approved || !left || (approved->mean == 0 && left->mean == 0)) return {};
  return "The in-house pool ends with " + with_interval(end->mean, end->ci95_low, end->ci95_high, Quantity::count) +
         " fostering households; " + format_value(approved->mean, Quantity::count) + " are approved and " +
         format_value(left->mean, Quantity::count) + " deregistered a year.";
}

// Said only where the social-work workforce is modelled.
std::string workforce_sentence(const KpiLookup& kpi) {
  const KpiStat* caseload = kpi("caseload_mean");
  if (!caseload) return {};
  std::string text = "Social workers carry " + format_value(caseload->mean, Quantity::count) + " children each on average";
  if (const KpiStat* turnover = kpi("social_worker_turnover_rate"))
    text += ", and " + format_value(turnover->mean, Quantity::share) + " of permanent social workers leave each year";
  text += '.';
  if (const KpiStat* changes = kpi("share_3plus_social_workers_in_year"))
    text += ' ' + format_value(changes->mean, Quantity::share) +
            " of children in care at 31 March had 3 or more social workers in the year.";
  if (const KpiStat* unallocated = kpi("children_unallocated_mean"); unallocated && unallocated->mean > 0)
    text += " On average " + format_value(unallocated->mean, Quantity::count) + " children have no allocated social worker.";
  return text;
}

// `cost_basis_said`: a comparison's opening has said how costs are counted.
std::vector<SummaryPoint> one_run(const RunFiles& run, bool cost_basis_said) {
  const RunSummary& s = run.summary;
  std::vector<SummaryPoint> text;
  const KpiLookup kpi = [&](const char* name) -> const KpiStat* {
    const KpiStat* k = s.kpi(name);
    return k && !std::isnan(k->mean) ? k : nullptr;
  };
  std::string opening = "Over the " + std::to_string(s.years) + " years from " + financial_year_of(s.start_date) + " (" +
                        replications_text(s.replications) + " of " + s.scenario + ")";
  if (const KpiStat* k = kpi("children_in_care_mean"))
    opening += ", " + with_interval(k->mean, k->ci95_low, k->ci95_high, Quantity::count) + " children are in care on average";
  if (const KpiStat* k = kpi("children_starting_per_year"))
    opening += ", and " + format_value(k->mean, Quantity::count) + " start to be looked after each year";
  text.push_back({opening + '.', {}});

  const auto in_house = kpi("placement_mix_31_march.in_house_foster");
  const auto ifa = kpi("placement_mix_31_march.ifa");
  const auto residential = kpi("placement_mix_31_march.residential");
  if (in_house && ifa && residential)
    text.push_back({"At 31 March, " + format_value(in_house->mean, Quantity::share) +
                   " of placed children are with in-house foster carers, " + format_value(ifa->mean, Quantity::share) +
                   " with independent fostering agencies and " + format_value(residential->mean, Quantity::share) +
                   " in children's homes.", {}});
  if (const KpiStat* k = kpi("in_house_occupancy_mean"))
    text.push_back({"In-house foster places are " + format_value(k->mean, Quantity::share) + " full on average.", {}});
  const auto far = kpi("share_over_20_miles");  // n/a where the scenario models no distance
  if (const auto moves = kpi("share_3plus_placements_in_year")) {
    const std::string placements = format_value(moves->mean, Quantity::share);
    text.push_back({far ? format_value(far->mean, Quantity::share) +
                              " of children in care at 31 March are placed more than 20 miles from home, and " +
                              placements + " had 3 or more placements in the year."
                        : placements + " of children in care at 31 March had 3 or more placements in the year.",
                    {}});
  }
  if (const std::string pool = carer_pool_sentence(kpi); !pool.empty()) text.push_back({pool, {}});
  if (const std::string workforce = workforce_sentence(kpi); !workforce.empty()) text.push_back({workforce, {}});
  const auto series_end = run.series("children_in_care");
  if (!series_end.empty()) {
    const QuantileRow& last = *series_end.back();
    // The spread of replications, where there are two or more to spread.
    const std::string spread = s.replications < 2 ? "" : " (90% of replications between " +
                                                              format_interval(last.p05, last.p95, Quantity::count) + ")";
    text.push_back({"By " + date_in_words(last.period) + ", " + format_value(last.mean, Quantity::count) +
                        " children are in care on average" + spread + '.',
                    {}});
  }
  if (std::string cost = total_cost_sentence(s, kpi, cost_basis_said); !cost.empty()) text.push_back({std::move(cost), {}});
  return text;
}

// How a clear difference in a measure of children's experience leaves them: better or worse
// where its mean is as large as matters (half a point of a share, a day of waiting), small
// where its whole interval is smaller than that (a second's less waiting), else unsaid. `none`
// for other measures.
enum class ForChildren { none, better, worse, small, unsaid };
ForChildren for_children(const std::string& kpi, const ComparedValue& v) {
  const ChildOutcome outcome = child_outcome(kpi);
  if (outcome.better == BetterForChildren::none) return ForChildren::none;
  const double matters = outcome.smallest_that_matters;
  if (std::fabs(v.difference) >= matters)
    return (outcome.better == BetterForChildren::higher) == (v.difference > 0) ? ForChildren::better
                                                                                : ForChildren::worse;
  const bool small = std::max(std::fabs(v.difference_ci95_low), std::fabs(v.difference_ci95_high)) < matters;
  return small ? ForChildren::small : ForChildren::unsaid;
}

std::string for_children_words(const std::string& kpi, const ComparedValue& v) {
  switch (for_children(kpi, v)) {
    case ForChildren::better: return ", better for children";
    case ForChildren::worse: return ", worse for children";
    case ForChildren::small: return ", a small difference, counted neither better nor worse for children";
    case ForChildren::none:
    case ForChildren::unsaid: break;
  }
  return "";
}

// "Costs £2.1m (£1.4m–£2.8m) less than baseline over the 10 years"
std::string difference_phrase(const std::string& kpi, const ComparedValue& v, const std::string& first, int years) {
  const Presentation p = present(kpi);
  const bool up = v.difference > 0;
  const double low = up ? v.difference_ci95_low : -v.difference_ci95_high;
  const double high = up ? v.difference_ci95_high : -v.difference_ci95_low;
  // Shares differ by percentage points: "7.4 (6.9–7.8) percentage points".
  const Quantity q = p.quantity == Quantity::share ? Quantity::count : p.quantity;
  const double scale = p.quantity == Quantity::share ? 100 : 1;
  const std::string amount =
      format_value(std::fabs(v.difference) * scale, q) + " (" + format_interval(low * scale, high * scale, q) + ")";
  if (kpi == "cost_total_gbp")
    return "Costs " + amount + (up ? " more" : " less") + " than " + first + " over the " + std::to_string(years) + " years";
  std::string unit = difference_unit(p.quantity);
  if (p.quantity == Quantity::days) unit.clear();  // the label already says days
  return p.label + ": " + (up ? "higher" : "lower") + " by " + amount + (unit.empty() ? "" : " " + unit) +
         for_children_words(kpi, v);
}

bool is_clear(const ComparedValue& v) {
  return !std::isnan(v.difference_ci95_low) && !std::isnan(v.difference_ci95_high) &&
         (v.difference_ci95_low > 0 || v.difference_ci95_high < 0);
}

// " is clearly better for children on 2 measures and worse on 1", of the clear differences in
// measures of children's experience; "" where there are none.
std::string for_children_tally(int better, int worse) {
  const auto measures = [](int n) { return std::to_string(n) + (n == 1 ? " measure" : " measures"); };
  if (better > 0)
    return " is clearly better for children on " + measures(better) +
           (worse > 0 ? " and worse on " + std::to_string(worse) : "");
  return worse > 0 ? " is clearly worse for children on " + measures(worse) : "";
}

// What comparison.json's payback phrase claims of the mean cumulative cost difference, and
// what the 95% intervals show when they bear the claim out, or when they do not.
struct PaybackClaim {
  std::string said, evidence, lack_of_evidence;
};

PaybackClaim payback_claim(const std::string& phrase, const std::string& first) {
  const std::string against = "Against " + first + ", it ";
  const std::string interval = "the 95% interval of its cumulative cost difference";
  if (phrase == "no investment")
    return {against + "has nothing to pay back: its cumulative cost never rises above " + first + "'s",
            interval + " is at or below zero in every year", interval + " reaches above zero in some year"};
  if (phrase.starts_with("does not"))
    return {against + phrase, "at the horizon's end " + interval + " is above zero",
            "at the horizon's end " + interval + " is not wholly above zero"};
  return {against + "pays back in " + phrase,
          interval + " is above zero in some year before and at or below zero from then on",
          interval + " is not both above zero in some year before and at or below zero from then on"};
}

// Said as sure only where the intervals bear it out: a difference whose interval includes zero
// is not clear, whatever its mean. With one replication there is no interval to tell.
std::string payback_sentence(const ComparedPayback& payback, const std::string& first, int replications) {
  const PaybackClaim claim = payback_claim(payback.phrase, first);
  // comparison.json from before payback_clear, or of one replication
  if (!payback.clear.has_value() || replications < 2) return claim.said + " on average.";
  if (*payback.clear) return claim.said + ", clearly: " + claim.evidence + '.';
  if (!payback.clear_from.empty())  // a later year's intervals bear it out
    return claim.said + " on average, and clearly by " + payback.clear_from + ": " + claim.evidence + '.';
  return claim.said + " on average, but not clearly: " + claim.lack_of_evidence + '.';
}

// " Costs are ...", for the opening sentence (compare takes scenarios that count costs on one
// basis, or none), with what payback is reckoned on.
std::string costs_in_comparison(const CostBasis& costs) {
  if (!costs.costed) return std::string(" ") + kCostsNotCounted;
  const std::string basis = cost_basis(costs);
  return (basis.empty() ? "" : " Costs are " + basis + '.') +
         " Payback is reckoned on the cumulative difference of the yearly costs as shown, undiscounted.";
}

std::vector<SummaryPoint> comparison(const ReportInputs& inputs) {
  const Comparison& c = *inputs.comparison;
  const std::string& first = c.scenarios.front().name;
  const int years = inputs.runs.front().summary.years;
  std::vector<SummaryPoint> text{{"Each option is compared with " + first + ", all run with the same " +
                                      replications_text(c.replications) +
                                      " and the same children arriving (common random numbers); the "
                                      "brackets give the 95% confidence interval of the difference. A difference "
                                      "whose interval includes zero is not clear. What an option changes applies "
                                      "from the start of the warm-up unless it has a start date (a campaign, a fee "
                                      "uplift, a support team, step-down, stretched carers, a matching policy, a "
                                      "change of social workers or of providers, or a council home's opening or "
                                      "closing may; a trend starts on its own): an option without one is compared "
                                      "as a county that has always had it, its first years showing no change "
                                      "coming in and nothing it cost to set up." +
                                      costs_in_comparison(inputs.runs.front().summary.costs),
                                  {}}};
  if (c.replications < 2)
    text.push_back({"One replication gives no confidence interval, so no difference can be called clear: run at "
                    "least two, and enough for the intervals to be narrow.",
                    {}});
  for (std::size_t s = 1; s < c.scenarios.size(); ++s) {
    const std::string& option = c.scenarios[s].name;
    SummaryPoint point{"Compared with " + first + ", " + option + dated_levers(inputs.runs[s]), {}};
    std::vector<std::string> unclear;
    int better = 0, worse = 0;  // for children, of the clear differences
    for (const std::string& kpi : headline_kpis()) {
      const auto* values = c.kpi(kpi);
      if (!values) continue;
      for (const ComparedValue& v : *values) {
        if (v.scenario != option || std::isnan(v.difference)) continue;
        if (!is_clear(v)) {
          unclear.push_back(lower_first(present(kpi).label));
          continue;
        }
        point.details.push_back(difference_phrase(kpi, v, first, years) + '.');
        const ForChildren way = for_children(kpi, v);
        better += way == ForChildren::better;
        worse += way == ForChildren::worse;
      }
    }
    // The tally counts among the clear differences listed, which measures of the system join.
    const std::string tally = for_children_tally(better, worse);
    point.text += point.details.empty() ? " shows no clear difference in the headline measures."
                                        : tally + (tally.empty() ? ":" : ", of these clear differences:");
    if (!unclear.empty() && !point.details.empty()) {
      std::string sentence = "No clear difference in ";
      for (std::size_t i = 0; i < unclear.size(); ++i) sentence += (i == 0 ? "" : ", ") + unclear[i];
      point.details.push_back(sentence + '.');
    }
    for (const ComparedPayback& payback : c.payback)
      if (payback.scenario == option) point.details.push_back(payback_sentence(payback, first, c.replications));
    text.push_back(std::move(point));
  }
  return text;
}

}  // namespace

std::vector<SummaryPoint> plain_summary(const ReportInputs& inputs) {
  if (!inputs.is_comparison()) return one_run(inputs.runs.front(), false);
  std::vector<SummaryPoint> text = comparison(inputs);
  for (SummaryPoint& point : one_run(inputs.runs.front(), true)) text.push_back(std::move(point));
  return text;
}

}  // namespace caresim::report
