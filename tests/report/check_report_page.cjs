// Opens a report.html from disk in headless Chromium (playwright-core, Debian's chromium) and
// checks what a reader would see: no console errors, every chart drawn as SVG, and the
// headline numbers equal to those of summary.json, comparison.json or a sweep's sweep.csv; the
// charts named with --charted drawn, and the notes given with --noted among those not charted;
// and every table within the page's width, on screen and printed on A4.
// Keeps a screenshot.
//   node check_report_page.cjs DIR SCREENSHOT.png [--charted TITLE]... [--noted TEXT]...
'use strict';
const fs = require('fs');
const path = require('path');

const chromiumPath = '/usr/bin/chromium';
const [directory, screenshot, ...options] = process.argv.slice(2);
const charted = [], noted = [];
for (let i = 0; i + 1 < options.length; i += 2) (options[i] === '--charted' ? charted : noted).push(options[i + 1]);

function fail(message) {
  console.error('FAIL: ' + message);
  process.exit(1);
}

if (!fs.existsSync(chromiumPath)) fail(chromiumPath + ' is missing: run scripts/setup (it installs Debian\'s chromium)');
let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (error) {
  fail('playwright-core is missing: run scripts/setup (npm ci in engine/report) [' + error.message + ']');
}

// The number a cell shows, read back: "£2.13m" -> 2130000, "23.4%" -> 0.234, "−5" -> -5, with
// the half-unit of its last digit as the rounding it may carry.
function shown(text) {
  const t = text.split(' (')[0].replace(/\u2212/g, '-').replace(/^\+/, '').replace(/ pts$/, '%').replace(/,/g, '').trim();
  const match = /^(-?)£?([0-9.]+)([mk%]?)$/.exec(t);
  if (!match) return null;
  const scale = { m: 1e6, k: 1e3, '%': 0.01, '': 1 }[match[3]];
  const decimals = (match[2].split('.')[1] || '').length;
  const sign = match[1] === '-' ? -1 : 1;
  return { value: sign * Number(match[2]) * scale, tolerance: 0.5 * Math.pow(10, -decimals) * scale * 1.000001 };
}

function expected(directory) {
  const values = new Map();  // "kpi|scenario|stat" -> number or null
  const comparisonFile = path.join(directory, 'comparison.json');
  if (fs.existsSync(path.join(directory, 'sweep.json'))) {
    // sweep.csv: value, then KPI.mean, KPI.ci95_low, KPI.ci95_high; its values and names hold no commas.
    const [header, ...rows] = fs.readFileSync(path.join(directory, 'sweep.csv'), 'utf8').trim().split('\n').map((line) => line.split(','));
    for (const row of rows)
      header.forEach((column, c) => {
        if (column.endsWith('.mean')) values.set(column.slice(0, -5) + '|' + row[0] + '|mean', row[c] === 'NA' ? null : Number(row[c]));
      });
  } else if (fs.existsSync(comparisonFile)) {
    const comparison = JSON.parse(fs.readFileSync(comparisonFile, 'utf8'));
    const first = comparison.scenarios[0].name;
    for (const [kpi, entries] of Object.entries(comparison.kpis))
      for (const e of entries) {
        values.set(kpi + '|' + e.scenario + '|mean', e.mean);
        if (e.scenario !== first) values.set(kpi + '|' + e.scenario + '|difference', e.difference);
      }
  } else {
    const summary = JSON.parse(fs.readFileSync(path.join(directory, 'summary.json'), 'utf8'));
    for (const [kpi, stat] of Object.entries(summary.kpis)) values.set(kpi + '|' + summary.scenario + '|mean', stat.mean);
  }
  return values;
}

