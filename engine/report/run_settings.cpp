#include "report/run_settings.hpp"

#include "kernel/calendar.hpp"

namespace caresim::report {

RunSettings read_run_settings(const JsonReader& reader, const Json& json) {
  RunSettings settings;
  settings.start_date = reader.get<std::string>(json, "", "start_date");
  if (!kernel::Date::parse(settings.start_date))
    reader.fail("must be a date written YYYY-MM-DD, got '" + settings.start_date + "'", "start_date");
  const auto at_least = [&reader](const char* key, int least, int value) {
    if (value < least) reader.fail("must be >= " + std::to_string(least) + ", got " + std::to_string(value), key);
    return value;
  };
  settings.replications = at_least("replications", 1, reader.whole_number<int>(json, "", "replications"));
  settings.years = at_least("years", 1, reader.whole_number<int>(json, "", "years"));
  settings.warmup_years = at_least("warmup_years", 0, reader.whole_number_or(json, "", "warmup_years", 0));
  settings.seed = reader.whole_number<std::uint64_t>(json, "", "seed");
  return settings;
}

}  // namespace caresim::report
