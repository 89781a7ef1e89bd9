#include "run/paired_differences.hpp"

#include <algorithm>
#include <stdexcept>

#include "run/scenario_aggregate.hpp"

namespace caresim::run {
namespace {

template <class Matched>
std::vector<Matched> match(const std::vector<std::string>& first, const std::vector<std::string>& option) {
  std::vector<Matched> matched;
  for (std::size_t i = 0; i < option.size(); ++i)
    if (const auto j = index_of(first, option[i])) matched.push_back({option[i], *j, i});
  return matched;
}

template <class Matched>
std::optional<std::size_t> position(const std::vector<Matched>& matched, std::string_view name) {
  const auto at = std::find_if(matched.begin(), matched.end(), [name](const Matched& m) { return m.name == name; });
  if (at == matched.end()) return std::nullopt;
  return static_cast<std::size_t>(at - matched.begin());
}

}  // namespace

void PairedDifferences::match_names(const metrics::Measurements& first, const metrics::Measurements& option) {
  if (first.financial_years != option.financial_years)
    throw std::logic_error("compared scenarios report different financial years");
  years_ = first.financial_years.size();
  kpis_ = match<Matched>(first.kpi_names, option.kpi_names);
  kpi_moments_.resize(kpis_.size());
  flows_ = match<Matched>(first.yearly_names, option.yearly_names);
  yearly_.assign(flows_.size(), std::vector<stats::Moments>(years_));
  cumulative_.assign(flows_.size(), std::vector<stats::Moments>(years_));
  matched_ = true;
}

void PairedDifferences::add(const metrics::Measurements& first, const metrics::Measurements& option) {
  if (!matched_) match_names(first, option);
  for (std::size_t k = 0; k < kpis_.size(); ++k)
    kpi_moments_[k].add(option.kpi_values[kpis_[k].in_option] - first.kpi_values[kpis_[k].in_first]);
  for (std::size_t f = 0; f < flows_.size(); ++f) {
    const auto& a = first.yearly[flows_[f].in_first];
    const auto& b = option.yearly[flows_[f].in_option];
    double running = 0;  // NaN from an n/a year on
    for (std::size_t year = 0; year < years_; ++year) {
      const double difference = b[year] - a[year];
      running += difference;
      yearly_[f][year].add(difference);
      cumulative_[f][year].add(running);
    }
  }
}

const stats::Moments* PairedDifferences::kpi(std::string_view name) const {
  const auto k = position(kpis_, name);
  return k ? &kpi_moments_[*k] : nullptr;
}

const stats::Moments* PairedDifferences::yearly(std::string_view name, std::size_t year) const {
  const auto f = position(flows_, name);
  return f && year < years_ ? &yearly_[*f][year] : nullptr;
}

const stats::Moments* PairedDifferences::cumulative(std::string_view name, std::size_t year) const {
  const auto f = position(flows_, name);
  return f && year < years_ ? &cumulative_[*f][year] : nullptr;
}

}  // namespace caresim::run
