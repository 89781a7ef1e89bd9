#include "run/replication.hpp"

#include "kernel/agenda.hpp"
#include "metrics/recorder.hpp"
#include "model/care_system.hpp"

namespace caresim::run {

ReplicationResult run_replication(const scenario::Scenario& scenario, std::uint64_t replication) {
  const kernel::Date start = scenario.run.start_date;
  const kernel::Clock clock(start.plus_years(-scenario.run.warmup_years));
  const metrics::ReportingWindow window{clock.start_of(start),
                                        clock.start_of(start.plus_years(scenario.run.years))};

  kernel::Agenda agenda;
  model::EventPublisher publisher;
  metrics::Recorder recorder(window);
  recorder.subscribe_to(publisher);

  model::CareSystem care(scenario, replication, clock, agenda, publisher);
  care.start();
  agenda.run_until(window.end, care);

  return {recorder.report(), agenda.events_processed()};
}

}  // namespace caresim::run
