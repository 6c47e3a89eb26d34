// The light entry points the islands use (assessAntidepressantTrial, assessOutcome,
// esketamineEligibilityOfTrials) check their input by hand instead of building the zod case
// schema. They must be the same rules with the same messages: these tests run each one side by
// side with assessCase / parseCase / esketamineEligibility on the same inputs. Clinical
// expectations in the named tests come from the sources (clinical-rules §6–§8).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANTIDEPRESSANT_DOSES,
  ANTIDEPRESSANT_FIELDS,
  CONTRAINDICATIONS,
  CaseInputError,
  SCALES,
  SCALE_IDS,
  US_ESKETAMINE_CONTRAINDICATIONS,
  assessAntidepressantTrial,
  assessCase,
  assessOutcome,
  esketamineEligibility,
  esketamineEligibilityOfTrials,
  parseCase,
  type ScaleId,
} from '../../src/engine/index.ts';
import { antidepressantSchema } from '../../src/engine/schema.ts';
import { mutatedCase, validCase } from './arbitraries.ts';

type Issue = { path: string; message: string };

function issuesOf(fn: () => unknown): Issue[] | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (!(e instanceof CaseInputError)) throw e;
    return e.issues.map(({ path, message }) => ({ path, message }));
  }
}
const sorted = (xs: Issue[] | null) => (xs ?? []).map((i) => `${i.path} :: ${i.message}`).sort();

/** A case whose only treatment is `trial` (start score given, so the outcome text matches). */
const oneTrialCase = (trial: Record<string, unknown>, scale: ScaleId = 'HAMD17') => ({
  age: 40,
  episode: { durationMonths: 1000, scale, baselineScore: 0 },
  treatments: [{ kind: 'antidepressant', ...trial }],
});

