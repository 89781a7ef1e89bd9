// SIGINT and SIGTERM (Ctrl-C, `kill`, a batch scheduler's time limit) as a request to stop: a
// run then starts no further replication, and leaves --out as it was (run::Stopped); a report
// is not moved into place. The signals are blocked in every thread and taken by a thread of
// their own, so that nothing has to happen inside a signal handler. A second signal ends the
// process at once, for a replication that would take too long to finish; what was staged may
// then stay behind.
#pragma once

#include <signal.h>

#include <atomic>
#include <string>
#include <thread>

namespace caresim::cli {

class Interruption {
 public:
  // Blocks both signals in the calling thread, and so in every thread started after it: make
  // it before any. They stay blocked once it is gone, so a signal that comes after the
  // results are in place ends nothing.
  Interruption();
  ~Interruption();
  Interruption(const Interruption&) = delete;
  Interruption& operator=(const Interruption&) = delete;

  // Set when the first signal arrives.
  const std::atomic<bool>& requested() const { return requested_; }
  // "SIGINT" or "SIGTERM".
  std::string signal_name() const;
  // 128 + the signal's number, as a shell reports a command a signal ended: 130 for SIGINT,
  // 143 for SIGTERM.
  int exit_code() const { return 128 + signal_; }

 private:
  void wait_for_signals();

  sigset_t signals_{};
  std::atomic<bool> requested_{false};
  std::atomic<int> signal_{0};
  std::atomic<bool> closing_{false};
  std::thread waiter_;
};

}  // namespace caresim::cli
