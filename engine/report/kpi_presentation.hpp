// How a KPI, series or yearly metric is shown to people: a label in plain words, and numbers
// formatted by what they measure (counts, shares as percentages, money in pounds).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace caresim::report {

enum class Quantity { count, share, money, days, rate };

struct Presentation {
  std::string label;  // "Children placed more than 20 miles from home"
  Quantity quantity = Quantity::count;
};

// Known names get their own words; others are read from their shape (share_*, *_gbp, *_days).
Presentation present(std::string_view name);

// The KPIs a board reads first, in the order of the headline table (those a run has; the
// workforce's and the carer pool's are n/a or absent in runs that do not model them).
const std::vector<std::string>& headline_kpis();

// Which way a measure of children's experience is better for them (fewer moves, nearer home,
// less waiting, more stability), and the smallest difference that matters to a child: half a
// percentage point of a share (the DfE publishes whole ones), a day of waiting. `none` for
// measures of the system (the placement mix, occupancy, caseloads, costs), better one way or the
// other only by a council's own aims, and for counts that grow with the number in care
// (breakdowns a year), which an option with more children in care has more of without any
// child being worse off.
enum class BetterForChildren { none, lower, higher };
struct ChildOutcome {
  BetterForChildren better = BetterForChildren::none;
  double smallest_that_matters = 0;
};
ChildOutcome child_outcome(std::string_view kpi);

// A cost KPI or yearly cost flow: "cost_total_gbp", "cost_npv_gbp", "cost.placement.ifa".
bool is_cost_measure(std::string_view name);

// A name in words: "cost.in_house_fees" -> "cost.in house fees".
std::string name_in_words(std::string_view name);

// A placement type in words: "in-house foster care", "independent fostering agencies (IFA)".
std::string placement_type_words(std::string_view type);
// A cost line of costs.csv in words, its group first: "placement.in_house_foster" is
// "placements: in-house foster care", "staff.agency_social_workers" "staff: agency social workers".
std::string cost_line_words(std::string_view line);

// "2030-03-31" -> "31 March 2030".
std::string date_in_words(const std::string& iso);
// "a, b and c".
std::string joined(const std::vector<std::string>& names);

// "850", "23.4%", "£2.13m", "35.2"; "n/a" for NaN.
std::string format_value(double value, Quantity quantity);
// "840–860"; "n/a" when either bound is NaN.
std::string format_interval(double low, double high, Quantity quantity);
// A difference with its sign: "+38", "−2.1 pts", "−£2.13m".
std::string format_difference(double value, Quantity quantity);
// The interval of a difference, signed and without the unit: "+6.9 to +7.8", "−£2.8m to −£1.4m".
std::string format_difference_interval(double low, double high, Quantity quantity);
// The unit words after a number in a sentence: "percentage points", "days", "".
std::string difference_unit(Quantity quantity);

}  // namespace caresim::report
