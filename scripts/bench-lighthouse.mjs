// npm run bench:lighthouse [-- --dist DIR] [--json] [--only /path/,/other/] [--port N]
//
// Lighthouse (the npm package, default config: mobile emulation, simulated slow-4G throttling)
// on every page of the built site, served by `astro preview` on 127.0.0.1, in Debian's
// Chromium (/usr/bin/chromium or $CHROME_PATH; no browser is downloaded). Prints the four
// category scores (0–100) and LCP, TBT and CLS for each page, then the pages below the module's
// targets (performance ≥ 95, accessibility 100, best practices 100, SEO ≥ 95) with the failing
// audits. It only prints: timing varies by machine, so it never fails CI (exit 0 unless
// Lighthouse itself cannot run). Build first (`npm run build`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtPages } from './bench-size.mjs';

export const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };
const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

const args = process.argv.slice(2);
/** @param {string} f */
const opt = (f) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = process.cwd();
const dist = opt('--dist') ?? join(root, 'dist');
const port = Number(opt('--port') ?? 4341);
const json = args.includes('--json');
const log = json ? () => undefined : (/** @type {string} */ s) => console.log(s);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`bench:lighthouse: no built site at ${dist}: run npm run build first`);
  process.exit(1);
}
let paths = builtPages(dist)
  .map((p) => p.path)
  .filter((p) => !p.endsWith('.html'));
const only = opt('--only');
if (only) paths = paths.filter((p) => only.split(',').includes(p));

/** Starts `astro preview` (alongside any other preview: --ignore-lock) and waits for it. */
async function startPreview() {
  const server = spawn(
    'npm',
    [
      'exec',
      '--',
      'astro',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--ignore-lock',
      '--outDir',
      dist,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  let output = '';
  server.stdout.on('data', (d) => (output += String(d)));
  server.stderr.on('data', (d) => (output += String(d)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${base}/`);
      if (res.ok) return { server, base };
    } catch {
      // not up yet
    }
    if (server.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  stop(server);
  throw new Error(`astro preview did not start on ${base}:\n${output}`);
}

/** @param {import('node:child_process').ChildProcess} server */
function stop(server) {
  try {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

const { server, base } = await startPreview();
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
/** @type {{ path: string, scores: Record<string, number>, lcp: number, tbt: number, cls: number, failing: string[] }[]} */
const results = [];
try {
  log(
    `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile emulation, ${base}, Chromium at ${process.env['CHROME_PATH'] ?? '/usr/bin/chromium'}`,
  );
  log(`${'page'.padEnd(48)} perf  a11y  best   seo   LCP ms  TBT ms    CLS`);
  for (const path of paths) {
    const audit = async () => {
      const runner = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!runner?.lhr) throw new Error(`no Lighthouse result for ${path}`);
      return runner.lhr;
    };
    // A run that could not load the page (runtimeError) is tried once more before it is reported.
    let lhr = await audit();
    if (lhr.runtimeError) {
      log(`${path}: Lighthouse error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}; retrying once`);
      lhr = await audit();
    }
    /** @type {Record<string, number>} */
    const scores = {};
    for (const c of CATEGORIES) scores[c] = Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const num = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
    const failing = [];
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (!a || ref.weight === 0 || a.score === null || a.score >= 0.9) continue;
        if (a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'informative') continue;
        const items =
          /** @type {{ items?: Record<string, unknown>[] } | undefined} */ (a.details)?.items ?? [];
        const what = items
          .slice(0, 3)
          .map((it) => it['description'] ?? it['url'] ?? it['source'] ?? '')
          .map((v) => (typeof v === 'string' ? v : ''))
          .filter(Boolean)
          .map((t) => t.slice(0, 160));
        failing.push(
          `${c}/${ref.id} (${Math.round(a.score * 100)}): ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}${what.length ? ` — ${what.join(' | ')}` : ''}`,
        );
      }
    }
    const r = {
      path,
      scores,
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      failing,
    };
    results.push(r);
    log(
      `${path.padEnd(48)}${[
        scores['performance'],
        scores['accessibility'],
        scores['best-practices'],
        scores['seo'],
      ]
        .map((s) => String(s).padStart(5))
        .join(
          ' ',
        )}${Math.round(r.lcp).toString().padStart(9)}${Math.round(r.tbt).toString().padStart(8)}${r.cls.toFixed(3).padStart(7)}`,
    );
  }
} finally {
  await chrome.kill();
  stop(server);
}

const below = results.filter((r) => CATEGORIES.some((c) => (r.scores[c] ?? 0) < TARGETS[c]));
if (json) console.log(JSON.stringify({ base, targets: TARGETS, results }, null, 2));
else {
  log('');
  log(
    `targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS['best-practices']}, SEO ≥ ${TARGETS.seo}`,
  );
  if (below.length === 0) log(`all ${results.length} pages meet every target`);
  for (const r of below) {
    log(`below target: ${r.path}`);
    for (const f of r.failing) log(`  ${f}`);
  }
}
