// Reports for people, from the files of a finished run or compare directory: report.html (for
// boards) and report.xlsx (for finance teams), written beside those files.
#pragma once

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

namespace caresim::report {

// Reads `directory` (a run's or a compare's output) and writes report.html and report.xlsx
// into it, both or neither: they are written in a hidden folder there first
// (report_staging_directory) and renamed into place once both are complete. A sweep's
// directory (sweep.json) gets report.html only, over its values; each value's run directory
// has its own pair. Throws ScenarioError when the directory is not caresim output or its
// files are damaged, or something other than a file stands where a report goes (exit 2),
// std::runtime_error when a file cannot be written. Returns the names of the files written:
// none when `stop` was set before they were moved into place (what was staged is removed).
// Where signals only set `stop` (as caresim's do), none can come between the renames; where
// a signal ends the process at once, its undo calls settle_staged_reports: the pair stays
// whole either way.
std::vector<std::string> write_reports(const std::filesystem::path& directory, const std::atomic<bool>* stop = nullptr);

// Where this process's write_reports stages the reports of `directory`.
std::filesystem::path report_staging_directory(const std::filesystem::path& directory);
// Ends what write_reports has staged in `directory`, leaving the old pair of reports or the new,
// never one of each: a pair it has begun to move into place is completed, anything else staged
// is taken away. Safe from another thread while write_reports works there (a second signal's
// undo), which then cannot leave anything behind.
void settle_staged_reports(const std::filesystem::path& directory);

}  // namespace caresim::report
