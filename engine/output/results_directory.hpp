// What a results directory may hold, so that --out replaces earlier results and nothing else.
#pragma once

#include <filesystem>
#include <string>

namespace caresim::output {

// The first entry of `directory` that is not earlier results (the files a run, a sweep or a
// comparison writes, their run directories one level down, a report left half-written), so
// that replacing the directory would lose someone's own file; "" if there is none. A
// directory that cannot be listed, or holds no summary.json, sweep.json or comparison.json,
// is not results either. Every file the writers add must be listed here (the CLI tests
// replace each kind of results with new ones).
std::string first_foreign_entry(const std::filesystem::path& directory);

}  // namespace caresim::output
