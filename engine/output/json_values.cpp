#include "output/json_values.hpp"

#include <cmath>

namespace caresim::output {

Json summary_json_value(const std::optional<stats::Summary>& s) {
  if (!s) return Json{{"mean", nullptr}, {"ci95", {nullptr, nullptr}}, {"p05", nullptr}, {"p50", nullptr},
                      {"p95", nullptr}, {"n", 0}};
  return Json{{"mean", s->mean}, {"ci95", {s->ci95_low, s->ci95_high}}, {"p05", s->p05},
              {"p50", s->p50}, {"p95", s->p95}, {"n", s->n}};
}

Json precision_json_value(const run::PrecisionOutcome& outcome) {
  Json targets = Json::object();
  Json achieved = Json::object();
  for (std::size_t t = 0; t < outcome.asked.targets.size(); ++t) {
    const auto& target = outcome.asked.targets[t];
    targets[target.kpi] = target.half_width;
    const double width = outcome.half_widths[t];
    achieved[target.kpi] = std::isfinite(width) ? Json(width) : Json(nullptr);  // null: too few values
  }
  return Json{{"of", outcome.of_differences ? "paired difference from the first scenario" : "mean"},
              {"targets", targets},
              {"half_widths", achieved},
              {"reached", outcome.reached},
              {"batch", outcome.asked.batch},
              {"max_replications", outcome.asked.max_replications}};
}

}  // namespace caresim::output
