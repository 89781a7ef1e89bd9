// The supply of in-house foster carers in one replication: enquiries arrive (seasonal, word
// of mouth, campaigns, a fee uplift), some apply and are assessed, and approved households
// join the care system's pool; each household then fosters for a career drawn from its
// tenure's deregistration hazard, may move to an agency, be trained to a higher skill or
// converted to other ages. It changes the pool only through CareSystem's public calls.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "kernel/agenda.hpp"
#include "kernel/calendar_rate.hpp"
#include "kernel/random_stream.hpp"
#include "model/care_system.hpp"
#include "model/career_hazard.hpp"
#include "model/household_profiles.hpp"

namespace caresim::model {

enum class CarerSupplyEvent : std::uint32_t {
  month_starts,
  enquiry_arrives,
  assessment_starts,
  assessment_ends,
  household_joins_from_ifa,
  household_leaves_fostering,
  household_moves_to_ifa,
  skill_rises,
  age_range_converts
};

class CarerSupply final : public CareObserver {
 public:
  CarerSupply(const scenario::Scenario& scenario, std::uint64_t replication, const kernel::Clock& clock,
              kernel::Agenda& agenda, const EventPublisher& publisher, CareSystem& care);

  // Plans the careers of the households the care system started with, and the first month
  // of enquiries. Call after CareSystem::start. With children.in_care_at_start:
  // steady_state, the carers start settled too: some households resigned before the start
  // and foster on only until their children leave, and assessments are under way.
  void start();
  void handle(const kernel::Event& event);

  // The number of approved households, for word of mouth.
  void on(const HouseholdApproved&) override { ++households_; }
  void on(const HouseholdDeregistered&) override { --households_; }

 private:
  void resign_before_start_or_plan_careers();
  void start_assessments_under_way();
  void assessment_before_start(EnquirySource source, kernel::Ticks enquired);
  void month_starts();
  void enquiry_arrives(EnquirySource source);
  void assessment_starts(EnquirySource source, bool approved);
  void assessment_ends(EnquirySource source, bool approved);
  void household_joins_from_ifa();
  void skill_rises(HouseholdId id);
  void age_range_converts(HouseholdId id);

  void approve(kernel::RandomStream& stream, HouseholdOrigin origin);
  void plan_career(HouseholdId id, double tenure_years, kernel::RandomStream& stream);
  void plan_skill_rise(HouseholdId id);
  void plan_conversion(HouseholdId id);
  void draw_arrivals(kernel::RandomStream& stream, double per_day, kernel::Ticks from, kernel::Ticks to,
                     CarerSupplyEvent event, std::uint32_t subject);
  double word_of_mouth_enquiries_per_day() const;
  const scenario::DistributionSpec& assessment_time(bool approved) const;  // or time to withdrawal
  double usual_enquiries_per_day(kernel::Ticks from, kernel::Ticks month_end) const;
  bool fee_uplift_applies() const { return spec_.fee_uplift && now() >= fee_start_; }
  void schedule_household_event(double years, CarerSupplyEvent event, HouseholdId id);
  kernel::Ticks now() const { return agenda_.now(); }

  const scenario::CarerSupplySpec& spec_;
  const kernel::Clock& clock_;
  const kernel::CalendarRate usual_enquiry_rate_;  // the usual enquiries' month shares and trend
  kernel::Agenda& agenda_;
  const EventPublisher& publish_;
  CareSystem& care_;
  const HouseholdProfiles profiles_;
  const CareerHazard career_;
  const kernel::Ticks run_end_;
  const bool settled_start_;  // children.in_care_at_start: steady_state
  kernel::Ticks campaign_start_ = 0, campaign_end_ = 0;
  kernel::Ticks fee_start_ = 0;  // 0 when the uplift applies for the whole run
  double fee_enquiry_factor_ = 1, fee_deregistration_factor_ = 1;
  long households_ = 0;

  // One stream per enquiry source: an enquiry's fate and its household's career come from
  // its source's stream, so a campaign leaves the usual recruits' draws untouched.
  std::array<kernel::RandomStream, kEnquirySourceCount> enquiries_;
  kernel::RandomStream joiners_;     // households joining from agencies
  kernel::RandomStream careers_;     // the careers of the starting households
  kernel::RandomStream training_;
  kernel::RandomStream conversions_;
  // A settled start's own draws, apart so that neither shifts the other (nor the run's).
  kernel::RandomStream enquiries_before_start_;
  kernel::RandomStream resignations_before_start_;
};

}  // namespace caresim::model
