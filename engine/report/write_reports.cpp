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

// A file being written beside its final name; removed unless it was moved into place. Whatever
// holds the final name must be a file the report may replace, which is checked at once: a
// directory in its way is found before any report is written, not after one is in place.
class StagedFile {
 public:
  StagedFile(const fs::path& directory, const std::string& name)
      : staged_(directory / ("." + name + ".partial-" + std::to_string(::getpid()))), final_(directory / name) {
    std::error_code error;
    const fs::file_status present = fs::symlink_status(final_, error);
    if (fs::exists(present) && !fs::is_regular_file(present) && !fs::is_symlink(present))
      throw scenario::ScenarioError({{final_.string(), 0, 0, "is not a file, and stands where the report goes; move it away", ""}});
  }
  ~StagedFile() {
    std::error_code ignored;
    fs::remove(staged_, ignored);
  }
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;

  const fs::path& path() const { return staged_; }
  void move_into_place() const { fs::rename(staged_, final_); }

 private:
  fs::path staged_;
  fs::path final_;
};

void write_text(const fs::path& file, const std::string& text, const fs::path& final_name) {
  std::ofstream out(file, std::ios::binary);
  out << text;
  out.close();
  if (!out) throw std::runtime_error("cannot write " + final_name.string());
}

}  // namespace

std::vector<std::string> write_reports(const fs::path& directory, const std::atomic<bool>* stop) {
  const auto stopped = [stop] { return stop && stop->load(); };
  if (is_sweep_directory(directory)) {
    const StagedFile html(directory, "report.html");
    write_text(html.path(), sweep_report(read_sweep_files(directory)), directory / "report.html");
    if (stopped()) return {};
    html.move_into_place();
    return {"report.html"};
  }
  const ReportInputs inputs = read_report_inputs(directory);
  const ReportContent content = report_content(inputs);

  const StagedFile html(directory, "report.html");
  const StagedFile workbook(directory, "report.xlsx");
  write_text(html.path(), html_report(inputs, content), directory / "report.html");
  write_workbook(inputs, content, workbook.path());

  if (stopped()) return {};
  html.move_into_place();
  workbook.move_into_place();
  return {"report.html", "report.xlsx"};
}

}  // namespace caresim::report
