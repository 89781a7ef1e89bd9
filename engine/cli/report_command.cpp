// `caresim report`: the reports of a run or compare directory, written again from its files.
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "report/write_reports.hpp"
#include "run/experiment.hpp"

namespace caresim::cli {

int report_command(const std::string& directory, const std::atomic<bool>& stop) {
  const std::vector<std::string> written = report::write_reports(directory, &stop);
  if (written.empty()) throw run::Stopped();
  for (const std::string& file : written) spdlog::info("wrote {}/{}", directory, file);
  return 0;
}

}  // namespace caresim::cli
