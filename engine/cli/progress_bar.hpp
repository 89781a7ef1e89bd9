// A one-line progress bar on stderr: replications done, and time left at the current pace.
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

  void update(int done, int total) {
    if (!enabled_) return;
    constexpr int kWidth = 30;
    const double fraction = total > 0 ? static_cast<double>(done) / total : 1.0;
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    const double left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0;
    const int filled = static_cast<int>(fraction * kWidth);
    std::fprintf(stderr, "\r[%.*s%*s] %d/%d replications, %.0f s left ", filled,
                 "##############################", kWidth - filled, "", done, total, left);
    std::fflush(stderr);
    drawn_ = true;
  }

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace caresim::cli
