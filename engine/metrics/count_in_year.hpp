// One child's count of something in the year to 31 March (placements, social workers), as the
// DfE's "three or more in the year" measures count it: the one held on 1 April counts as one,
// and every period of care in the year counts, so a child who went home and came back keeps
// the year's earlier ones. Years are numbered by the 31 Marches passed; a count of an earlier
// year (the child was out of care on the 31 March between) counts for nothing now. Counted
// only up to 3, all the measures ask.
#pragma once

#include <algorithm>
#include <cstdint>

namespace caresim::metrics {

class CountInYear {
 public:
  // The child enters care in `year`: from none, or, coming back, from the year's count so far.
  void entered(bool re_entry, std::uint32_t year) { set(re_entry ? in(year) : 0, year); }
  void add(std::uint32_t year) { set(std::min(in(year) + 1, 3), year); }
  // `year` begins, the one held (if any) carried into it.
  void new_year(bool holding, std::uint32_t year) { set(holding ? 1 : 0, year); }
  // For a child in care, whose count is always of the current year.
  int count() const { return count_; }

 private:
  int in(std::uint32_t year) const { return year_ == year ? count_ : 0; }
  void set(int count, std::uint32_t year) {
    count_ = static_cast<std::uint8_t>(count);
    year_ = year;
  }

  std::uint8_t count_ = 0;
  std::uint32_t year_ = 0;
};

}  // namespace caresim::metrics
