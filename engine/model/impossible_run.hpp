// A scenario the loader accepts but the model cannot run, because its mechanisms together
// would never let simulated time move on. Wrong input, like a loading error (exit code 2),
// only found while running.
#pragma once

#include <stdexcept>

namespace caresim::model {

class ImpossibleRun : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace caresim::model
