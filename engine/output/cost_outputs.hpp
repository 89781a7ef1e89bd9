// The cost outputs of `caresim run`: costs.csv (each financial year by cost line, across
// replications) and the note in summary.json that says how costs were counted, or that they
// are off.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "run/experiment.hpp"
#include "scenario/scenario.hpp"

namespace caresim::output {

// `financial_year,line,mean,p05,p50,p95,ci95_low,ci95_high`, one row per year and line, the
// lines as in `cost.<line>` and `total` for cost_total_gbp.
std::string costs_csv(const run::ExperimentResult& result);

nlohmann::ordered_json costs_note(const scenario::Scenario& scenario);

}  // namespace caresim::output
