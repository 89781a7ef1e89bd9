// SIGINT and SIGTERM (Ctrl-C, `kill`, a batch scheduler's time limit) as a request to stop: a
// run then starts no further replication, and leaves --out as it was (run::Stopped); a report
// is not moved into place. The signals are blocked in every thread and taken by a thread of
// their own, so that nothing has to happen inside a signal handler. A second signal ends the
// process at once, for a replication that would take too long to finish, after running the
// undo it was given (taking away the staging directory, whatever phase the command is in).
#pragma once

#include <signal.h>

#include <atomic>
#include <functional>
#include <mutex>
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

  // While the returned guard lives, a second signal runs `undo` (on the signals' thread) before
  // ending the process.
  class UndoGuard {
   public:
    explicit UndoGuard(Interruption& owner) : owner_(owner) {}
    ~UndoGuard() { owner_.set_undo({}); }
    UndoGuard(const UndoGuard&) = delete;
    UndoGuard& operator=(const UndoGuard&) = delete;

   private:
    Interruption& owner_;
  };
  [[nodiscard]] UndoGuard undo_if_stopped_at_once(std::function<void()> undo) {
    set_undo(std::move(undo));
    return UndoGuard(*this);
  }

 private:
  void wait_for_signals();
  void set_undo(std::function<void()> undo) {
    const std::lock_guard lock(undo_mutex_);
    undo_ = std::move(undo);
  }

  sigset_t signals_{};
  std::atomic<bool> requested_{false};
  std::atomic<int> signal_{0};
  std::atomic<bool> closing_{false};
  std::mutex undo_mutex_;  // held while undo_ runs, so its guard's end waits for it
  std::function<void()> undo_;
  std::thread waiter_;
};

}  // namespace caresim::cli
