/**
 * `npm run bench`: builds the app (via the npm script), then reports what a school Chromebook
 * downloads and how Lighthouse (mobile, simulated throttling) scores the home page and a lesson.
 * Byte budgets are also enforced by `npm test`; the timings live here only.
 */
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { BUDGETS, measureBuild } from '../build/measure-build';
import { BANDS } from '../src/shared/content/content-constants';
import { findChromium } from '../tests/e2e/browser';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const m = measureBuild('dist');

const server = await preview({
  preview: { port: 4190, strictPort: false, host: '127.0.0.1' },
  logLevel: 'warn',
});
const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const { path } = await findChromium();
const chrome = await chromeLauncher.launch({
  chromePath: path,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});

type Scores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};
async function audit(route: string): Promise<Scores> {
  const result = await lighthouse(`${origin}/#${route}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  const lhr = result!.lhr;
  return {
    performance: lhr.categories.performance!.score ?? 0,
    accessibility: lhr.categories.accessibility!.score ?? 0,
    bestPractices: lhr.categories['best-practices']!.score ?? 0,
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']!.numericValue ?? 0),
    tbtMs: Math.round(lhr.audits['total-blocking-time']!.numericValue ?? 0),
    cls: Number((lhr.audits['cumulative-layout-shift']!.numericValue ?? 0).toFixed(3)),
  };
}

// Simulated throttling still scales the CPU time this machine happened to take, so one run can
// land a few points either way: each route is audited RUNS times and the median run reported.
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
async function medianAudit(route: string): Promise<Scores & { runs: number[] }> {
  const runs: Scores[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(route));
  runs.sort((a, b) => a.performance - b.performance);
  return { ...runs[Math.floor(runs.length / 2)]!, runs: runs.map((r) => r.performance) };
}

// Home, and the first lesson of every band (each band has its own illustrations and words).
const routes: [string, string][] = [['home', '/']];
for (const band of BANDS) {
  const first = m.lessons.find((l) => l.band === band);
  if (first) routes.push([`lesson ${band}`, `/learn/${band}/${first.id}`]);
}
const lighthouseResults: Record<string, Scores & { runs: number[] }> = {};
for (const [name, route] of routes) lighthouseResults[name] = await medianAudit(route);
await chrome.kill();
server.httpServer.close();

const LIGHTHOUSE_BUDGETS = { performance: 0.95, accessibility: 1, bestPractices: 1, cls: 0 };
const meetsBudgets = (s: Scores) =>
  s.performance >= LIGHTHOUSE_BUDGETS.performance &&
  s.accessibility >= LIGHTHOUSE_BUDGETS.accessibility &&
  s.bestPractices >= LIGHTHOUSE_BUDGETS.bestPractices &&
  s.cls <= LIGHTHOUSE_BUDGETS.cls;

const audioByLesson = new Map<string, number>();
for (const a of m.audio) audioByLesson.set(a.lesson, Math.max(audioByLesson.get(a.lesson) ?? 0, a.bytes));

console.log('\nBytes (gzip)                         measured    budget');
console.log(
  `First load, JavaScript               ${kb(m.firstLoad.js).padEnd(12)}${kb(BUDGETS.firstLoadJs)}`,
);
console.log(`First load, CSS                      ${kb(m.firstLoad.css)}`);
console.log(`Lesson player (shared by lessons)    ${kb(m.lessonRoute.js)}`);
console.log(
  `Largest lesson's own code + words    ${kb(Math.max(...m.lessons.map((l) => l.own))).padEnd(12)}${kb(BUDGETS.lessonOwn)}`,
);
for (const band of BANDS) {
  const inBand = m.audio.filter((a) => a.band === band);
  console.log(
    `Narration, ${band.padEnd(5)} largest lesson     ${kb(Math.max(0, ...inBand.map((a) => a.bytes))).padEnd(12)}${kb(BUDGETS.audioPerLessonLanguage[band])}`,
  );
}
console.log(
  `Narration, largest single step       ${kb(Math.max(0, ...m.audio.map((a) => a.largestStep))).padEnd(12)}${kb(BUDGETS.audioPerStep)}`,
);
console.log(
  '\nLesson                                  structure  words     own      audio (largest language)',
);
for (const l of m.lessons)
  console.log(
    `${l.id.padEnd(40)}${kb(l.structure).padEnd(11)}${kb(l.words).padEnd(10)}${kb(l.own).padEnd(9)}${kb(audioByLesson.get(l.id) ?? 0)}`,
  );
console.log(
  `\nLighthouse (mobile), median of ${RUNS}  performance (runs)     accessibility  best practices  LCP ms  TBT ms  CLS  budgets`,
);
for (const [name, s] of Object.entries(lighthouseResults))
  console.log(
    `${name.padEnd(35)}${`${s.performance} (${s.runs.join(' ')})`.padEnd(23)}${String(s.accessibility).padEnd(15)}${String(s.bestPractices).padEnd(16)}${String(s.lcpMs).padEnd(8)}${String(s.tbtMs).padEnd(8)}${String(s.cls).padEnd(5)}${meetsBudgets(s) ? 'met' : 'MISSED'}`,
  );
console.log(
  `Budgets: performance >= ${LIGHTHOUSE_BUDGETS.performance}, accessibility and best practices ${LIGHTHOUSE_BUDGETS.accessibility}, CLS ${LIGHTHOUSE_BUDGETS.cls}`,
);
if (!Object.values(lighthouseResults).every(meetsBudgets)) process.exitCode = 1;
const report = {
  bytes: m,
  lighthouse: lighthouseResults,
  budgets: { ...BUDGETS, lighthouse: LIGHTHOUSE_BUDGETS },
};
writeFileSync('bench-results.json', JSON.stringify(report, null, 2));
console.log('\nFull results: bench-results.json');
