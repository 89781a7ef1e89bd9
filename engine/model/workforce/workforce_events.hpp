// The workforce's own kernel events, scheduled under Process::workforce.
#pragma once

#include <cstdint>

#include "model/process_kinds.hpp"

namespace caresim::model {

enum class WorkforceEvent : std::uint32_t {
  allocate_on_entry,    // subject: child; just after ChildEntered, once the care system has planned the stay
  transfer_case,        // subject: child
  case_moves,           // subject: child
  worker_leaves,        // subject: worker; a chance to leave, taken by thinning
  recruit_starts,       // subject: post
  agency_cover_starts,  // subject: post
  sickness_starts,      // subject: worker
  sickness_ends,        // subject: worker
  change_starts,        // the social workers' settings change (SocialWorkersSpec::change)
  adviser_due,          // subject: child; the young person reaches the PA policy age
  support_ends          // subject: young person; 21st or 25th birthday
};

constexpr std::uint32_t kind(WorkforceEvent event) { return event_kind(Process::workforce, event); }

}  // namespace caresim::model
