#include "finance/cost_ledger.hpp"

#include <algorithm>

#include "finance/financial_year.hpp"
#include "finance/price_index.hpp"

namespace caresim::finance {
CostLedger::CostLedger(kernel::Ticks start, std::vector<kernel::Ticks> year_ends, int first_year,
                       const scenario::CostsSpec& costs)
    : start_(start), year_ends_(std::move(year_ends)), price_base_year_(costs.price_base_year) {
  const PriceIndex deflator(price_base_year_, costs.gdp_deflator_per_year);
  for (std::size_t i = 0; i < year_ends_.size(); ++i) {
    years_.push_back(first_year + static_cast<int>(i));
    deflator_.push_back(deflator.factor(years_.back()));
  }
}

CostLedger::Line CostLedger::add_line(std::string name, double inflation_per_year) {
  const PriceIndex index(price_base_year_, inflation_per_year);
  LineAccount account{std::move(name), {}, std::vector<double>(years_.size(), 0.0)};
  for (const int year : years_) account.price_factor.push_back(index.factor(year));
  lines_.push_back(std::move(account));
  return lines_.size() - 1;
}

void CostLedger::accrue_weekly(Line line, kernel::Ticks from, kernel::Ticks to, double gbp_per_week) {
  accrue(line, from, to, gbp_per_week, [](std::size_t) { return kernel::kDaysPerWeek; });
}

void CostLedger::accrue_yearly(Line line, kernel::Ticks from, kernel::Ticks to, double gbp_per_year) {
  accrue(line, from, to, gbp_per_year,
         [this](std::size_t year) { return static_cast<double>(days_in_financial_year(years_[year])); });
}

void CostLedger::spend(Line line, kernel::Ticks at, double gbp) {
  if (at < start_ || at >= year_ends_.back()) return;
  LineAccount& account = lines_[line];
  const std::size_t year = year_of(at);
  account.nominal[year] += gbp * account.price_factor[year];
}

// Cut at each year end, so each piece takes its own year's prices. Money is days over days
// per unit times the price, so 364 days at a weekly price is exactly 52 weeks of it.
template <class DaysPerUnit>
void CostLedger::accrue(Line line, kernel::Ticks from, kernel::Ticks to, double gbp_per_unit,
                        DaysPerUnit days_per_unit) {
  from = std::max(from, start_);
  to = std::min(to, year_ends_.back());
  if (to <= from || gbp_per_unit == 0) return;
  LineAccount& account = lines_[line];
  std::size_t year = year_of(from);
  while (from < to) {
    const kernel::Ticks piece_end = std::min(to, year_ends_[year]);
    account.nominal[year] +=
        kernel::ticks_to_days(piece_end - from) / days_per_unit(year) * gbp_per_unit * account.price_factor[year];
    from = piece_end;
    ++year;
  }
}

std::size_t CostLedger::year_of(kernel::Ticks t) const {
  return static_cast<std::size_t>(std::upper_bound(year_ends_.begin(), year_ends_.end(), t) - year_ends_.begin());
}

std::vector<double> CostLedger::by_year(Line line, scenario::CostTerms terms) const {
  std::vector<double> amounts = lines_[line].nominal;
  if (terms == scenario::CostTerms::real)
    for (std::size_t year = 0; year < amounts.size(); ++year) amounts[year] /= deflator_[year];
  return amounts;
}

}  // namespace caresim::finance
