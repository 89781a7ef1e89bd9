// Test helper: one replication of a scenario run by hand, for tests that watch the model's
// facts or check its state after every event. It owns the clock, the agenda, the publisher
// and the model (a CareSystem, or a World with every process the scenario has).
#pragma once

#include <cassert>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <utility>

#include "kernel/agenda.hpp"
#include "model/world.hpp"

namespace caresim::testing {

template <class Model>
class ModelRun {
  struct NoCheck {
    void operator()(const Model&) const {}
  };

 public:
  // Keeps its own copy of the scenario, which the model refers to. The clock starts on the
  // scenario's start date unless one is given (one that starts earlier, for a warm-up).
  ModelRun(scenario::Scenario scenario, std::uint64_t replication, std::optional<kernel::Clock> clock = std::nullopt)
      : scenario_(std::move(scenario)),
        replication_(replication),
        clock_(clock.value_or(kernel::Clock(scenario_.run.start_date))) {}
  ModelRun(const ModelRun&) = delete;  // the publisher holds the model's address, and the model ours
  ModelRun& operator=(const ModelRun&) = delete;

  // Subscribe observers before the model is built: they then hear every fact it publishes,
  // from the start, and before the model's own processes do.
  model::EventPublisher& publisher() { return publisher_; }
  const kernel::Clock& clock() const { return clock_; }
  const kernel::Agenda& agenda() const { return agenda_; }

  // No event after `end` is kept, as in a real run; the model reads it (entries on a trend
  // stop there), so it is set before the model is built.
  void end_at(kernel::Ticks end) { agenda_.end_at(end); }

  // Builds the model, once, for a test that holds it: an observer that looks at its state, or
  // the test itself after the run. The run builds it otherwise.
  Model& build() {
    assert(!model_ && "built once: the publisher holds its address");
    return model_.emplace(scenario_, replication_, clock_, agenda_, publisher_);
  }

  // Starts the model on the first run, then hands it every event up to and including `end`,
  // calling `check(model)` after each. A check passed by name keeps what it counted.
  template <class Check = NoCheck>
  void run_until(kernel::Ticks end, Check&& check = {}) {
    Model& model = model_ ? *model_ : build();
    if (!started_) model.start();
    started_ = true;
    struct Checked {
      Model& model;
      std::remove_reference_t<Check>& check;
      void handle(const kernel::Event& e) {
        model.handle(e);
        check(model);
      }
    } checked{model, check};
    agenda_.run_until(end, checked);
  }
  // Runs `years` from the scenario's start date.
  template <class Check = NoCheck>
  void run_years(int years, Check&& check = {}) {
    run_until(clock_.start_of(scenario_.run.start_date.plus_years(years)), std::forward<Check>(check));
  }

 private:
  const scenario::Scenario scenario_;
  const std::uint64_t replication_;
  const kernel::Clock clock_;
  kernel::Agenda agenda_;
  model::EventPublisher publisher_;
  std::optional<Model> model_;  // built on the publisher as subscribed by then
  bool started_ = false;
};

}  // namespace caresim::testing
