// Financial years run from 1 April to 31 March and are named by the year they start in:
// 2025 is "2025-26".
#pragma once

#include <string>

#include "kernel/calendar.hpp"

namespace caresim::finance {

inline int financial_year_of(kernel::Date date) { return date.month() >= 4 ? date.year() : date.year() - 1; }

std::string financial_year_label(int year);  // "2025-26"; across a century "2099-00"

// 365, or 366 when the year's February has 29 days.
int days_in_financial_year(int year);

}  // namespace caresim::finance
