// Names for the scenarios of a comparison or sweep that tell them apart: labels for the
// comparison files, and run directory names that any filesystem accepts.
#pragma once

#include <string>
#include <vector>

namespace caresim::output {

// The names as given, a repeated one followed by " (2)", " (3)", ... in order.
std::vector<std::string> distinct_labels(const std::vector<std::string>& names);

// Each name as a slug: lower-case letters, digits, '.', '_' and '-', any run of other
// characters one '-' ("More carers: 2027!" is "more-carers-2027"), cut to its first 64
// characters; "scenario" for a name with none of these. A repeated slug (two long names that
// begin alike), or one that is the name of a file written beside the run directories
// (comparison.json, sweep.csv, ...), is followed by "-2", "-3", ...
std::vector<std::string> directory_names(const std::vector<std::string>& names);

}  // namespace caresim::output
