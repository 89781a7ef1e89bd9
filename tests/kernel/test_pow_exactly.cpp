// pow_exactly against the library's pow, bit for bit, where x * x and std::sqrt(x) are
// known to differ from it (about once in a thousand draws) and at the hard cases.
#include <catch2/catch.hpp>

#include <bit>
#include <cmath>
#include <cstdint>

#include "kernel/pow_exactly.hpp"
#include "kernel/random_stream.hpp"

using namespace caresim::kernel;

namespace {

// The library's pow with an exponent the compiler cannot see, so that pow(x, 2.0) is not
// compiled as x * x.
double library_pow(double x, double y) {
  const volatile double exponent = y;
  return std::pow(x, exponent);
}

bool same_bits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }

}  // namespace

TEST_CASE("pow_exactly gives the library's pow to the bit for squares and square roots", "[kernel][pow]") {
  RandomStream rng(7, 0, "pow");
  int squares_differing = 0, roots_differing = 0;  // where the plain shortcut would be wrong
  for (int i = 0; i < 300'000; ++i) {
    // Across magnitudes from 2^-40 to 2^40, the range of cumulative hazards and days.
    const double x = std::ldexp(0.5 + 0.5 * rng.uniform01(), static_cast<int>(80 * rng.uniform01()) - 40);
    for (const double y : {2.0, 0.5}) REQUIRE(same_bits(pow_exactly(x, y), library_pow(x, y)));
    squares_differing += x * x != library_pow(x, 2.0);
    roots_differing += std::sqrt(x) != library_pow(x, 0.5);
  }
  CHECK(squares_differing > 0);  // else this test would prove nothing
  CHECK(roots_differing > 0);
}

TEST_CASE("pow_exactly leaves hard cases, other exponents and special values to the library", "[kernel][pow]") {
  const double midpoint_square = 0x1.ffffffcp+26;  // (2^27 - 1): its square lies half-way between doubles
  const double wrongly_squared = 0x1.758aa20605fa4p+13;  // x * x is one unit above the library's pow
  for (const double x : {midpoint_square, wrongly_squared, 4.0, 0.25, 1.0, 0.0, -3.0, 1e-300, 1e300, HUGE_VAL})
    for (const double y : {2.0, 0.5, 1.5, 0.7})
      if (!std::isnan(library_pow(x, y))) CHECK(same_bits(pow_exactly(x, y), library_pow(x, y)));
  CHECK(std::isnan(pow_exactly(-3.0, 0.5)));
  CHECK(std::isnan(pow_exactly(NAN, 2.0)));
}
