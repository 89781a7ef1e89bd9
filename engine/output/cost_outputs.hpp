// The cost outputs of a run directory: costs.csv (each financial year by cost line, across
// replications) and the note in summary.json that says how costs were counted, or that they
// are off.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "run/scenario_aggregate.hpp"
#include "scenario/scenario.hpp"

namespace caresim::output {

// `financial_year,line,mean,p05,p50,p95,ci95_low,ci95_high`, one row per year and line, the
// lines as in `cost.<line>` and `total` for cost_total_gbp.
std::string costs_csv(const run::ScenarioAggregate& aggregate);
// `replication,financial_year,<line>...,total`: each replication's cost of each year by line,
// from which a finance officer can check costs.csv's intervals and work out others.
std::string costs_by_replication_csv(const run::ScenarioAggregate& aggregate);

nlohmann::ordered_json costs_note(const scenario::Scenario& scenario);

}  // namespace caresim::output
