// The kernel event kinds of the care process, tagged with its process.
#pragma once

#include "model/care_system.hpp"
#include "model/process_kinds.hpp"

namespace caresim::model {

constexpr std::uint32_t kind(CareEvent e) { return event_kind(Process::care, e); }

}  // namespace caresim::model
