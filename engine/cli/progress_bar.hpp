// A one-line progress bar on stderr: replications done, time elapsed, and time left at the
// current pace (an upper bound while a precision target may stop the run sooner).
#pragma once

#include <chrono>
#include <cstdio>

namespace caresim::cli {

class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled), started_(std::chrono::steady_clock::now()) {}
  ~ProgressBar() {
    if (enabled_ && drawn_) std::fputc('\n', stderr);
  }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void update(int done, int planned) {
    if (!enabled_) return;
    constexpr int kWidth = 30;
    const double fraction = planned > 0 ? static_cast<double>(done) / planned : 1.0;
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    const double left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0;
    const int filled = static_cast<int>(fraction * kWidth);
    std::fprintf(stderr, "\r[%.*s%*s] %d/%d replications, %.0f s elapsed, %.0f s left ", filled,
                 "##############################", kWidth - filled, "", done, planned, elapsed, left);
    std::fflush(stderr);
    drawn_ = true;
  }

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace caresim::cli
