#include "cli/interruption.hpp"

#include <pthread.h>

#include <cstdio>
#include <cstdlib>

namespace caresim::cli {

Interruption::Interruption() {
  sigemptyset(&signals_);
  sigaddset(&signals_, SIGINT);
  sigaddset(&signals_, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
  waiter_ = std::thread([this] { wait_for_signals(); });
}

Interruption::~Interruption() {
  closing_ = true;
  pthread_kill(waiter_.native_handle(), SIGTERM);  // wakes the waiter, which is closing
  waiter_.join();
}

std::string Interruption::signal_name() const { return signal_ == SIGTERM ? "SIGTERM" : "SIGINT"; }

void Interruption::wait_for_signals() {
  for (;;) {
    int received = 0;
    if (sigwait(&signals_, &received) != 0 || closing_) return;
    if (requested_) {
      std::fprintf(stderr, "\ncaresim: stopped at once by a second %s\n", received == SIGTERM ? "SIGTERM" : "SIGINT");
      const std::lock_guard lock(undo_mutex_);
      if (undo_) undo_();
      std::_Exit(128 + received);
    }
    signal_ = received;
    requested_ = true;
  }
}

}  // namespace caresim::cli
