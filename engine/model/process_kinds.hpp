// Every process of the model schedules kernel events under its own tag, so one event loop can
// route each event back to the process that scheduled it: the tag in the high bits of the
// event's kind, the process's own event in the low bits.
#pragma once

#include <cstdint>

namespace caresim::model {

enum class Process : std::uint32_t { care = 0, carer_supply = 1, workforce = 2 };

template <class ProcessEvent>
constexpr std::uint32_t event_kind(Process process, ProcessEvent event) {
  return static_cast<std::uint32_t>(process) << 16 | static_cast<std::uint32_t>(event);
}
constexpr Process process_of(std::uint32_t kind) { return static_cast<Process>(kind >> 16); }
template <class ProcessEvent>
constexpr ProcessEvent process_event_of(std::uint32_t kind) {
  return static_cast<ProcessEvent>(kind & 0xFFFFu);
}

}  // namespace caresim::model
