// The powers base^0, base^1, ... of a factor that compounds by a small count (need levels
// above a carer's skill, earlier breakdowns), worked out once instead of by std::pow at every
// placement. Each is std::pow(base, n) itself, so the values are exactly those of the call.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

namespace caresim::model {

class IntegerPowers {
 public:
  // Tabulates the powers up to `largest` (to kTabulated at most; higher ones are computed).
  IntegerPowers(double base, int largest)
      : base_(base), count_(static_cast<std::size_t>(std::clamp(largest, 0, kTabulated)) + 1) {
    for (std::size_t n = 0; n < count_; ++n) powers_[n] = std::pow(base, static_cast<double>(n));
  }

  double operator()(int n) const {
    const auto i = static_cast<std::size_t>(n);
    return n >= 0 && i < count_ ? powers_[i] : std::pow(base_, n);
  }

 private:
  static constexpr int kTabulated = 15;
  double base_;
  std::size_t count_;
  std::array<double, kTabulated + 1> powers_{};
};

}  // namespace caresim::model
