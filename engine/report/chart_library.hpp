// The charting library (Vega and Vega-Lite from npm, see package.json), minified, to inline in
// report.html. Its source is generated at build time from engine/report/node_modules.
#pragma once

#include <string_view>
#include <vector>

namespace caresim::report {

// The scripts in the order they must load: Vega, then Vega-Lite.
const std::vector<std::string_view>& chart_library_scripts();

}  // namespace caresim::report
