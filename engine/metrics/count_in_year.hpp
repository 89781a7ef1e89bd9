// One child's count of something in the year to 31 March (placements, social workers), as the
// DfE's "three or more in the year" measures count it: the one held on 1 April counts as one,
// and every period of care in the year counts, so a child who went home and came back keeps
// the year's earlier ones. Years are numbered by the 31 Marches passed; a count of an earlier
// year (the child was out of care on the 31 March between) counts for nothing now. Counted
// only up to 3, all the measures ask.
//
// Each placement is a new one, even with a carer the child had before; a social worker is
// counted once in the year however often the child comes back to them, so those are added
// with who they are.
#pragma once

#include <array>
#include <cstdint>
#include <limits>

namespace caresim::metrics {

class CountInYear {
 public:
  static constexpr std::uint32_t kNew = std::numeric_limits<std::uint32_t>::max();  // never counted before

  // The child enters care in `year`: from none, or, coming back (with its record), from the
  // year's count so far.
  void entered(bool coming_back, std::uint32_t year) {
    if (!coming_back || year_ != year) start(year);
  }
  // One more in `year`, unless `who` is one already counted in it.
  void add(std::uint32_t year, std::uint32_t who = kNew) {
    if (year_ != year) start(year);
    if (count_ == 3) return;
    if (who != kNew) {
      for (std::uint8_t i = 0; i < count_; ++i)
        if (seen_[i] == who) return;
      if (count_ < seen_.size()) seen_[count_] = who;
    }
    ++count_;
  }
  // `year` begins, the one held (if any) carried into it.
  void new_year(bool holding, std::uint32_t year, std::uint32_t held = kNew) {
    start(year);
    if (holding) add(year, held);
  }
  // For a child in care, whose count is always of the current year.
  int count() const { return count_; }

 private:
  void start(std::uint32_t year) {
    count_ = 0;
    year_ = year;
  }

  std::array<std::uint32_t, 2> seen_{};  // the first two counted: a third ends the count
  std::uint8_t count_ = 0;
  std::uint32_t year_ = 0;
};

}  // namespace caresim::metrics
