// Report inputs made by hand, so a test states the numbers a sentence or chart is built from.
#pragma once

#include <string>
#include <vector>

#include "report/report_inputs.hpp"

namespace caresim::testing {

inline report::KpiStat kpi(std::string name, double mean, double low, double high) {
  return {std::move(name), mean, low, high, low, mean, high};
}

// A run of `years` years from 1 April 2025 with the given KPIs and monthly series rows.
inline report::RunFiles run_files(std::string scenario, std::vector<report::KpiStat> kpis,
                                  std::vector<report::QuantileRow> series = {}, int years = 5) {
  report::RunFiles run;
  run.summary.scenario = std::move(scenario);
  run.summary.start_date = "2025-04-01";
  run.summary.replications = 100;
  run.summary.seed = 1;
  run.summary.years = years;
  run.summary.kpis = std::move(kpis);
  run.timeseries = std::move(series);
  return run;
}

inline report::ComparedValue compared(std::string scenario, double mean, double difference, double low, double high) {
  report::ComparedValue v;
  v.scenario = std::move(scenario);
  v.mean = mean;
  v.ci95_low = v.ci95_high = mean;
  v.difference = difference;
  v.difference_ci95_low = low;
  v.difference_ci95_high = high;
  return v;
}

}  // namespace caresim::testing
