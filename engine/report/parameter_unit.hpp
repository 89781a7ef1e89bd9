// The unit of a scenario value, read from its key as the scenario files promise ("units live
// in key names"): median_days -> days, entries_per_year -> per year, weekly_gbp_per_week -> £
// per week; the shares and chances of a map are read from the map's key.
#pragma once

#include <string>

namespace caresim::report {

// "" when the key says nothing about a unit (a count, a name, a shape parameter).
std::string parameter_unit(const std::string& key_path);

}  // namespace caresim::report
