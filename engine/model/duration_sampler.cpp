#include "model/duration_sampler.hpp"

#include "kernel/variates.hpp"

namespace caresim::model {

double draw_days(const scenario::DurationSpec& spec, kernel::RandomStream& rng) {
  using Kind = scenario::DurationSpec::Kind;
  switch (spec.kind) {
    case Kind::exponential: return kernel::draw_exponential(rng, spec.mean_days);
    case Kind::lognormal: return kernel::draw_lognormal(rng, spec.median_days, spec.sigma);
    case Kind::weibull: return kernel::draw_weibull(rng, spec.shape, spec.scale_days);
    case Kind::gamma: return kernel::draw_gamma(rng, spec.shape, spec.scale_days);
    case Kind::fixed: return spec.days;
    case Kind::empirical:
      return kernel::draw_piecewise_linear(rng, spec.empirical_days, spec.empirical_cumulative);
  }
  return spec.days;
}

}  // namespace caresim::model
