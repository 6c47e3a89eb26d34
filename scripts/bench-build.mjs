// npm run bench:build [-- --sizes 100,1000] [--keep] [--json]
//
// Times a full `astro build` of the module with 100 and then 1,000 generated vignettes, in a
// temporary copy of the project (content/, src/, public/, docs/ and the configs, with node_modules
// symlinked and Astro's and Vite's caches inside the copy, so nothing of the real project is
// touched). The generated cases vary the scale, scores, drugs, doses, durations, adherence,
// augmentation, ECT and the questions asked; each is checked with the module's own validator
// (src/lib/vignette-schema.ts: the engine's parseCase/parseQuestions) before the build, and
// none carries `expect:` (nothing is asserted, so every one is valid by construction). The
// existing vignettes stay (the chapters embed some of them), so the builds have N + those.
// Prints both times and their ratio (near-linear means ratio ≈ 1,000 / 100 pages' worth);
// target: 1,000 vignettes under 90 s here. Each build starts from an empty cache and dist.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ANTIDEPRESSANTS, AUGMENTATION_AGENTS, SCALES } from '../src/engine/index.ts';
import { validateVignette } from '../src/lib/vignette-schema.ts';

const args = process.argv.slice(2);
/** @param {string} f */
const opt = (f) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (opt('--sizes') ?? '100,1000').split(',').map(Number);
const json = args.includes('--json');
const log = json ? () => undefined : (/** @type {string} */ s) => console.log(s);
const root = process.cwd();

/** Small deterministic PRNG (mulberry32) so every run builds the same cases. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DRUGS = Object.keys(ANTIDEPRESSANTS);
const AGENTS = Object.keys(AUGMENTATION_AGENTS);
const SCALE_IDS = Object.keys(SCALES);
const SOURCES = ['thase1997', 'souery1999', 'fava2003', 'fekadu2009', 'desseilles2011', 'rush2006'];
const CHAPTERS = ['principles', 'mechanisms', 'applications'];
const TOPICS = ['adequacy', 'outcome', 'trd', 'staging', 'next-step', 'thresholds'];
const MODELS = ['thaseRush', 'european', 'mgh', 'maudsley', 'maudsleyBand'];

/** Bibliography keys, for the validator's source check. */
export function bibliographyKeys() {
  return new Set(
    /** @type {{ key: string }[]} */ (
      JSON.parse(readFileSync(join(root, 'content', 'references.json'), 'utf8'))
    ).map((r) => r.key),
  );
}

/** One generated vignette: frontmatter (YAML via JSON, which YAML reads) and a body. */
export function generateVignette(i, random = rng(i + 1)) {
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const scale = pick(SCALE_IDS);
  const max = SCALES[scale].max;
  const baseline = int(Math.ceil(max * 0.45), Math.floor(max * 0.85));
  const treatments = [];
  const nTrials = int(1, 4);
  let score = baseline;
  for (let t = 0; t < nTrials; t++) {
    const drug = pick(DRUGS);
    const d = ANTIDEPRESSANTS[drug];
    const dose = random() < 0.8 ? d.usual[1] : Math.max(1, Math.round(d.minAdequate.mgPerDay / 2));
    const end = Math.max(0, Math.min(max, score - int(-2, Math.ceil(score * 0.6))));
    treatments.push({
      kind: 'antidepressant',
      drug,
      doseMgPerDay: dose,
      weeks: pick([2, 4, 6, 8, 10, 12]),
      adherencePercent: pick([60, 75, 80, 90, 95, 100]),
      endScore: end,
    });
    score = end;
  }
  if (random() < 0.35) {
    treatments.push({
      kind: 'augmentation',
      agent: pick(AGENTS),
      augments: treatments.length,
      weeks: int(4, 10),
      endScore: Math.max(0, score - int(0, 4)),
    });
  }
  if (random() < 0.15)
    treatments.push({
      kind: 'ect',
      electrodePlacement: pick(['bilateral', 'right-unilateral']),
      sessions: int(6, 14),
      endScore: Math.max(0, score - int(0, 6)),
    });
  const steps = int(2, 4);
  const questions = [
    { kind: 'adequacy', treatment: 1, step: Math.min(2, steps) },
    { kind: 'outcome', treatment: 1, step: Math.min(2, steps) },
  ];
  if (nTrials > 1) questions.push({ kind: 'percent-reduction', treatment: 2 });
  questions.push(
    { kind: 'failed-trials' },
    { kind: 'trd' },
    { kind: 'stage', model: pick(MODELS) },
    { kind: 'next-step' },
  );
  if (random() < 0.5) questions.push({ kind: 'pdd' });
  const data = {
    title: `Generated case ${i + 1}: ${treatments.length} treatments on the ${SCALES[scale].label}`,
    chapter: pick(CHAPTERS),
    topics: [pick(TOPICS), 'trd'].filter((t, k, a) => a.indexOf(t) === k),
    difficulty: pick(['introductory', 'intermediate', 'advanced']),
    minutes: int(5, 20),
    objective: 'Work through a generated treatment history for the build benchmark.',
    sources: [pick(SOURCES), 'desseilles2011'].filter((t, k, a) => a.indexOf(t) === k),
    lastReviewed: '2026-11-22',
    case: {
      age: int(18, 80),
      episode: {
        durationMonths: Math.ceil(treatments.reduce((w, t) => w + (t.weeks ?? 0), 0) / 4.3) + int(1, 24),
        scale,
        baselineScore: baseline,
        ...(random() < 0.1
          ? { severity: 'severe', psychoticFeatures: true }
          : { severity: pick(['mild', 'moderate', 'severe']), psychoticFeatures: false }),
      },
      history: { maniaOrHypomania: false },
      treatments,
    },
    questions,
  };
  const yaml = Object.entries(data)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
  const body = Array.from(
    { length: steps },
    (_, s) =>
      `<Step title="Part ${s + 1}">\nGenerated narrative for part ${s + 1} of case ${i + 1}. The ${treatments[Math.min(s, treatments.length - 1)]?.kind ?? 'treatment'} is described here [@desseilles2011].\n</Step>`,
  ).join('\n\n');
  return {
    id: `bench-${String(i + 1).padStart(4, '0')}`,
    data,
    steps,
    text: `---\n${yaml}\n---\n${body}\n\n<Commentary>\nGenerated commentary.\n</Commentary>\n`,
  };
}

function makeCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'trd-bench-build-'));
  for (const f of ['content', 'src', 'public', 'docs'])
    cpSync(join(root, f), join(dir, f), { recursive: true });
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, f), join(dir, f));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Caches inside the copy: the real project's node_modules/.astro and .vite stay untouched.
  writeFileSync(
    join(dir, 'astro.bench.config.mjs'),
    "import base from './astro.config.mjs';\nexport default { ...base, cacheDir: './.bench-cache', vite: { ...(base.vite ?? {}), cacheDir: './.bench-cache/vite' } };\n",
  );
  return dir;
}

function build(dir) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.bench-cache'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync('npm', ['exec', '--', 'astro', 'build', '--config', 'astro.bench.config.mjs'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`astro build failed in ${dir}:\n${(r.stdout + r.stderr).slice(-4000)}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(r.stdout)?.[1] ?? NaN);
  return { seconds, pages };
}

async function main() {
  const dir = makeCopy();
  const vignettes = join(dir, 'content', 'vignettes');
  const existing = readdirSync(vignettes).filter((f) => f.endsWith('.mdx')).length;
  const bibliography = bibliographyKeys();
  const results = [];
  let written = 0;
  try {
    log(`bench:build in ${dir} (node_modules symlinked); ${existing} existing vignettes kept`);
    for (const n of sizes) {
      for (; written < n; written++) {
        const v = generateVignette(written);
        const issues = validateVignette(v.data, { stepCount: v.steps, bibliography }).issues;
        if (issues.length > 0)
          throw new Error(
            `generated ${v.id} is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
          );
        writeFileSync(join(vignettes, `${v.id}.mdx`), v.text);
      }
      mkdirSync(join(dir, 'dist'), { recursive: true });
      log(`building with ${n} generated vignettes (${n + existing} in all)…`);
      const r = build(dir);
      results.push({
        generated: n,
        vignettes: n + existing,
        pages: r.pages,
        seconds: Number(r.seconds.toFixed(1)),
      });
      log(`  ${n} generated: ${r.seconds.toFixed(1)} s, ${r.pages} pages`);
    }
  } finally {
    if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
  const [a, b] = results;
  const ratio = a && b ? b.seconds / a.seconds : null;
  if (json) console.log(JSON.stringify({ results, ratio }, null, 2));
  else if (a && b) {
    log('');
    for (const r of results)
      log(
        `${String(r.generated).padStart(5)} generated vignettes (${r.vignettes} in all, ${r.pages} pages): ${r.seconds.toFixed(1)} s`,
      );
    log(
      `ratio ${b.generated}/${a.generated}: ${ratio?.toFixed(2)} (×${(b.generated / a.generated).toFixed(0)} the vignettes); per extra vignette ${(((b.seconds - a.seconds) / (b.generated - a.generated)) * 1000).toFixed(0)} ms`,
    );
    log(`target: ${b.generated} vignettes under 90 s: ${b.seconds < 90 ? 'met' : 'NOT met'}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
