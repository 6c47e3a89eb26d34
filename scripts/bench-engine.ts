// Engine benchmark: `node scripts/bench-engine.ts` (Node ≥ 22.18 strips the types; run through
// `npm exec -- node …` so the project's Node 24 is used).
// Prints (1) the median time to assess one realistic 5-treatment case and (2) the time to parse
// and assess 1,000 generated cases. Targets (issue 3): < 50 µs per case, < 0.5 s per 1,000.
import { ANTIDEPRESSANTS, assessCase, parseCase } from '../src/engine/index.ts';

const realistic = {
  age: 47,
  episode: { durationMonths: 26, scale: 'MADRS', baselineScore: 34, psychoticFeatures: false },
  comorbidities: ['anxiety-disorder'],
  labs: { hsCrpMgPerL: 6.1 },
  treatments: [
    {
      kind: 'antidepressant',
      drug: 'sertraline',
      doseMgPerDay: 150,
      weeks: 8,
      adherencePercent: 90,
      endScore: 30,
      optimized: ['dose'],
    },
    { kind: 'antidepressant', drug: 'venlafaxine', doseMgPerDay: 225, weeks: 10, endScore: 27 },
    { kind: 'augmentation', agent: 'lithium', augments: 2, weeks: 6, endScore: 25 },
    {
      kind: 'antidepressant',
      drug: 'nortriptyline',
      doseMgPerDay: 100,
      weeks: 8,
      adherencePercent: 85,
      endScore: 24,
    },
    { kind: 'ect', electrodePlacement: 'bilateral', sessions: 12, endScore: 22 },
  ],
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

// Deterministic generator (xorshift) so runs are comparable.
let seed = 0x9e3779b9;
const rand = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 0x100000000;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const drugs = Object.keys(ANTIDEPRESSANTS) as Array<keyof typeof ANTIDEPRESSANTS>;

function generated(): unknown {
  const n = 1 + Math.floor(rand() * 5);
  const treatments: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const drug = pick(drugs);
    treatments.push({
      kind: 'antidepressant',
      drug,
      doseMgPerDay: ANTIDEPRESSANTS[drug].minAdequate.mgPerDay * pick([0.5, 1, 1.5, 2]),
      weeks: pick([2, 4, 6, 8, 10]),
      adherencePercent: pick([70, 85, 100]),
      endScore: 10 + Math.floor(rand() * 20),
    });
    if (rand() < 0.2)
      treatments.push({
        kind: 'augmentation',
        agent: pick(['lithium', 'aripiprazole', 'liothyronine']),
        augments: treatments.length,
        weeks: 6,
        endScore: 15,
      });
  }
  return {
    age: 18 + Math.floor(rand() * 60),
    episode: {
      durationMonths: 12 + Math.floor(rand() * 36),
      scale: 'HAMD17',
      baselineScore: 18 + Math.floor(rand() * 15),
    },
    treatments,
  };
}

// (1) one realistic case
let sink = 0;
for (let i = 0; i < 2000; i++) sink += assessCase(realistic).findings.length; // warm-up
const samples: number[] = [];
for (let round = 0; round < 200; round++) {
  const reps = 50;
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) sink += assessCase(realistic).findings.length;
  samples.push(((performance.now() - t0) * 1000) / reps);
}
const perCase = median(samples);

// (2) 1,000 generated cases: parse and assess (generation not timed)
const cases = Array.from({ length: 1000 }, generated);
for (const c of cases.slice(0, 100)) sink += assessCase(parseCase(c)).findings.length; // warm-up
const totals: number[] = [];
for (let round = 0; round < 5; round++) {
  const t0 = performance.now();
  for (const c of cases) sink += assessCase(parseCase(c)).findings.length;
  totals.push(performance.now() - t0);
}
const thousand = median(totals);

console.log(`node ${process.version}`);
console.log(
  `assess one realistic 5-treatment case: median ${perCase.toFixed(1)} µs (target < 50 µs) ${perCase < 50 ? 'OK' : 'OVER'}`,
);
console.log(
  `parse + assess 1,000 generated cases: ${thousand.toFixed(1)} ms (median of 5; target < 500 ms) ${thousand < 500 ? 'OK' : 'OVER'}`,
);
if (sink === 0) console.log('(unreachable: keeps the work alive)');
