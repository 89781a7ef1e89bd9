#include "report/run_settings.hpp"

#include "kernel/calendar.hpp"

namespace caresim::report {

void check_run_settings(const JsonReader& reader, const Json& json) {
  const auto start_date = reader.get<std::string>(json, "", "start_date");
  if (!kernel::Date::parse(start_date)) reader.fail("must be a date written YYYY-MM-DD, got '" + start_date + "'", "start_date");
  const auto at_least = [&reader](const char* key, int least, int value) {
    if (value < least) reader.fail("must be >= " + std::to_string(least) + ", got " + std::to_string(value), key);
  };
  at_least("replications", 1, reader.get<int>(json, "", "replications"));
  at_least("years", 1, reader.get<int>(json, "", "years"));
  at_least("warmup_years", 0, reader.get_or(json, "", "warmup_years", 0));
  if (const auto seed = reader.get<Json>(json, "", "seed"); !seed.is_number_unsigned())
    reader.fail("must be a whole number from 0 to 18446744073709551615, got " + seed.dump(), "seed");
}

}  // namespace caresim::report
