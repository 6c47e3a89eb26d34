// Properties the sources imply (style guide: fast-check only where a source states the property).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CaseInputError,
  EUROPEAN_STAGES,
  assessCase,
  gradeAnswers,
  parseCase,
  profiles,
  SCALES,
  type Assessment,
  type ScaleId,
} from '../../src/engine/index.ts';
import { mutatedCase, validCase } from './arbitraries.ts';

const RUNS = { numRuns: 400 };

/** A failed adequate trial appended at the end: 0 % reduction from a score above every remission cut-off. */
function failedTrial(scale: ScaleId, drug: string) {
  const score = Math.min(SCALES[scale].max, 20);
  return { kind: 'antidepressant', drug, doseMgPerDay: 400, weeks: 8, startScore: score, endScore: score };
}

function stages(a: Assessment) {
  return {
    thaseRush: a.staging.thaseRush,
    european: EUROPEAN_STAGES.indexOf(a.staging.european),
    mgh: a.staging.mgh,
    maudsley: a.staging.maudsley?.total ?? 0,
    failed: a.failedAdequateTrials,
    trd: a.trd.meets ? 1 : 0,
  };
}

describe('properties', () => {
  it('adding a failed adequate antidepressant trial never lowers any stage or score (§1–§4: all count failures upward)', () => {
    fc.assert(
      fc.property(
        validCase,
        fc.constantFrom(
          'sertraline',
          'venlafaxine',
          'bupropion',
          'mirtazapine',
          'nortriptyline',
          'phenelzine',
          'vortioxetine',
        ),
        (c, drug) => {
          const before = stages(assessCase(c));
          const longer = { ...c, episode: { ...c.episode, durationMonths: c.episode.durationMonths + 2 } };
          const base = stages(assessCase(longer));
          const after = assessCase({
            ...longer,
            treatments: [...c.treatments, failedTrial(c.episode.scale, drug)],
          });
          expect(after.treatments.at(-1)?.failed).toBe(true);
          const s = stages(after);
          expect(s.failed).toBe(base.failed + 1);
          for (const k of ['thaseRush', 'european', 'mgh', 'maudsley', 'trd'] as const) {
            expect(s[k]).toBeGreaterThanOrEqual(base[k]);
            expect(base[k]).toBeGreaterThanOrEqual(before[k]); // a longer episode never lowers them either
          }
        },
      ),
      RUNS,
    );
  });

  it('a remission never counts as a failure, and an end score at or below the cut-off is always a remission (unless stopped for intolerance)', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        const a = assessCase(c);
        const cut = profiles[a.profile as 'standard' | 'regulatory'].remission[a.scale].atMost;
        for (const t of a.treatments) {
          if (t.outcome === 'remission') expect(t.failed).toBe(false);
          if (t.endScore !== null && t.endScore <= cut && t.outcome !== 'intolerance')
            expect(t.outcome).toBe('remission');
          if (t.failed) expect(t.adequate).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('the Maudsley total is always 3–15 and equals the sum of its parts (§4)', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        const m = assessCase(c).staging.maudsley;
        if (!m) return;
        expect(m.total).toBe(m.duration + m.severity + m.failures + m.augmentation + m.ect);
        expect(m.total).toBeGreaterThanOrEqual(3);
        expect(m.total).toBeLessThanOrEqual(15);
        expect(m.band).toBe(m.total <= 6 ? 'mild' : m.total <= 10 ? 'moderate' : 'severe');
      }),
      RUNS,
    );
  });

  it('MGH is a multiple of 0.5 and never negative; preferred and avoided next steps never overlap', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        const a = assessCase(c);
        expect(Number.isInteger(a.staging.mgh * 2) && a.staging.mgh >= 0).toBe(true);
        expect(a.nextSteps.preferred.filter((s) => a.nextSteps.avoid.includes(s))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('every finding has a code, text and at least one source', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        for (const f of assessCase(c).findings) {
          expect(f.code).toMatch(/^[a-z-]+(\.[a-z0-9-]+)+$/);
          expect(f.text.length).toBeGreaterThan(10);
          expect(f.sources.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('parseCase never throws anything but CaseInputError, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        try {
          parseCase(v);
        } catch (e) {
          expect(e).toBeInstanceOf(CaseInputError);
          expect((e as CaseInputError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('parseCase and assessCase never throw anything but CaseInputError for mutated valid cases', () => {
    fc.assert(
      fc.property(mutatedCase, (v) => {
        try {
          parseCase(v);
          assessCase(v);
        } catch (e) {
          if (!(e instanceof CaseInputError)) throw e;
          for (const i of e.issues) expect(i.message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gradeAnswers never throws for any answers', () => {
    const questions = [
      { kind: 'trd' },
      { kind: 'failed-trials' },
      { kind: 'stage', model: 'thaseRush' },
      { kind: 'stage', model: 'european' },
      { kind: 'stage', model: 'mgh' },
      { kind: 'stage', model: 'maudsley' },
      { kind: 'stage', model: 'maudsleyBand' },
      { kind: 'pseudo-resistance' },
      { kind: 'next-step' },
      { kind: 'pdd' },
      { kind: 'esketamine-eligible' },
    ];
    fc.assert(
      fc.property(validCase, fc.array(fc.jsonValue(), { minLength: 11, maxLength: 11 }), (c, raw) => {
        const ids = [
          'trd-0',
          'failed-trials-1',
          'stage-2-thaseRush',
          'stage-3-european',
          'stage-4-mgh',
          'stage-5-maudsley',
          'stage-6-maudsleyBand',
          'pseudo-resistance-7',
          'next-step-8',
          'pdd-9',
          'esketamine-eligible-10',
        ];
        const answers = Object.fromEntries(ids.map((id, i) => [id, raw[i]]));
        const g = gradeAnswers(c, questions, answers);
        expect(g.results).toHaveLength(11);
        for (const r of g.results) {
          expect(r.credit).toBeGreaterThanOrEqual(0);
          expect(r.credit).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
