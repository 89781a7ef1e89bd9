// Money by cost line and by financial year of the reported horizon. Costs arrive at the
// prices of the scenario's base year as they are incurred; each is inflated by its line's
// index for the financial year it falls in (prices step at each 1 April), and whatever falls
// outside the horizon is dropped. Out come nominal or real amounts by year.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kernel/calendar.hpp"
#include "scenario/costs_spec.hpp"

namespace caresim::finance {

class CostLedger {
 public:
  using Line = std::size_t;

  // The horizon starts at `start`; its year i ends at year_ends[i] (the last at the end of
  // the horizon) and is the financial year from 1 April of first_year + i.
  CostLedger(kernel::Ticks start, std::vector<kernel::Ticks> year_ends, int first_year,
             const scenario::CostsSpec& costs);

  Line add_line(std::string name, double inflation_per_year);

  // A cost running at `gbp_per_week` from `from` to `to`.
  void accrue_weekly(Line line, kernel::Ticks from, kernel::Ticks to, double gbp_per_week);
  // A cost of `gbp_per_year` for each financial year, running from `from` to `to`, spread
  // evenly over each year's days: a whole financial year costs exactly `gbp_per_year`.
  void accrue_yearly(Line line, kernel::Ticks from, kernel::Ticks to, double gbp_per_year);

  // A cost of `gbp` at one moment (an assessment, say), at its financial year's prices.
  void spend(Line line, kernel::Ticks at, double gbp);

  std::size_t line_count() const { return lines_.size(); }
  const std::string& name(Line line) const { return lines_[line].name; }
  std::size_t year_count() const { return year_ends_.size(); }
  kernel::Ticks start() const { return start_; }
  kernel::Ticks end() const { return year_ends_.back(); }
  // The line's cost in each financial year of the horizon.
  std::vector<double> by_year(Line line, scenario::CostTerms terms) const;

 private:
  // The year of the horizon holding `t` (a year end is the next year's start).
  std::size_t year_of(kernel::Ticks t) const;
  template <class DaysPerUnit>
  void accrue(Line line, kernel::Ticks from, kernel::Ticks to, double gbp_per_unit, DaysPerUnit days_per_unit);

  struct LineAccount {
    std::string name;
    std::vector<double> price_factor;  // by year of the horizon
    std::vector<double> nominal;       // gbp, by year of the horizon
  };

  kernel::Ticks start_;
  std::vector<kernel::Ticks> year_ends_;
  std::vector<int> years_;           // the financial year of each year of the horizon
  std::vector<double> deflator_;     // GDP deflator by year of the horizon, 1 in the base year
  int price_base_year_;
  std::vector<LineAccount> lines_;
};

}  // namespace caresim::finance
