#include "model/carer_supply.hpp"

#include <algorithm>
#include <cmath>

#include <boost/random/poisson_distribution.hpp>

#include "kernel/variates.hpp"
#include "model/calendar_trend.hpp"
#include "model/distribution_sampler.hpp"
#include "model/process_kinds.hpp"

namespace caresim::model {
namespace {

constexpr auto kind(CarerSupplyEvent e) { return event_kind(Process::carer_supply, e); }
constexpr std::uint32_t kApproved = 0x100;  // in an assessment's subject, beside its source

std::uint32_t assessment_subject(EnquirySource source, bool approved) {
  return static_cast<std::uint32_t>(source) | (approved ? kApproved : 0u);
}

// A Poisson number of arrivals at `per_day` from `from` to `to`, spread evenly: `f(time)` for
// each, in the order drawn.
template <class F>
void draw_arrival_times(kernel::RandomStream& stream, double per_day, kernel::Ticks from, kernel::Ticks to, F f) {
  const double mean = per_day * kernel::ticks_to_days(to - from);
  if (mean <= 0) return;
  const int count = boost::random::poisson_distribution<int, double>(mean)(stream);
  for (int i = 0; i < count; ++i) f(from + static_cast<kernel::Ticks>(stream.uniform01() * static_cast<double>(to - from)));
}

}  // namespace

CarerSupply::CarerSupply(const scenario::Scenario& scenario, std::uint64_t replication, const kernel::Clock& clock,
                         kernel::Agenda& agenda, const EventPublisher& publisher, CareSystem& care)
    : spec_(*scenario.carer_supply),
      clock_(clock),
      usual_enquiry_rate_(clock, spec_.enquiry_month_shares, calendar_trend(spec_.enquiries_trend, scenario.run.start_date)),
      agenda_(agenda),
      publish_(publisher),
      care_(care),
      profiles_(care.household_profiles(spec_.new_households ? *spec_.new_households
                                                             : *scenario.provision.in_house_foster)),
      career_(spec_.deregistration_by_tenure, spec_.moves_to_ifa_per_year),
      run_end_(clock.start_of(scenario.run.start_date.plus_years(scenario.run.years))),
      settled_start_(scenario.children.in_care_at_start == scenario::InCareAtStart::steady_state),
      enquiries_{kernel::RandomStream(scenario.run.seed, replication, "enquiries"),
                 kernel::RandomStream(scenario.run.seed, replication, "word_of_mouth_enquiries"),
                 kernel::RandomStream(scenario.run.seed, replication, "campaign_enquiries"),
                 kernel::RandomStream(scenario.run.seed, replication, "fee_uplift_enquiries")},
      joiners_(scenario.run.seed, replication, "ifa_joiners"),
      careers_(scenario.run.seed, replication, "careers"),
      training_(scenario.run.seed, replication, "skills_training"),
      conversions_(scenario.run.seed, replication, "age_range_conversions"),
      enquiries_before_start_(scenario.run.seed, replication, "enquiries_before_start"),
      resignations_before_start_(scenario.run.seed, replication, "resignations_before_start") {
  if (const auto& campaign = spec_.campaign) {
    campaign_start_ = clock.start_of(campaign->start_date);
    campaign_end_ = clock.start_of(campaign->start_date.plus_years(campaign->years));
  }
  if (const auto& fee = spec_.fee_uplift) {
    fee_start_ = clock.begins_at(fee->start_date);
    fee_enquiry_factor_ = std::pow(1 + fee->share, fee->enquiries_elasticity);
    fee_deregistration_factor_ = std::pow(1 + fee->share, fee->deregistration_elasticity);
  }
}

void CarerSupply::start() {
  resign_before_start_or_plan_careers();
  if (settled_start_) start_assessments_under_way();
  month_starts();
}

// Each starting household's tenure is drawn as in a pool that has been recruiting for ever,
// so the start is not a cohort. In a settled start, a household fostering children may have
// resigned since the first of them came: it then fosters on until they leave, as any
// household that resigns does, and those who came after its resignation, which a resigned
// household takes no more, were placed elsewhere. How long each child (or group of siblings
// placed together) has been with it is not known, all being placed at the start; it is drawn
// as the time another will stay on, which in a steady state is alike in distribution (exact
// where placements end at a constant rate). The household resigned in the longest of those
// times with the chance its career hazard gives, at the time that hazard gives; if it did not,
// its tenure has grown by that time. Resignations after a breakdown are not among them, nor
// any where careers never end (a last tenure band with no hazard: there is no settled tenure).
void CarerSupply::resign_before_start_or_plan_careers() {
  const bool tenure_settles = career_.everyone_stops();
  std::vector<std::vector<CareSystem::FosteredUnit>> fostered;
  std::vector<double> years_left;  // of every unit fostered, to draw from
  if (settled_start_ && tenure_settles) {
    fostered = care_.units_fostered();
    for (const auto& units : fostered)
      for (const auto& unit : units) years_left.push_back(unit.years_left);
  }
  std::vector<double> years_with_it;
  const auto& households = care_.foster_pool().households();
  for (std::uint32_t i = 0; i < households.size(); ++i) {
    double tenure = tenure_settles ? career_.steady_state_tenure(careers_.uniform01()) : 0.0;
    if (!years_left.empty() && !fostered[i].empty()) {
      years_with_it.clear();
      for (std::size_t unit = 0; unit < fostered[i].size(); ++unit) {
        const auto pick =
            static_cast<std::size_t>(resignations_before_start_.uniform01() * static_cast<double>(years_left.size()));
        years_with_it.push_back(years_left[std::min(pick, years_left.size() - 1)]);
      }
      const double longest = *std::max_element(years_with_it.begin(), years_with_it.end());
      const double h = career_.cumulative(tenure);
      const double used = -std::log1p(-resignations_before_start_.uniform01());  // of an exponential(1) budget
      if (used < career_.cumulative(tenure + longest) - h) {
        const double years_since = tenure + longest - career_.tenure_at(h + used);
        // Which way it left is not told: its resignation is not one of the run's.
        care_.resign_household(HouseholdId{i}, ResignationReason::leaves_fostering, true);
        for (std::size_t unit = 0; unit < fostered[i].size(); ++unit)
          if (years_with_it[unit] < years_since) care_.place_elsewhere_at_start(fostered[i][unit].lead);
        continue;
      }
      tenure += longest;
    }
    plan_career(HouseholdId{i}, tenure, careers_);
  }
}

// The assessments under way at a settled start: the usual and word-of-mouth enquiries of the
// years before it, each with its fate drawn as in enquiry_arrives, of which those whose
// application or assessment ends after the start carry on. Five years reach back far enough
// for an application and an assessment many times as long as the eight months or so they
// take. Enquiries from campaigns, fee uplifts and agency joiners, which begin at the start at
// the earliest, are not among them, and neither is a fee uplift's effect.
void CarerSupply::start_assessments_under_way() {
  constexpr int kYearsBefore = 5;
  const kernel::Ticks start = now();
  const auto assess = [this](EnquirySource source) {
    return [this, source](kernel::Ticks enquired) { assessment_before_start(source, enquired); };
  };
  for (kernel::Ticks from = clock_.start_of(clock_.start().plus_years(-kYearsBefore)); from < start;) {
    const kernel::Ticks to = std::min(start, clock_.end_of(clock_.date_at(from).month_end()));
    draw_arrival_times(enquiries_before_start_, usual_enquiries_per_day(from, to), from, to,
                       assess(EnquirySource::usual));
    draw_arrival_times(enquiries_before_start_, word_of_mouth_enquiries_per_day(), from, to,
                       assess(EnquirySource::word_of_mouth));
    from = to;
  }
}

void CarerSupply::assessment_before_start(EnquirySource source, kernel::Ticks enquired) {
  kernel::RandomStream& stream = enquiries_before_start_;
  const double applies = stream.uniform01(), approved_draw = stream.uniform01();
  if (applies >= spec_.application_share) return;
  const bool approved = approved_draw < spec_.approval_share;
  const double delay = spec_.application_after ? draw(*spec_.application_after, stream) : 0.0;
  const kernel::Ticks applied = enquired + kernel::days_to_ticks(delay);
  const std::uint32_t subject = assessment_subject(source, approved);
  if (applied >= now()) return agenda_.schedule_at(applied, kind(CarerSupplyEvent::assessment_starts), subject);
  const kernel::Ticks ends = applied + kernel::days_to_ticks(draw(assessment_time(approved), stream));
  if (ends >= now()) agenda_.schedule_at(ends, kind(CarerSupplyEvent::assessment_ends), subject);
}

void CarerSupply::handle(const kernel::Event& event) {
  const auto source = static_cast<EnquirySource>(event.subject & 0xFFu);
  const bool approved = (event.subject & kApproved) != 0;
  const HouseholdId household{event.subject};
  switch (process_event_of<CarerSupplyEvent>(event.kind)) {
    case CarerSupplyEvent::month_starts: return month_starts();
    case CarerSupplyEvent::enquiry_arrives: return enquiry_arrives(source);
    case CarerSupplyEvent::assessment_starts: return assessment_starts(source, approved);
    case CarerSupplyEvent::assessment_ends: return assessment_ends(source, approved);
    case CarerSupplyEvent::household_joins_from_ifa: return approve(joiners_, HouseholdOrigin::from_ifa);
    case CarerSupplyEvent::household_leaves_fostering:
      return care_.resign_household(household, ResignationReason::leaves_fostering);
    case CarerSupplyEvent::household_moves_to_ifa:
      return care_.resign_household(household, ResignationReason::moves_to_ifa);
    case CarerSupplyEvent::skill_rises: return skill_rises(household);
    case CarerSupplyEvent::age_range_converts: return age_range_converts(household);
  }
}

// Each source's enquiries this month are a Poisson number at times spread evenly over the
// part of the month the source is on: rates are constant within a month.
void CarerSupply::month_starts() {
  const kernel::Ticks month_end = std::min(run_end_, clock_.end_of(clock_.date_at(now()).month_end()));
  if (month_end < run_end_) agenda_.schedule_at(month_end, kind(CarerSupplyEvent::month_starts), 0);

  const double usual = usual_enquiries_per_day(now(), month_end);
  const double word_of_mouth = word_of_mouth_enquiries_per_day();
  const auto arrivals = [&](EnquirySource source, double per_day, kernel::Ticks from, kernel::Ticks to) {
    draw_arrivals(enquiries_[static_cast<std::size_t>(source)], per_day, std::max(from, now()),
                  std::min(to, month_end), CarerSupplyEvent::enquiry_arrives, static_cast<std::uint32_t>(source));
  };
  arrivals(EnquirySource::usual, usual, now(), month_end);
  arrivals(EnquirySource::word_of_mouth, word_of_mouth, now(), month_end);
  if (spec_.campaign)
    arrivals(EnquirySource::campaign, spec_.campaign->extra_enquiries_per_year / kernel::kDaysPerYear, campaign_start_,
             campaign_end_);
  // A fee uplift that raises enquiries adds its own; one that lowers them thins the others.
  if (fee_enquiry_factor_ > 1)
    arrivals(EnquirySource::fee_uplift, (usual + word_of_mouth) * (fee_enquiry_factor_ - 1), fee_start_, month_end);
  draw_arrivals(joiners_, spec_.joins_from_ifa_households_per_year / kernel::kDaysPerYear, now(), month_end,
                CarerSupplyEvent::household_joins_from_ifa, 0);
}

void CarerSupply::draw_arrivals(kernel::RandomStream& stream, double per_day, kernel::Ticks from, kernel::Ticks to,
                                CarerSupplyEvent event, std::uint32_t subject) {
  draw_arrival_times(stream, per_day, from, to,
                     [this, event, subject](kernel::Ticks t) { agenda_.schedule_at(t, kind(event), subject); });
}

double CarerSupply::word_of_mouth_enquiries_per_day() const {
  return spec_.word_of_mouth_enquiries_per_household_per_year * static_cast<double>(households_) / kernel::kDaysPerYear;
}

const scenario::DistributionSpec& CarerSupply::assessment_time(bool approved) const {
  return approved || !spec_.withdrawal_after ? spec_.assessment : *spec_.withdrawal_after;
}

// The month's share of the year's enquiries, spread over its days (evenly without shares),
// and the trend at the middle of the part of the month from `from` to `month_end`: the
// month's mean rate to within a millionth for a trend of 5% a year, 1.5 in 10,000 for one
// doubling each year.
double CarerSupply::usual_enquiries_per_day(kernel::Ticks from, kernel::Ticks month_end) const {
  const double middle = kernel::ticks_to_days(from) + kernel::ticks_to_days(month_end - from) / 2;
  return spec_.enquiries_per_year / kernel::kDaysPerYear * usual_enquiry_rate_.multiple(middle);
}

// The enquiry's fate is drawn at once from its source's stream: whether a fee cut loses it,
// whether it becomes an application, and whether that ends in approval.
void CarerSupply::enquiry_arrives(EnquirySource source) {
  kernel::RandomStream& stream = enquiries_[static_cast<std::size_t>(source)];
  const double lost = stream.uniform01(), applies = stream.uniform01(), approved = stream.uniform01();
  const bool thinned = source == EnquirySource::usual || source == EnquirySource::word_of_mouth;
  if (thinned && fee_uplift_applies() && lost >= fee_enquiry_factor_) return;
  publish_.publish(EnquiryReceived{now(), source});
  if (applies >= spec_.application_share) return;
  const double delay = spec_.application_after ? draw(*spec_.application_after, stream) : 0.0;
  agenda_.schedule_in(kernel::days_to_ticks(delay), kind(CarerSupplyEvent::assessment_starts),
                      assessment_subject(source, approved < spec_.approval_share));
}

void CarerSupply::assessment_starts(EnquirySource source, bool approved) {
  publish_.publish(AssessmentStarted{now(), source});
  agenda_.schedule_in(kernel::days_to_ticks(draw(assessment_time(approved), enquiries_[static_cast<std::size_t>(source)])),
                      kind(CarerSupplyEvent::assessment_ends), assessment_subject(source, approved));
}

void CarerSupply::assessment_ends(EnquirySource source, bool approved) {
  if (approved) return approve(enquiries_[static_cast<std::size_t>(source)], HouseholdOrigin::assessed);
  publish_.publish(AssessmentWithdrawn{now(), source});
}

void CarerSupply::approve(kernel::RandomStream& stream, HouseholdOrigin origin) {
  const HouseholdId id = care_.approve_household(profiles_.draw(stream), origin);
  plan_career(id, 0.0, stream);
}

// When the household will stop (and why), drawn once: a fee uplift's factor on the hazard
// from its start date is known in advance.
void CarerSupply::plan_career(HouseholdId id, double tenure_years, kernel::RandomStream& stream) {
  const double budget = -std::log(stream.uniform01()), reason = stream.uniform01();
  double years_to_change = 0;
  if (spec_.fee_uplift) years_to_change = std::max(0.0, kernel::ticks_to_days(fee_start_ - now()) / kernel::kDaysPerYear);
  const double years = career_.years_to_stopping(tenure_years, budget, 1.0, years_to_change,
                                                 spec_.fee_uplift ? fee_deregistration_factor_ : 1.0);
  if (std::isfinite(years)) {
    // The two hazards compete; the fee factor scales both, so it leaves their odds alone.
    const bool to_agency = reason * career_.rate_at(tenure_years + years) < spec_.moves_to_ifa_per_year;
    schedule_household_event(years,
                             to_agency ? CarerSupplyEvent::household_moves_to_ifa
                                       : CarerSupplyEvent::household_leaves_fostering,
                             id);
  }
  plan_skill_rise(id);
  plan_conversion(id);
}

void CarerSupply::plan_skill_rise(HouseholdId id) {
  if (spec_.skill_rises_per_year <= 0 || care_.foster_pool()[id].skill == NeedLevel::very_complex) return;
  schedule_household_event(kernel::draw_exponential(training_, 1.0 / spec_.skill_rises_per_year),
                           CarerSupplyEvent::skill_rises, id);
}

void CarerSupply::plan_conversion(HouseholdId id) {
  const auto range = care_.foster_pool()[id].age_range;
  for (const auto& conversion : spec_.age_range_conversions)
    if (conversion.from == range && conversion.per_year > 0)
      schedule_household_event(kernel::draw_exponential(conversions_, 1.0 / conversion.per_year),
                               CarerSupplyEvent::age_range_converts, id);
}

void CarerSupply::skill_rises(HouseholdId id) {
  const FosterHousehold& h = care_.foster_pool()[id];
  if (!h.approved || h.resigning) return;
  care_.change_approval(id, static_cast<NeedLevel>(static_cast<int>(h.skill) + 1), h.age_range);
  plan_skill_rise(id);
}

void CarerSupply::age_range_converts(HouseholdId id) {
  const FosterHousehold& h = care_.foster_pool()[id];
  if (!h.approved || h.resigning) return;
  for (const auto& conversion : spec_.age_range_conversions)
    if (conversion.from == h.age_range) {
      care_.change_approval(id, h.skill, static_cast<std::uint8_t>(conversion.to));
      return plan_conversion(id);
    }
}

// Events after the run's end would never fire: they are not scheduled.
void CarerSupply::schedule_household_event(double years, CarerSupplyEvent event, HouseholdId id) {
  if (!(years < kernel::ticks_to_days(run_end_ - now()) / kernel::kDaysPerYear)) return;
  agenda_.schedule_in(kernel::days_to_ticks(years * kernel::kDaysPerYear), kind(event), index_of(id));
}

}  // namespace caresim::model
