// fast-check generators of valid cases (and of mutations of them) for the property tests.
import fc from 'fast-check';
import {
  ANTIDEPRESSANTS,
  AUGMENTATION_AGENTS,
  COMORBIDITIES,
  CONTRAINDICATIONS,
  SCALES,
  SCALE_IDS,
  type ScaleId,
} from '../../src/engine/index.ts';

const DRUGS = Object.keys(ANTIDEPRESSANTS);
const AGENTS = Object.keys(AUGMENTATION_AGENTS);
type Spec =
  | {
      t: 'ad';
      drug: string;
      dose: number;
      weeks: number;
      adherence: number;
      end: number | null;
      stop: boolean;
      opt: string[];
    }
  | { t: 'aug'; agent: string; target: number; weeks: number; end: number | null; combo: boolean }
  | { t: 'ect'; placement: string; sessions: number; end: number | null }
  | { t: 'other'; kind: string; end: number | null };

// fc.noBias: fast-check otherwise favours small values, which makes most end scores 0 (remission).
const fraction = fc.noBias(fc.integer({ min: 0, max: 1000 })).map((n) => n / 1000);

function specArb(max: number): fc.Arbitrary<Spec> {
  // End scores mostly in the upper half of the scale so failures are common, some low (remission).
  const end = fc.option(
    fc.oneof(
      { weight: 5, arbitrary: fc.noBias(fc.integer({ min: Math.floor(max / 2), max })) },
      { weight: 1, arbitrary: fc.noBias(fc.integer({ min: 0, max })) },
    ),
    { nil: null, freq: 8 },
  );
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        t: fc.constant('ad' as const),
        drug: fc.constantFrom(...DRUGS),
        dose: fc.constantFrom(0.5, 0.99, 1, 1, 1.2, 1.5, 2, 2),
        weeks: fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(1.43, 4, 5.99, 6, 6, 8, 8, 8, 10, 12) },
          { weight: 1, arbitrary: fc.noBias(fc.double({ min: 0, max: 12, noNaN: true })) },
        ),
        adherence: fc.constantFrom(50, 79, 80, 90, 100, 100, 100),
        end,
        stop: fc.constantFrom(false, false, false, false, true),
        opt: fc.subarray(['dose', 'duration']),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        t: fc.constant('aug' as const),
        agent: fc.constantFrom(...AGENTS),
        target: fraction,
        weeks: fc.noBias(fc.integer({ min: 1, max: 12 })),
        end,
        combo: fc.boolean(),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        t: fc.constant('ect' as const),
        placement: fc.constantFrom('bilateral', 'right-unilateral', 'bifrontal'),
        sessions: fc.noBias(fc.integer({ min: 1, max: 16 })),
        end,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        t: fc.constant('other' as const),
        kind: fc.constantFrom('psychotherapy', 'rtms', 'ketamine', 'esketamine'),
        end,
      }),
    },
  );
}

function build(specs: Spec[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const adPositions: number[] = [];
  for (const s of specs) {
    const endScore = s.end === null ? {} : { endScore: s.end };
    if (s.t === 'ad') {
      const d = ANTIDEPRESSANTS[s.drug as keyof typeof ANTIDEPRESSANTS];
      out.push({
        kind: 'antidepressant',
        drug: s.drug,
        doseMgPerDay: d.minAdequate.mgPerDay * s.dose,
        weeks: Math.round(s.weeks * 100) / 100,
        adherencePercent: s.adherence,
        optimized: s.opt,
        ...(s.stop ? { stoppedFor: 'adverse-effect' } : {}),
        ...endScore,
      });
      adPositions.push(out.length);
    } else if (s.t === 'aug') {
      if (adPositions.length === 0) continue;
      const target = adPositions[Math.min(adPositions.length - 1, Math.floor(s.target * adPositions.length))];
      out.push({
        kind: s.combo ? 'combination' : 'augmentation',
        agent: s.agent,
        augments: target,
        weeks: s.weeks,
        ...endScore,
      });
    } else if (s.t === 'ect') {
      out.push({ kind: 'ect', electrodePlacement: s.placement, sessions: s.sessions, ...endScore });
    } else {
      out.push({ kind: s.kind, ...endScore });
    }
  }
  return out;
}

export const validCase = fc
  .constantFrom(...SCALE_IDS)
  .chain((scale: ScaleId) =>
    fc.record({
      scale: fc.constant(scale),
      baseline: fc.noBias(fc.integer({ min: Math.floor(SCALES[scale].max / 3), max: SCALES[scale].max })),
      specs: fc.array(specArb(SCALES[scale].max), { maxLength: 9 }),
      extraMonths: fc.noBias(fc.integer({ min: 0, max: 40 })),
      age: fc.oneof(fc.constantFrom(16, 17, 18, 40, 70), fc.noBias(fc.integer({ min: 5, max: 110 }))),
      severity: fc.option(fc.constantFrom('subsyndromal', 'mild', 'moderate', 'severe'), { nil: undefined }),
      psychotic: fc.boolean(),
      mania: fc.constantFrom(false, false, false, true),
      emergent: fc.constantFrom([], [], [], ['hypomania'], ['hypomania', 'mania']),
      comorbidities: fc.subarray(Object.keys(COMORBIDITIES)),
      contraindications: fc.oneof(fc.constant([]), fc.subarray([...CONTRAINDICATIONS])),
      crp: fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: undefined }),
      profile: fc.constantFrom('standard', 'regulatory'),
    }),
  )
  .map((r) => {
    const treatments = build(r.specs);
    const adWeeks = treatments.reduce(
      (s, t) => s + (t['kind'] === 'antidepressant' ? (t['weeks'] as number) : 0),
      0,
    );
    return {
      profile: r.profile,
      age: r.age,
      episode: {
        durationMonths: Math.ceil(adWeeks / (52 / 12)) + r.extraMonths,
        scale: r.scale,
        baselineScore: r.baseline,
        ...(r.psychotic ? { psychoticFeatures: true } : r.severity ? { severity: r.severity } : {}),
      },
      history: { maniaOrHypomania: r.mania },
      emergentSymptoms: r.emergent,
      comorbidities: r.comorbidities,
      contraindications: r.contraindications,
      ...(r.crp === undefined ? {} : { labs: { hsCrpMgPerL: r.crp } }),
      treatments,
    };
  });

/** Set, delete or replace something somewhere in a valid case. */
export const mutatedCase = fc
  .tuple(
    validCase,
    fc.array(
      fc.tuple(
        fc.array(fraction, { minLength: 1, maxLength: 4 }),
        fc.oneof(
          fc.jsonValue(),
          fc.constant(undefined),
          fc.constantFrom('sertralin', -1, 61, 1e9, '', 'HAMD17', 'antidepressant', 3, 0.5),
        ),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([c, edits]) => {
    const root = structuredClone(c) as Record<string, unknown>;
    for (const [path, value] of edits) {
      let cur: unknown = root;
      for (let i = 0; i < path.length; i++) {
        if (typeof cur !== 'object' || cur === null) break;
        const keys = Object.keys(cur);
        if (keys.length === 0) break;
        const key = keys[Math.floor((path[i] ?? 0) * keys.length) % keys.length] as string;
        if (i === path.length - 1) {
          if (value === undefined) Reflect.deleteProperty(cur, key);
          else (cur as Record<string, unknown>)[key] = value;
        } else cur = (cur as Record<string, unknown>)[key];
      }
    }
    return root;
  });
