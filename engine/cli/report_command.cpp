// `caresim report`: the reports of a run or compare directory, written again from its files.
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "report/write_reports.hpp"
#include "run/experiment.hpp"

namespace caresim::cli {

int report_command(const std::string& directory, Interruption& interruption) {
  // A second signal ends the process at once, taking away the reports staged so far (or
  // completing the pair, if it was being moved into place).
  const auto undo = interruption.undo_if_stopped_at_once([&directory] { report::settle_staged_reports(directory); });
  const std::vector<std::string> written = report::write_reports(directory, &interruption.requested());
  if (written.empty()) throw run::Stopped();
  for (const std::string& file : written) spdlog::info("wrote {}/{}", directory, file);
  return 0;
}

}  // namespace caresim::cli
