// A scenario the loader accepts but the model cannot run, because its mechanisms together
// would never let simulated time move on. Wrong input, like a loading error (exit code 2,
// located where the cause is written), only found while running.
#pragma once

#include "scenario/scenario_error.hpp"

namespace caresim::model {

class ImpossibleRun : public scenario::ScenarioError {
 public:
  explicit ImpossibleRun(scenario::Diagnostic problem) : ScenarioError({std::move(problem)}) {}
};

}  // namespace caresim::model
