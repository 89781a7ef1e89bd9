// How statistics are written in the JSON outputs: a summary as {"mean", "ci95", "p05", ...},
// a precision outcome as what was asked and what was reached; n/a as null.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "run/precision.hpp"
#include "stats/summary.hpp"

namespace caresim::output {

using Json = nlohmann::ordered_json;

Json summary_json_value(const std::optional<stats::Summary>& summary);
Json precision_json_value(const run::PrecisionOutcome& outcome);

}  // namespace caresim::output
