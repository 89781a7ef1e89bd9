// std::pow(x, y) bit for bit, with shortcuts for y = 2 and y = 1/2: a Weibull of shape 1/2
// (the breakdowns) takes one of each per redraw, and the library's pow costs about six times
// a square root. The library's pow is not correctly rounded (x * x and std::sqrt(x), which
// are, differ from it about once in a thousand), but its error is below 0.54 units in the
// last place (glibc's, from Arm's optimized routines), so it returns the correctly rounded
// value whenever the exact value lies within 0.46 units of it. The shortcut returns the
// correctly rounded value only when the exact one lies within 0.45 units, and otherwise
// asks the library.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>

namespace caresim::kernel {
namespace pow_detail {

inline constexpr double kSafeUnits = 0.45;  // the exact value's distance from the result, in its units

// The range where no product below underflows or overflows.
inline bool in_safe_range(double v) { return v >= 0x1p-500 && v <= 0x1p500; }

// The unit in the last place of a positive normal v; at a power of two the next double below
// is nearer, so powers of two are left to the library.
inline double unit_in_last_place(double v) {
  return std::bit_cast<double>(std::bit_cast<std::uint64_t>(v) & 0x7ff0000000000000) * 0x1p-52;
}
inline bool is_power_of_two(double v) { return (std::bit_cast<std::uint64_t>(v) & 0x000fffffffffffff) == 0; }

// x * x - product, exactly, for product = x * x rounded (Dekker's product: x split in halves
// of 26 bits, whose products are exact).
inline double square_rounding_error(double x, double product) {
  constexpr double kSplitter = 0x1p27 + 1;
  const double c = kSplitter * x;
  const double high = c - (c - x);
  const double low = x - high;
  return ((high * high - product) + 2 * high * low) + low * low;
}

// The library's pow; the exponent goes through a volatile so that the compiler cannot turn
// pow(x, 2.0) into x * x, which is what this header must not do.
inline double library_pow(double x, double y) {
  const volatile double exponent = y;
  return std::pow(x, exponent);
}

}  // namespace pow_detail

// std::pow(x, 2) and std::pow(x, 0.5), bit for bit.
inline double square_exactly(double x) {
  using namespace pow_detail;
  const double square = x * x;
  if (in_safe_range(square) && !is_power_of_two(square) &&
      std::abs(square_rounding_error(x, square)) < kSafeUnits * unit_in_last_place(square))
    return square;
  return library_pow(x, 2);
}
inline double sqrt_exactly(double x) {
  using namespace pow_detail;
  const double root = std::sqrt(x);
  if (in_safe_range(root) && !is_power_of_two(root)) {
    // x - root^2 = (exact root + root) * (exact root - root), about 2 * root * the distance.
    const double product = root * root;
    const double residual = (x - product) - square_rounding_error(root, product);
    if (std::abs(residual) < 2 * kSafeUnits * root * unit_in_last_place(root)) return root;
  }
  return library_pow(x, 0.5);
}

inline double pow_exactly(double x, double y) {
  if (y == 2) return square_exactly(x);
  if (y == 0.5) return sqrt_exactly(x);
  return pow_detail::library_pow(x, y);
}

}  // namespace caresim::kernel
