// `caresim report`: the reports of a run or compare directory, written again from its files.
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "report/write_reports.hpp"

namespace caresim::cli {

int report_command(const std::string& directory) {
  report::write_reports(directory);
  spdlog::info("wrote {0}/report.html and {0}/report.xlsx", directory);
  return 0;
}

}  // namespace caresim::cli
