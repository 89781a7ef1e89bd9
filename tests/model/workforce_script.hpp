// A test double for the care system: a script publishes children entering, leaving and coming
// back into care on chosen days (and makes chosen workers leave), while the workforce runs its
// own events, and every workforce fact is written down as a line to compare with a hand-made
// story.
#pragma once

#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "kernel/agenda.hpp"
#include "model/care_system.hpp"
#include "model/workforce/workforce.hpp"
#include "scenario_builder.hpp"

namespace caresim::testing {

// Writes each workforce fact as "day N: ...".
class WorkforceStory final : public model::CareObserver {
 public:
  void subscribe(model::EventPublisher& publisher) {
    publisher.subscribe<model::SocialWorkerJoined, model::SocialWorkerLeft, model::VacancyOpened, model::VacancyFilled,
                        model::SocialWorkPostCut, model::CaseAllocated, model::CaseReleased, model::AdviserRequested, model::AdviserAllocated,
                        model::AdviserKept, model::AdviserSupportEnded>(*this);
  }
  void on(const model::SocialWorkerJoined& e) override {
    say(e.time, e.contract == model::Contract::permanent ? "permanent" : "agency", " worker ", id(e.worker), " joins");
  }
  void on(const model::SocialWorkerLeft& e) override {
    say(e.time, "worker ", id(e.worker), e.reason == model::WorkerLeaving::resigned ? " resigns" : " ends agency cover");
  }
  void on(const model::VacancyOpened& e) override { say(e.time, "post ", id(e.post), " vacant"); }
  void on(const model::VacancyFilled& e) override { say(e.time, "post ", id(e.post), " filled"); }
  void on(const model::SocialWorkPostCut& e) override {
    say(e.time, "post ", id(e.post), e.was_vacant ? " cut, vacant" : " cut, not refilled");
  }
  void on(const model::CaseAllocated& e) override {
    say(e.time, "child ", id(e.child), " to worker ", id(e.worker), " (caseload ", e.caseload, ", worker #",
        e.worker_number, ")");
  }
  void on(const model::CaseReleased& e) override {
    static constexpr const char* kReasons[] = {"left care", "worker left", "moved"};
    say(e.time, "child ", id(e.child), " off worker ", id(e.worker), " (", kReasons[static_cast<int>(e.reason)], ")");
  }
  void on(const model::AdviserRequested& e) override { say(e.time, "young person ", id(e.young_person), " asks for a PA"); }
  void on(const model::AdviserAllocated& e) override {
    say(e.time, "young person ", id(e.young_person), " gets PA ", id(e.adviser));
  }
  void on(const model::AdviserKept& e) override {
    if (e.adviser == model::kNone<model::AdviserId>)
      say(e.time, "young person ", id(e.young_person), " back in care, still waiting for a PA");
    else
      say(e.time, "young person ", id(e.young_person), " back in care, keeps PA ", id(e.adviser));
  }
  void on(const model::AdviserSupportEnded& e) override { say(e.time, "young person ", id(e.young_person), " support ends"); }

  std::vector<std::string> lines;

 private:
  template <class Id>
  static std::uint32_t id(Id value) {
    return static_cast<std::uint32_t>(value);
  }
  template <class... Parts>
  void say(kernel::Ticks t, const Parts&... parts) {
    std::ostringstream out;
    out << "day " << kernel::ticks_to_days(t) << ": ";
    (out << ... << parts);
    lines.push_back(out.str());
  }
};

class WorkforceScript {
 public:
  explicit WorkforceScript(scenario::Scenario scenario)
      : scenario_(std::move(scenario)),
        care_(scenario_, 0, clock_, agenda_, publisher_),  // never started: it only takes the workforce's calls
        workforce_(scenario_, 0, clock_, agenda_, publisher_, care_) {
    story_.subscribe(publisher_);
  }

  // A child with this id (ids may be reused) and date of birth enters on `day`.
  void enter(double day, std::uint32_t child, kernel::Date born = kernel::Date::from_ymd(2020, 1, 1)) {
    at(day, [this, child, born] { publish_entry(child, born, false); });
    born_[child] = born;
  }
  // The child who last had this id comes back into care (a re-entry) on `day`.
  void comes_back(double day, std::uint32_t child) {
    at(day, [this, child] { publish_entry(child, born_.at(child), true); });
  }
  void leave(double day, std::uint32_t child) {
    at(day, [this, child] {
      publisher_.publish(model::ChildLeftCare{agenda_.now(), model::ChildId{child}, entered_[child],
                                              model::LeavingReason::end_of_stay, kernel::year_day(born_.at(child))});
    });
  }
  void worker_leaves(double day, std::uint32_t worker) {
    at(day, [this, worker] { workforce_.social_workers()->worker_leaves(model::WorkerId{worker}); });
  }
  void at(double day, std::function<void()> step) {
    agenda_.schedule_at(kernel::days_to_ticks(day), model::event_kind(model::Process::care, 0u),
                        static_cast<std::uint32_t>(steps_.size()));
    steps_.push_back(std::move(step));
  }

  // Runs the script to `day` and returns the story so far.
  std::vector<std::string> run_to(double day) {
    if (!started_) workforce_.start();
    started_ = true;
    agenda_.run_until(kernel::days_to_ticks(day), *this);
    return story_.lines;
  }

  void handle(const kernel::Event& e) {
    if (model::process_of(e.kind) == model::Process::workforce) workforce_.handle(e);
    else steps_[e.subject]();
  }

  model::EventPublisher& publisher() { return publisher_; }
  model::Workforce& workforce() { return workforce_; }
  const kernel::Clock& clock() const { return clock_; }

 private:
  // A child is numbered as the care system numbers it, by the order children first enter.
  void publish_entry(std::uint32_t child, kernel::Date born, bool re_entry) {
    if (!re_entry) number_[child] = next_number_++;
    publisher_.publish(model::ChildEntered{agenda_.now(), model::ChildId{child}, AgeBand::under_1, NeedLevel::standard,
                                           model::LocalityId{0}, born, 0, re_entry, false, false, number_.at(child)});
    entered_[child] = agenda_.now();
  }

  scenario::Scenario scenario_;
  kernel::Clock clock_{kernel::Date::from_ymd(2025, 4, 1)};
  kernel::Agenda agenda_;
  model::EventPublisher publisher_;
  model::CareSystem care_;
  model::Workforce workforce_;
  WorkforceStory story_;
  std::vector<std::function<void()>> steps_;
  std::map<std::uint32_t, kernel::Ticks> entered_;
  std::map<std::uint32_t, std::uint64_t> number_;  // the number of the child who last had each id
  std::uint64_t next_number_ = 0;
  std::map<std::uint32_t, kernel::Date> born_;  // the date of birth last scripted for each id
  bool started_ = false;
};

}  // namespace caresim::testing
