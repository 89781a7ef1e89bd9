// `caresim report`: the reports of a run or compare directory, written again from its files.
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "report/write_reports.hpp"

namespace caresim::cli {

int report_command(const std::string& directory) {
  for (const std::string& file : report::write_reports(directory)) spdlog::info("wrote {}/{}", directory, file);
  return 0;
}

}  // namespace caresim::cli