describe('assessAntidepressantTrial = the case rules for a one-trial case', () => {
  it('lists the same fields as the case schema', () => {
    expect([...ANTIDEPRESSANT_FIELDS]).toEqual(Object.keys(antidepressantSchema.shape));
  });

  const trials = fc.record(
    {
      drug: fc.constantFrom(...(Object.keys(ANTIDEPRESSANT_DOSES) as (keyof typeof ANTIDEPRESSANT_DOSES)[])),
      dose: fc.constantFrom(0.5, 0.99, 1, 1.5, 2),
      weeks: fc.constantFrom(1.43, 4, 5.99, 6, 8, 12),
      adherencePercent: fc.constantFrom(50, 79, 80, 100),
      stop: fc.boolean(),
      start: fc.integer({ min: 0, max: 52 }),
      end: fc.option(fc.integer({ min: 0, max: 52 }), { nil: undefined }),
    },
    { requiredKeys: ['drug', 'dose', 'weeks', 'adherencePercent', 'stop', 'start'] },
  );

  it('gives the same reading and the same adequacy, outcome, failure and pseudo-resistance findings', () => {
    fc.assert(
      fc.property(trials, (r) => {
        const trial: Record<string, unknown> = {
          drug: r.drug,
          doseMgPerDay: ANTIDEPRESSANT_DOSES[r.drug].min * r.dose,
          weeks: r.weeks,
          adherencePercent: r.adherencePercent,
          ...(r.stop ? { stoppedFor: 'adverse-effect' } : {}),
          ...(r.end === undefined ? {} : { startScore: r.start, endScore: r.end }),
        };
        const light = assessAntidepressantTrial(trial);
        const full = assessCase(oneTrialCase(trial));
        const rules = new Set(['adequacy', 'outcome', 'failure', 'pseudo-resistance']);
        const expected = full.treatments[0];
        if (r.end === undefined) {
          // No scores: the case resolves the start score from its baseline, the trial has none.
          expect({ ...light.trial, startScore: 0, startScoreFrom: 'given' }).toEqual({
            ...expected,
            startScore: 0,
            startScoreFrom: 'given',
          });
        } else expect(light.trial).toEqual(expected);
        expect(light.findings).toEqual(
          full.findings.filter((f) => f.about === 'treatments.0' && rules.has(f.rule)),
        );
      }),
    );
  });

  it.each([
    ['doseMgPerDay', -5],
    ['doseMgPerDay', 0],
    ['doseMgPerDay', 'lots'],
    ['doseMgPerDay', undefined],
    ['weeks', -1],
    ['weeks', 'six'],
    ['weeks', undefined],
    ['adherencePercent', 150],
    ['adherencePercent', -1],
    ['adherencePercent', '90%'],
    ['drug', 'sertralin'],
    ['drug', 'lithium'],
    ['drug', 5],
    ['drug', undefined],
    ['stoppedFor', 'bored'],
    ['endScore', 60],
    ['endScore', 1.5],
    ['endScore', -1],
    ['optimized', ['dose', 'dose']],
    ['optimized', ['speed']],
    ['optimized', 'dose'],
    ['adverseEffect', 5],
    ['colour', 'blue'],
  ])('reports %s = %j with the message parseCase gives', (field, value) => {
    const trial: Record<string, unknown> = {
      kind: 'antidepressant',
      drug: 'sertraline',
      doseMgPerDay: 100,
      weeks: 8,
      startScore: 20,
      [field]: value,
    };
    if (value === undefined) Reflect.deleteProperty(trial, field);
    const light = issuesOf(() => assessAntidepressantTrial(trial));
    const full = issuesOf(() => parseCase(oneTrialCase(trial)));
    expect(light).not.toBeNull();
    expect(sorted(light)).toEqual(sorted(full).map((s) => s.replace(/^treatments\.0\./, '')));
  });

  it('labels its issues for learners: "Dose (mg/day)"', () => {
    try {
      assessAntidepressantTrial({ drug: 'sertraline', doseMgPerDay: 'lots', weeks: 8 });
    } catch (e) {
      expect((e as CaseInputError).issues).toEqual([
        {
          path: 'doseMgPerDay',
          message: 'doseMgPerDay must be a dose in mg/day above 0 (got "lots")',
          label: 'Dose (mg/day)',
        },
      ]);
    }
  });

  it('sertraline 25 mg/day is below the 50 mg/day module minimum (clinical-rules §6b) and raises inadequate-dose pseudo-resistance', () => {
    const r = assessAntidepressantTrial({ drug: 'sertraline', doseMgPerDay: 25, weeks: 8 });
    expect(r.trial.inadequateBecause).toEqual(['dose']);
    expect(r.findings.map((f) => f.code)).toContain('pseudo.inadequate-dose');
  });
});

