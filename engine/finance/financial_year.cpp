#include "finance/financial_year.hpp"

namespace caresim::finance {

std::string financial_year_label(int year) {
  return std::to_string(year) + '-' + std::to_string((year + 1) % 100 + 100).substr(1);
}

int days_in_financial_year(int year) {
  return kernel::Date::from_ymd(year + 1, 4, 1) - kernel::Date::from_ymd(year, 4, 1);
}

}  // namespace caresim::finance
