#include "scenario/read_sections.hpp"

namespace caresim::scenario {

RunSettings read_run(MapReader run) {
  RunSettings settings;
  settings.start_date = run.required<kernel::Date>("start_date");
  settings.years = run.required<int>("years", kYearsOfARun);
  settings.warmup_years = run.or_default<int>("warmup_years", 0, Range{0, false, kYearsOfARun.high});
  settings.replications = run.or_default<int>("replications", 1, at_least(1));
  settings.seed = run.or_default<std::uint64_t>("seed", 1);
  settings.threads = run.or_default<int>("threads", 0, Range{0, false, kMostThreads});  // 0: every core
  return settings;
}

}  // namespace caresim::scenario
