// Next-step credit: "ECT first with psychotic features" (engine contract, Next steps) as a
// required step, and the share-of-preferred reading for every other case. Expected values are
// worked out from the sources named in each test, never by running the engine first.
import { describe, expect, it } from 'vitest';
import {
  assessCase,
  exerciseKey,
  gradeAnswers,
  gradeWithKey,
  nextStepCredit,
} from '../../src/engine/index.ts';
import { seedCase36 } from './helpers.ts';

// The case of content/vignettes/nextstep-psychotic-features-ect.mdx: sertraline 150 mg × 6 weeks
// at 85 % (HAM-D-17 31 → 30, 3.2 %) and venlafaxine 150 mg × 7 weeks at 90 % (30 → 33, −10 %):
// two adequate non-responses from two classes = TRD (contract; Thase & Rush 1997 stage II), with
// psychotic features.
const psychotic = {
  age: 68,
  episode: {
    durationMonths: 7,
    scale: 'HAMD17',
    baselineScore: 31,
    severity: 'severe',
    psychoticFeatures: true,
  },
  treatments: [
    {
      kind: 'antidepressant',
      drug: 'sertraline',
      doseMgPerDay: 150,
      weeks: 6,
      adherencePercent: 85,
      endScore: 30,
    },
    {
      kind: 'antidepressant',
      drug: 'venlafaxine',
      doseMgPerDay: 150,
      weeks: 7,
      adherencePercent: 90,
      endScore: 33,
    },
  ],
};
const q = [{ kind: 'next-step' }];
const grade = (c: unknown, pick: string[]) => gradeAnswers(c, q, { 'next-step-0': pick }).results[0];

describe('ECT first with psychotic features (engine contract; CORE, Husain 2004; ELEKT-D, Anand 2023)', () => {
  it('marks ECT as the required step of psychotic TRD, and ketamine is not offered (ELEKT-D was non-psychotic)', () => {
    const a = assessCase(psychotic);
    expect(a.trd.meets).toBe(true);
    expect(a.nextSteps.required).toEqual(['ect']);
    expect(a.nextSteps.preferred[0]).toBe('ect');
    expect(a.nextSteps.preferred).not.toContain('ketamine');
    expect(a.findings.find((f) => f.code === 'next.trd')?.text).toMatch(/ECT comes first.*full credit/);
  });

  it('gives full credit only to answers that include ECT', () => {
    expect(grade(psychotic, ['ect'])?.credit).toBe(1);
    expect(grade(psychotic, ['ect', 'augment'])?.credit).toBe(1);
  });

  it('gives a switch-only or esketamine-only answer half credit (both preferred, but ECT comes first)', () => {
    expect(grade(psychotic, ['switch'])?.credit).toBe(1 / 2);
    expect(grade(psychotic, ['esketamine'])?.credit).toBe(1 / 2);
    expect(grade(psychotic, ['switch'])?.feedback).toContain(
      'Comes first here and is missing: electroconvulsive therapy (ECT).',
    );
  });

  it('still charges a pick that is not preferred: ECT + ketamine earns the preferred share, 1/2', () => {
    expect(grade(psychotic, ['ect', 'ketamine'])?.credit).toBe(1 / 2);
    expect(grade(psychotic, ['ketamine'])?.credit).toBe(0);
  });

  it('labels the engine’s answer with ECT first', () => {
    expect(grade(psychotic, ['ect'])?.expectedLabel).toMatch(
      /^electroconvulsive therapy \(ECT\) first; also preferred: switch to another antidepressant/,
    );
  });

  it('grades the same from a build-time key that went through JSON', () => {
    const key = JSON.parse(JSON.stringify(exerciseKey(psychotic, q))) as ReturnType<typeof exerciseKey>;
    expect(gradeWithKey(key, { 'next-step-0': ['switch'] }).results[0]?.credit).toBe(1 / 2);
  });
});

describe('next-step credit without required steps: |picks ∩ preferred| / max(|picks|, 1)', () => {
  it('non-psychotic TRD: a single switch earns full credit (STAR*D levels 3–4 offered switches, Rush 2006; Thase–Rush III–IV are further switches, Thase 1997)', () => {
    // Seed 003 case: sertraline 200 mg × 8 weeks (24 → 20) and venlafaxine 225 mg × 10 weeks (20 → 19).
    const a = assessCase(seedCase36);
    expect(a.trd.meets).toBe(true);
    expect(a.nextSteps.required).toEqual([]);
    expect(grade(seedCase36, ['switch'])?.credit).toBe(1);
    expect(grade(seedCase36, ['esketamine'])?.credit).toBe(1);
  });

  it('keys built before `required` existed grade as before', () => {
    const e = { preferred: ['switch', 'augment'] as const, avoid: ['optimize-dose'] as const };
    expect(nextStepCredit({ preferred: [...e.preferred], avoid: [...e.avoid] }, ['switch'])).toBe(1);
    expect(nextStepCredit({ preferred: [...e.preferred], avoid: [...e.avoid] }, ['switch', 'ect'])).toBe(
      1 / 2,
    );
    expect(nextStepCredit({ preferred: [...e.preferred], avoid: [...e.avoid] }, ['optimize-dose'])).toBe(0);
    expect(nextStepCredit({ preferred: [...e.preferred], avoid: [...e.avoid] }, [])).toBe(0);
  });
});
