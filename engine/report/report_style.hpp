// The report page's style sheet: readable on screen, clean when printed to PDF.
#pragma once

#include <string_view>

namespace caresim::report {

inline constexpr std::string_view kReportStyle = R"css(
:root { --ink: #1b1b1b; --muted: #555; --rule: #d0d0d0; --band: #f3f5f7; --accent: #0072B2; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink);
       line-height: 1.45; max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 0.3rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.08rem; margin: 1.4rem 0 0.4rem; }
.meta, .note, figcaption { color: var(--muted); }
nav ol { columns: 2; padding-left: 1.2rem; }
a { color: var(--accent); }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.6rem; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }  /* a long name without spaces breaks rather than widen the table */
td:first-child { min-width: 8em; }  /* ... but a measure's words stay whole */
th { background: var(--band); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
td.number span { white-space: nowrap; overflow-wrap: normal; }
td code, .code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.82rem; color: var(--muted); }
.summary li { margin-bottom: 0.5rem; }
figure { margin: 1rem 0 1.8rem; }
.chart svg { max-width: 100%; height: auto; }
.chart-error { color: #D55E00; }
details summary { cursor: pointer; color: var(--accent); }
.left-out { color: var(--muted); }
.wide { overflow-x: auto; }
@media print {
  @page { size: A4; margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  table { font-size: 8.5pt; }
  nav, details { display: none; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  figure, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)css";

}  // namespace caresim::report
