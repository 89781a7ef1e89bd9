// Facts counted by the month they fall in, as the model publishes them: the observations of a
// seasonal process's rate.
#pragma once

#include <cstdint>
#include <map>

#include "model_run.hpp"

namespace caresim::testing {

// The facts of type Fact that `counted` keeps (all, without it) in a run of Model from the
// clock's start until `end`, by month (its first day -> count).
template <class Model, class Fact>
std::map<kernel::Date, long> counts_by_month(const scenario::Scenario& s, std::uint64_t replication,
                                             const kernel::Clock& clock, kernel::Ticks end,
                                             bool (*counted)(const Fact&) = nullptr) {
  ModelRun<Model> run(s, replication, clock);
  run.end_at(end);
  struct Counts final : model::CareObserver {
    const kernel::Clock* clock = nullptr;
    bool (*counted)(const Fact&) = nullptr;
    std::map<kernel::Date, long> by_month;
    void on(const Fact& e) override {
      if (counted && !counted(e)) return;
      const kernel::Date day = clock->date_at(e.time);
      ++by_month[kernel::Date::from_ymd(day.year(), day.month(), 1)];
    }
  } counts;
  counts.clock = &clock;
  counts.counted = counted;
  run.publisher().template subscribe<Fact>(counts);
  run.run_until(end);
  return counts.by_month;
}

}  // namespace caresim::testing
