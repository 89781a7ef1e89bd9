// A scenario's trend as the kernel's calendar rate takes it: dates, not years.
#pragma once

#include <optional>

#include "kernel/calendar_rate.hpp"
#include "scenario/scenario.hpp"

namespace caresim::model {

// Absent start dates are the run's start date (`run_start`), the first of the reported years.
inline std::optional<kernel::CalendarRate::Trend> calendar_trend(const std::optional<scenario::TrendSpec>& spec,
                                                                 kernel::Date run_start) {
  if (!spec) return std::nullopt;
  const kernel::Date from = spec->start_date.value_or(run_start);
  return kernel::CalendarRate::Trend{spec->per_year, from,
                                     spec->years ? std::optional(from.plus_years(*spec->years)) : std::nullopt};
}

}  // namespace caresim::model
