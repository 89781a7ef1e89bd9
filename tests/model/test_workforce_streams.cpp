// Common random numbers post by post and case by case: what is drawn for a post (its holders'
// leaving and sickness, its vacancies' recruitment and cover) and for a child's case (its
// transfer and moves) comes from that post's or that child's own streams, so what happens to
// other posts and other children leaves it as it was.
#include <catch2/catch.hpp>

#include <utility>
#include <vector>

#include "workforce_script.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

constexpr double kTenYears = 3650;

// The days on which the case of the child with this id moved to another worker.
struct CaseMoves final : model::CareObserver {
  explicit CaseMoves(std::uint32_t watched) : child(watched) {}
  void on(const model::CaseReleased& e) override {
    if (e.reason != model::CaseEnding::moved) return;
    ++all_moves;
    if (model::index_of(e.child) == child) days.push_back(kernel::ticks_to_days(e.time));
  }
  std::uint32_t child;
  std::vector<double> days;
  long all_moves = 0;
};

// Ten children enter on days 1 to 10; unless `others_stay`, all but child 0 leave on day 30.
// Workers never leave, and no worker is ever at the cap, so a move always finds a colleague.
CaseMoves moves_of_child_0(bool others_stay) {
  auto s = minimal_scenario();
  auto workers = county_team(4, 15, 20, 0);
  workers.transfer_after_entry = scenario::CaseTransferSpec{0.8, exponential_days(60)};
  workers.case_moves_per_year = 2;
  s.workforce = with_social_workers(workers);
  WorkforceScript script(s);
  CaseMoves seen(0);
  script.publisher().subscribe<model::CaseReleased>(seen);
  for (std::uint32_t child = 0; child < 10; ++child) script.enter(1 + child, child);
  if (!others_stay)
    for (std::uint32_t child = 1; child < 10; ++child) script.leave(30, child);
  script.run_to(kTenYears);
  return seen;
}

// Each opening and filling of a vacancy in posts 0 to 2, with its day.
struct Vacancies final : model::CareObserver {
  enum class What { opened, filled };
  void on(const model::VacancyOpened& e) override { note(e.post, What::opened, e.time); }
  void on(const model::VacancyFilled& e) override { note(e.post, What::filled, e.time); }
  void note(model::PostId post, What what, kernel::Ticks time) {
    if (model::index_of(post) < 3) events.push_back({model::index_of(post), what, time});
  }
  struct Event {
    std::size_t post;
    What what;
    kernel::Ticks time;
    bool operator==(const Event&) const = default;
  };
  std::vector<Event> events;
};

// Two teams: posts 0 to 2 in one, `other_team` posts in the other (3, 4, ...). Permanent
// workers leave at 0.5 a year, agency workers at 1; workers are off sick; vacancies are
// covered by agency workers, most of them, and filled by recruits.
Vacancies vacancies_in_posts_0_to_2(int other_team) {
  auto s = minimal_scenario();
  auto workers = county_team(3, 15, 20, 0.5);
  workers.establishment_by_team = {3, other_team};
  workers.agency_cover = scenario::AgencyCoverSpec{0.7, exponential_days(20), 1.0};
  workers.sickness = scenario::SicknessSpec{2, exponential_days(5)};
  s.workforce = with_social_workers(workers);
  WorkforceScript script(s);
  Vacancies seen;
  script.publisher().subscribe<model::VacancyOpened, model::VacancyFilled>(seen);
  script.run_to(kTenYears);
  return seen;
}

}  // namespace

TEST_CASE("a child's case moves on the same days whether other children stay in care or leave", "[model][random]") {
  // The others' cases draw transfers and moves while they are in care: from a stream shared by
  // all cases, child 0's later moves would come on other days when they leave early.
  const CaseMoves staying = moves_of_child_0(true), leaving = moves_of_child_0(false);
  CHECK(staying.all_moves > leaving.all_moves + 50);  // the two runs do differ
  CHECK(staying.days.size() > 10);
  CHECK(staying.days == leaving.days);
}

TEST_CASE("a post's vacancies open and fill on the same days however many posts another team has",
          "[model][random]") {
  // The other team's posts draw their holders' leaving and sickness and their vacancies'
  // recruitment and cover: from streams shared by all posts, drawn in the order things happen,
  // posts 0 to 2 would see other days with two more of them.
  const Vacancies two = vacancies_in_posts_0_to_2(2), four = vacancies_in_posts_0_to_2(4);
  CHECK(two.events.size() > 20);
  CHECK(two.events == four.events);
}
