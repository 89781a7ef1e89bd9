#include "report/write_reports.hpp"

#include <fstream>
#include <stdexcept>
#include <string>
#include <system_error>

#include <unistd.h>

#include "report/html_report.hpp"
#include "report/report_inputs.hpp"
#include "report/sweep_files.hpp"
#include "report/sweep_report.hpp"
#include "report/workbook_report.hpp"
#include "scenario/scenario_error.hpp"

namespace caresim::report {
namespace fs = std::filesystem;
namespace {

// Something other than a file standing where a report goes is found before any report is
// written, not after one is in place.
void check_replaceable(const fs::path& final_name) {
  std::error_code error;
  const fs::file_status present = fs::symlink_status(final_name, error);
  if (fs::exists(present) && !fs::is_regular_file(present) && !fs::is_symlink(present))
    throw scenario::ScenarioError({{final_name.string(), 0, 0, "is not a file, and stands where the report goes; move it away", ""}});
}

// The hidden folder the reports are written in, beside their final place, until both are
// complete and move into place; removed then, or if anything fails first.
class StagingFolder {
 public:
  explicit StagingFolder(const fs::path& directory) : directory_(directory), path_(report_staging_directory(directory)) {
    fs::remove_all(path_);
    fs::create_directory(path_);
  }
  ~StagingFolder() { settle_staged_reports(directory_); }
  StagingFolder(const StagingFolder&) = delete;
  StagingFolder& operator=(const StagingFolder&) = delete;

  fs::path staged(const std::string& name) const { return path_ / name; }
  void move_into_place(const std::string& name) const { fs::rename(path_ / name, directory_ / name); }

 private:
  fs::path directory_;
  fs::path path_;
};

void write_text(const fs::path& file, const std::string& text, const fs::path& final_name) {
  std::ofstream out(file, std::ios::binary);
  out << text;
  out.close();
  if (!out) throw std::runtime_error("cannot write " + final_name.string());
}

}  // namespace

fs::path report_staging_directory(const fs::path& directory) {
  return directory / (".report.partial-" + std::to_string(::getpid()));
}

// A pair half moved into place is completed: report.html goes first and is written first, so
// a staged workbook without its page means the page is in place already. What is left is moved
// aside in one step, then removed: a writer still at work beside the caller then finds no
// folder to write into, so nothing it writes can stay behind.
void settle_staged_reports(const fs::path& directory) {
  std::error_code ignored;
  const fs::path staging = report_staging_directory(directory);
  if (!fs::exists(staging / "report.html", ignored) && fs::exists(staging / "report.xlsx", ignored))
    fs::rename(staging / "report.xlsx", directory / "report.xlsx", ignored);
  const fs::path discarded = directory / (".report.discarded-" + std::to_string(::getpid()));
  fs::rename(staging, discarded, ignored);
  // A file a writer was creating as the folder moved may land after the removal has listed
  // it, leaving the folder not empty: once more takes it.
  for (int attempt = 0; attempt < 3 && fs::exists(discarded, ignored); ++attempt) fs::remove_all(discarded, ignored);
}

std::vector<std::string> write_reports(const fs::path& directory, const std::atomic<bool>* stop) {
  const auto stopped = [stop] { return stop && stop->load(); };
  if (is_sweep_directory(directory)) {
    check_replaceable(directory / "report.html");
    const StagingFolder staging(directory);
    write_text(staging.staged("report.html"), sweep_report(read_sweep_files(directory)), directory / "report.html");
    if (stopped()) return {};
    staging.move_into_place("report.html");
    return {"report.html"};
  }
  const ReportInputs inputs = read_report_inputs(directory);
  const ReportContent content = report_content(inputs);

  check_replaceable(directory / "report.html");
  check_replaceable(directory / "report.xlsx");
  const StagingFolder staging(directory);
  write_text(staging.staged("report.html"), html_report(inputs, content), directory / "report.html");
  write_workbook(inputs, content, staging.staged("report.xlsx"));

  if (stopped()) return {};
  staging.move_into_place("report.html");
  staging.move_into_place("report.xlsx");
  return {"report.html", "report.xlsx"};
}

}  // namespace caresim::report