describe('assessOutcome (percent reduction and outcome from two scores)', () => {
  it('seed 003: HAM-D-17 24 → 12 is a 50 % response without remission (≤ 7 needed, STAR*D) → optimise or augment, not switch', () => {
    const o = assessOutcome('HAMD17', 24, 12);
    expect(o.percentReduction).toBe(50);
    expect(o.outcome).toBe('response');
    expect(o.nextSteps).toEqual({ preferred: ['optimize-dose', 'augment'], avoid: ['switch'], required: [] });
    expect(o.findings[0]?.sources).toEqual(['desseilles2011', 'rush2006']);
    expect(o.findings[0]?.text).toMatch(/^HAM-D-17 24 → 12: 50% reduction, at least 50% — response/);
  });

  it('MADRS 24 → 11: response under standard (≤ 10, Goodwin 2022), remission under regulatory (≤ 12, esketamine programme)', () => {
    expect(assessOutcome('MADRS', 24, 11).outcome).toBe('response');
    expect(assessOutcome('MADRS', 24, 11, 'regulatory').outcome).toBe('remission');
  });

  it('exactly 25 % (24 → 18) is partial response (Desseilles 2011: non-response is below 25 %)', () => {
    expect(assessOutcome('HAMD17', 24, 18).outcome).toBe('partial-response');
  });

  it('agrees with a case trial for every start and end score on every scale and profile', () => {
    for (const scale of SCALE_IDS) {
      const max = SCALES[scale].max;
      for (const profile of ['standard', 'regulatory'] as const) {
        for (const start of [0, 1, 5, 8, 12, 20, Math.floor(max / 2), max]) {
          for (let end = 0; end <= max; end += scale === 'MADRS' || scale === 'HAMD17' ? 3 : 1) {
            const light = assessOutcome(scale, start, end, profile);
            const full = assessCase({
              ...oneTrialCase(
                { drug: 'sertraline', doseMgPerDay: 50, weeks: 8, startScore: start, endScore: end },
                scale,
              ),
              profile,
            });
            const t = full.treatments[0];
            expect([light.outcome, light.percentReduction]).toEqual([t?.outcome, t?.percentReduction]);
            const f = full.findings.find((x) => x.about === 'treatments.0' && x.rule === 'outcome');
            const label = SCALES[scale].label;
            expect(f?.text).toBe(
              light.findings[0]?.text.replace(
                `${label} ${start} →`,
                `Treatment 1: ${label} start ${start} →`,
              ),
            );
            expect(f?.sources).toEqual(light.findings[0]?.sources);
            if (!full.trd.meets) {
              expect(light.nextSteps.preferred).toEqual(full.nextSteps.preferred);
              expect(light.nextSteps.avoid).toEqual(full.nextSteps.avoid);
            }
          }
        }
      }
    }
  });

  it.each([
    [['HAMD', 24, 12], 'scale'],
    [['HAMD17', 60, 12], 'startScore'],
    [['HAMD17', 24, 'twenty'], 'endScore'],
    [['HAMD17', 24.5, 12], 'startScore'],
    [['HAMD17', -1, 12], 'startScore'],
  ] as const)('rejects %j with the case parser’s message for %s', (args, field) => {
    const [scale, start, end] = args;
    const light = issuesOf(() => assessOutcome(scale, start, end));
    const full = issuesOf(() =>
      parseCase({
        age: 40,
        episode: { durationMonths: 10, scale, baselineScore: 0 },
        treatments: [
          {
            kind: 'antidepressant',
            drug: 'sertraline',
            doseMgPerDay: 50,
            weeks: 8,
            startScore: start,
            endScore: end,
          },
        ],
      }),
    );
    const onField = (xs: Issue[] | null) =>
      sorted((xs ?? []).filter((i) => i.path.endsWith(field)).map((i) => ({ ...i, path: field })));
    expect(onField(light)).toEqual(onField(full));
    expect(onField(light)).not.toEqual([]);
  });

  it('needs both scores (there is no episode baseline to fall back on)', () => {
    expect(issuesOf(() => assessOutcome('HAMD17', undefined, 12))).toEqual([
      { path: 'startScore', message: 'startScore is required: a whole-number score on the episode scale' },
    ]);
  });

  it('rejects an unknown profile with the closest id', () => {
    expect(issuesOf(() => assessOutcome('HAMD17', 24, 12, 'regulatry'))).toEqual([
      {
        path: 'profile',
        message: 'unknown profile "regulatry" — did you mean "regulatory"? Allowed: "standard", "regulatory"',
      },
    ]);
  });
});

/** The part of a (possibly mutated) generated case the eligibility check takes: its antidepressant trials. */
function trialsOnly(c: Record<string, unknown>): Record<string, unknown> {
  const isObj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const out: Record<string, unknown> = {};
  for (const k of ['age', 'history', 'contraindications']) if (k in c) out[k] = c[k];
  const ep = c['episode'];
  if (ep !== undefined) {
    out['episode'] = isObj(ep)
      ? Object.fromEntries(
          Object.entries(ep).filter(([k]) => ['durationMonths', 'scale', 'baselineScore'].includes(k)),
        )
      : ep;
  }
  const ts = c['treatments'];
  const other = ['augmentation', 'combination', 'ect', 'psychotherapy', 'rtms', 'ketamine', 'esketamine'];
  if (ts !== undefined)
    out['treatments'] = Array.isArray(ts)
      ? ts.filter((t: unknown) => !(isObj(t) && other.includes(String(t['kind']))))
      : ts;
  return out;
}