(async () => {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push('console ' + m.type() + ': ' + m.text()); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('dialog', (d) => { problems.push('a script opened a dialog: ' + d.message()); d.dismiss(); });
  // Offline: any request but the file itself is a failure (no CDN, no fonts from the web).
  const reportUrl = 'file://' + path.resolve(directory, 'report.html');
  await page.route('**/*', (route) => {
    if (route.request().url() === reportUrl) return route.continue();
    problems.push('the page asked the network for ' + route.request().url());
    return route.abort();
  });
  await page.goto(reportUrl);
  const charts = await page.locator('div.chart').count();
  if (charts === 0) fail('no chart containers in the page');
  await page.waitForFunction(() => [...document.querySelectorAll('div.chart')].every((c) => c.dataset.drawn === 'true' || c.classList.contains('chart-error')), null, { timeout: 30000 });
  const undrawn = await page.$$eval('div.chart', (cs) => cs.filter((c) => !c.querySelector('svg path, svg rect, svg line')).map((c) => c.id + ': ' + c.textContent));
  if (undrawn.length) problems.push('charts not drawn: ' + undrawn.join('; '));
  await page.screenshot({ path: screenshot, fullPage: true });
  const titles = await page.$$eval('figure h3', (hs) => hs.map((h) => h.textContent));
  for (const title of charted) if (!titles.includes(title)) problems.push('no chart "' + title + '" (charts: ' + titles.join('; ') + ')');
  const notes = await page.$$eval('.left-out li', (lis) => lis.map((li) => li.textContent));
  for (const text of noted) if (!notes.some((n) => n.includes(text))) problems.push('no note "' + text + '" (notes: ' + notes.join('; ') + ')');

  const cells = await page.$$eval('#headline td[data-kpi]', (tds) => tds.map((td) => ({ kpi: td.dataset.kpi, scenario: td.dataset.scenario, stat: td.dataset.stat, value: td.dataset.value, text: td.textContent })));
  if (cells.length === 0) problems.push('the headline table has no numbers');
  const want = expected(directory);
  for (const c of cells) {
    const key = c.kpi + '|' + c.scenario + '|' + c.stat;
    if (!want.has(key)) { problems.push('headline cell ' + key + ' is not in the source file'); continue; }
    const truth = want.get(key);
    if (truth === null) {
      if (!c.text.startsWith('n/a')) problems.push(key + ' is null in the file but shows ' + c.text);
      continue;
    }
    if (Number(c.value) !== truth) problems.push(key + ': data-value ' + c.value + ' but the file says ' + truth);
    const read = shown(c.text);
    if (!read || Math.abs(read.value - truth) > read.tolerance) problems.push(key + ': shows "' + c.text + '" for ' + truth);
  }
  // Every table a reader sees fits the page's column, on screen and printed on A4 (210 mm less
  // the 14 mm margins, in CSS pixels): a board reads the differences in the last columns. A
  // sweep's wide table scrolls on screen by design; tables inside details are not printed.
  const tooWide = () => page.$$eval('table', (ts) => ts
    .filter((t) => !t.closest('.wide') && !t.closest('details') && t.scrollWidth > t.parentElement.clientWidth + 1)
    .map((t) => (t.closest('[id]') ? t.closest('[id]').id : 'a table') + ' ' + t.scrollWidth + 'px in ' + t.parentElement.clientWidth + 'px'));
  // ... and without breaking a word of a measure's name to get there.
  const brokenWords = () => page.$$eval('#headline td:first-child', (tds) => {
    const context = document.createElement('canvas').getContext('2d');
    return tds.flatMap((td) => {
      const style = getComputedStyle(td);
      context.font = style.font;
      const room = td.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return td.textContent.split(/\s+/).filter((word) => context.measureText(word).width > room + 0.5);
    });
  });
  const checkLayout = async (where) => {
    for (const wide of await tooWide()) problems.push('a table wider than ' + where + ': ' + wide);
    for (const word of await brokenWords()) problems.push('a measure\'s word broken ' + where + ': ' + word);
  };
  await checkLayout('the page on screen');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.floor((210 - 2 * 14) / 25.4 * 96), height: 900 });
  await checkLayout('an A4 page');
  // Scripts in names never run: a hostile name sets window.caresimHostile if it ever does.
  if (await page.evaluate(() => window.caresimHostile === true)) problems.push('a script from a scenario name ran');
  const title = await page.title();
  await browser.close();

  if (problems.length) fail(problems.join('\n'));
  console.log('ok: ' + charts + ' charts drawn, ' + cells.length + ' headline numbers match; title "' + title + '"; screenshot ' + screenshot);
})().catch((error) => fail(error.stack || String(error)));
