// Days since 1970-01-01 for a civil date, and back, in integer arithmetic without loops or
// tables. Inline: a child's admission and every simulated day ask for them.
#pragma once

#include <cstdint>

namespace caresim::kernel {

struct Civil {
  int year, month, day;
};

// C. Neri and L. Schneider's algorithms ("Euclidean affine functions and their application
// to calendar algorithms", 2022), which replace divisions by multiplications and shifts in
// unsigned arithmetic. Counting is shifted by kEras 400-year eras so that it never goes
// negative; exact for years -32767 to 32767.
namespace civil_days {
inline constexpr std::uint32_t kEras = 82;
inline constexpr std::uint32_t kDayShift = 719'468 + 146'097 * kEras;  // 1970-01-01 to 0000-03-01, and the eras
inline constexpr std::uint32_t kYearShift = 400 * kEras;
}  // namespace civil_days

constexpr std::int32_t days_from_civil(int year, int month, int day) {
  using namespace civil_days;
  const std::uint32_t january_or_february = month <= 2;  // counted with the year before
  const std::uint32_t y = static_cast<std::uint32_t>(year) + kYearShift - january_or_february;
  const std::uint32_t m = january_or_february ? static_cast<std::uint32_t>(month) + 12 : static_cast<std::uint32_t>(month);
  const std::uint32_t century = y / 100;
  const std::uint32_t year_days = 1461 * y / 4 - century + century / 4;
  const std::uint32_t month_days = (979 * m - 2919) / 32;
  return static_cast<std::int32_t>(year_days + month_days + static_cast<std::uint32_t>(day) - 1 - kDayShift);
}

constexpr Civil civil_from_days(std::int32_t serial) {
  using namespace civil_days;
  const std::uint32_t n = static_cast<std::uint32_t>(serial) + kDayShift;
  const std::uint32_t n1 = 4 * n + 3;
  const std::uint32_t century = n1 / 146'097;
  const std::uint32_t day_of_century = n1 % 146'097 / 4;
  const std::uint64_t p2 = std::uint64_t{2'939'745} * (4 * day_of_century + 3);
  const auto year_of_century = static_cast<std::uint32_t>(p2 >> 32);
  const std::uint32_t day_of_year = static_cast<std::uint32_t>(p2) / 2'939'745 / 4;  // from 1 March
  const std::uint32_t n3 = 2141 * day_of_year + 197'913;
  const std::uint32_t month = n3 >> 16;  // 3 (March) to 14 (February)
  const std::uint32_t day = (n3 & 0xFFFF) / 2141 + 1;
  const std::uint32_t january_or_february = day_of_year >= 306;
  return {static_cast<int>(100 * century + year_of_century + january_or_february - kYearShift),
          static_cast<int>(january_or_february ? month - 12 : month), static_cast<int>(day)};
}

// Gregorian: every fourth year, but of the century years only every fourth. A century year
// divisible by 4 is divisible by 16 exactly when divisible by 400, which is cheaper to test.
constexpr bool is_leap_year(int year) { return year % 100 != 0 ? year % 4 == 0 : year % 16 == 0; }

}  // namespace caresim::kernel