describe('esketamineEligibilityOfTrials = esketamineEligibility on the same case', () => {
  it('US contraindications are the five of the US label (clinical-rules §8b); the sixth code is the EU SmPC clause', () => {
    expect([...US_ESKETAMINE_CONTRAINDICATIONS]).toEqual([
      'aneurysmal-vascular-disease',
      'arteriovenous-malformation',
      'intracerebral-hemorrhage-history',
      'esketamine-hypersensitivity',
      'ketamine-hypersensitivity',
    ]);
    expect(CONTRAINDICATIONS.filter((c) => !US_ESKETAMINE_CONTRAINDICATIONS.includes(c))).toEqual([
      'bp-icp-increase-serious-risk',
    ]);
  });

  it('gives the same verdict, reasons (with met) and per-trial readings for any case of antidepressant trials', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        const input = trialsOnly(c);
        const light = esketamineEligibilityOfTrials(input);
        const full = esketamineEligibility(input);
        expect({ eligible: light.eligible, reasons: light.reasons, monitoring: light.monitoring }).toEqual(
          full,
        );
        expect(light.treatments).toEqual(assessCase(input, { profile: 'regulatory' }).treatments);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts what parseCase accepts and rejects what it rejects, with the same messages on shared fields', () => {
    fc.assert(
      fc.property(mutatedCase, (c) => {
        const input = trialsOnly(c);
        const full = issuesOf(() => parseCase(input));
        const light = issuesOf(() => esketamineEligibilityOfTrials(input));
        if (light === null) expect(full).toBeNull();
        if (full !== null) expect(light).not.toBeNull();
        const shared = (xs: Issue[] | null) =>
          sorted(
            (xs ?? []).filter(
              (i) => !/unknown field|does not apply to kind/.test(i.message) && !i.path.endsWith('.kind'),
            ),
          );
        const ts = input['treatments'];
        const allAntidepressants = (Array.isArray(ts) ? ts : []).every(
          (t) =>
            typeof t === 'object' &&
            t !== null &&
            (t as Record<string, unknown>)['kind'] === 'antidepressant',
        );
        if (allAntidepressants) expect(shared(light)).toEqual(shared(full));
      }),
      { numRuns: 300 },
    );
  });

  it('marks each reason met or blocking: an adult with two failed SSRIs and aneurysmal vascular disease (US label §8b)', () => {
    const e = esketamineEligibilityOfTrials({
      age: 42,
      episode: { durationMonths: 14, scale: 'MADRS', baselineScore: 32 },
      contraindications: ['aneurysmal-vascular-disease'],
      treatments: [
        { kind: 'antidepressant', drug: 'sertraline', doseMgPerDay: 150, weeks: 8, endScore: 29 },
        { kind: 'antidepressant', drug: 'escitalopram', doseMgPerDay: 20, weeks: 8, endScore: 27 },
      ],
    });
    expect(e.eligible).toBe(false);
    expect(e.reasons.map((r) => [r.code, r.met])).toEqual([
      ['esketamine.trd-met', true],
      ['esketamine.adult', true],
      ['esketamine.contraindicated', false],
    ]);
  });

  it('rejects other kinds of treatment: this check takes antidepressant trials only', () => {
    expect(
      issuesOf(() =>
        esketamineEligibilityOfTrials({
          age: 42,
          episode: { durationMonths: 14, scale: 'MADRS', baselineScore: 32 },
          treatments: [{ kind: 'ect', electrodePlacement: 'bilateral', sessions: 12 }],
        }),
      ),
    ).toContainEqual({
      path: 'treatments.0.kind',
      message: 'kind must be antidepressant: this check takes antidepressant trials only (got "ect")',
    });
  });
});

describe('dose findings name the usual dose range from the drug table (uptodate-doses)', () => {
  it('a drug with one usual dose says so (duloxetine 60 mg/day), a range stays a range (sertraline 50–200)', () => {
    const text = (drug: 'duloxetine' | 'sertraline', doseMgPerDay: number) =>
      assessAntidepressantTrial({ drug, doseMgPerDay, weeks: 8 })
        .findings.map((f) => f.text)
        .join(' ');
    expect(text('duloxetine', 60)).toContain('usual dose 60 mg/day');
    expect(text('duloxetine', 60)).not.toContain('60–60');
    expect(text('sertraline', 100)).toContain('usual range 50–200 mg/day');
  });
});
