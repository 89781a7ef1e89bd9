// The DfE's line for a placement far from home: "placed more than 20 miles from home".
#pragma once

namespace caresim::metrics {

inline constexpr double kFarFromHomeMiles = 20;

}  // namespace caresim::metrics
