#include "run/replication.hpp"

#include "kernel/agenda.hpp"
#include "metrics/recorder.hpp"
#include "model/world.hpp"

namespace caresim::run {

ReplicationResult run_replication(const scenario::Scenario& scenario, std::uint64_t replication) {
  const kernel::Date start = scenario.run.start_date;
  const kernel::Clock clock(start.plus_years(-scenario.run.warmup_years));
  const auto window = metrics::ReportingWindow::of(clock, start, scenario.run.years);

  kernel::Agenda agenda;
  agenda.end_at(window.end);
  model::EventPublisher publisher;
  metrics::Recorder recorder(window, scenario);
  recorder.subscribe_to(publisher);

  model::World world(scenario, replication, clock, agenda, publisher);
  world.start();
  agenda.run_until(window.end, world);

  return {recorder.report(), agenda.events_processed()};
}

}  // namespace caresim::run
