// parseCase / CaseInputError: every problem at once, with a path and a message that says what
// is allowed. Paths are 0-based (`treatments.1.drug` = the second treatment).
import { describe, expect, it } from 'vitest';
import { CaseInputError, assessCase, parseCase } from '../../src/engine/index.ts';
import { ad, makeCase, seedCase36 } from './helpers.ts';

function issuesOf(input: unknown): Array<{ path: string; message: string }> {
  try {
    parseCase(input);
  } catch (e) {
    if (e instanceof CaseInputError) return e.issues;
    throw e;
  }
  throw new Error('expected a CaseInputError');
}

describe('parseCase normalises', () => {
  it('applies defaults and resolves start scores (contract "Start score": previous end score, else baseline)', () => {
    const c = parseCase({
      age: 36,
      episode: { durationMonths: 18, scale: 'HAMD17', baselineScore: 24 },
      treatments: [
        { kind: 'antidepressant', drug: 'sertraline', doseMgPerDay: 200, weeks: 8 },
        { kind: 'psychotherapy', endScore: 21 },
        { kind: 'antidepressant', drug: 'venlafaxine', doseMgPerDay: 225, weeks: 10, endScore: 19 },
        { kind: 'antidepressant', drug: 'bupropion', doseMgPerDay: 300, weeks: 6, startScore: 25 },
      ],
    });
    expect(c.profile).toBe('standard');
    expect(c.history).toEqual({ maniaOrHypomania: false });
    expect(c.episode.psychoticFeatures).toBe(false);
    expect([c.emergentSymptoms, c.comorbidities, c.contraindications]).toEqual([[], [], []]);
    expect(c.treatments.map((t) => t.startScore)).toEqual([24, 24, 21, 25]);
    const first = c.treatments[0];
    expect(first?.kind === 'antidepressant' && first.adherencePercent).toBe(100);
    expect(first?.kind === 'antidepressant' && first.optimized).toEqual([]);
  });

  it('is idempotent: a parsed case parses to itself', () => {
    const once = parseCase(seedCase36);
    expect(parseCase(once)).toEqual(once);
  });

  it('accepts an empty treatment list', () => {
    expect(parseCase(makeCase([])).treatments).toEqual([]);
  });
});

describe('CaseInputError lists every problem at once', () => {
  it('reports schema and cross-field problems together, each with its path', () => {
    const issues = issuesOf({
      age: 4.5,
      episode: {
        durationMonths: 12,
        scale: 'HAMD17',
        baselineScore: 61,
        severity: 'mild',
        psychoticFeatures: true,
      },
      comorbidities: ['hypothyroid'],
      contraindications: ['aneurysm'],
      emergentSymptoms: ['hypomania', 'hypomania'],
      colour: 'blue',
      treatments: [
        {
          kind: 'antidepressant',
          drug: 'sertralin',
          doseMgPerDay: 50,
          weeks: -2,
          adherencePercent: 120,
          endScore: 30,
        },
        { kind: 'augmentation', agent: 'lithium', augments: 3, weeks: 4 },
        { kind: 'antidepresant', drug: 'venlafaxine' },
        { kind: 'augmentation', agent: 'aripiprazole', augments: 1, weeks: 6, drug: 'x' },
        { kind: 'antidepressant', drug: 'venlafaxine', doseMgPerDay: 150 },
      ],
    });
    expect(issues).toMatchInlineSnapshot(`
      [
        {
          "label": "Age (years)",
          "message": "age must be a whole number of years from 5 to 110 (got 4.5)",
          "path": "age",
        },
        {
          "label": "Comorbidities",
          "message": "unknown comorbidity code "hypothyroid" — did you mean "hypothyroidism"? Allowed: hypothyroidism, obstructive-sleep-apnea, chronic-inflammatory-disease, anxiety-disorder, personality-disorder, alcohol-use-disorder, substance-use-disorder",
          "path": "comorbidities.0",
        },
        {
          "label": "Contraindications",
          "message": "unknown contraindication code "aneurysm". Allowed: aneurysmal-vascular-disease, arteriovenous-malformation, intracerebral-hemorrhage-history, esketamine-hypersensitivity, ketamine-hypersensitivity, bp-icp-increase-serious-risk",
          "path": "contraindications.0",
        },
        {
          "label": "Antidepressant",
          "message": "unknown drug "sertralin" — did you mean "sertraline"?",
          "path": "treatments.0.drug",
        },
        {
          "label": "Weeks",
          "message": "weeks must be a number of weeks, 0 or more (fractions allowed: 10 days = 1.43) (got -2)",
          "path": "treatments.0.weeks",
        },
        {
          "label": "Adherence (%)",
          "message": "adherencePercent must be a percentage from 0 to 100 (got 120)",
          "path": "treatments.0.adherencePercent",
        },
        {
          "label": "Kind of treatment",
          "message": "unknown treatment kind "antidepresant" — did you mean "antidepressant"? Allowed: antidepressant, augmentation, combination, ect, psychotherapy, rtms, ketamine, esketamine",
          "path": "treatments.2.kind",
        },
        {
          "label": "Antidepressant",
          "message": "field "drug" does not apply to kind "augmentation". Allowed fields here: kind, agent, augments, weeks, doseMgPerDay, adherencePercent, startScore, endScore, stoppedFor, adverseEffect",
          "path": "treatments.3.drug",
        },
        {
          "label": "Weeks",
          "message": "weeks is required: a number of weeks, 0 or more (fractions allowed: 10 days = 1.43)",
          "path": "treatments.4.weeks",
        },
        {
          "label": "Colour",
          "message": "unknown field "colour". Allowed fields here: profile, age, episode, history, emergentSymptoms, comorbidities, labs, contraindications, treatments",
          "path": "colour",
        },
        {
          "label": "Baseline score",
          "message": "HAMD17 scores run 0–52; got 61",
          "path": "episode.baselineScore",
        },
        {
          "label": "Severity",
          "message": "severity "mild" contradicts psychoticFeatures: true — the Maudsley method rates psychotic features only as "severe with psychosis"; use severity: severe or leave severity out",
          "path": "episode.severity",
        },
        {
          "label": "Symptoms that appeared during treatment",
          "message": ""hypomania" is listed twice",
          "path": "emergentSymptoms.1",
        },
        {
          "label": "Added to treatment",
          "message": "augments: 3 points at treatment 3, which is kind "antidepresant", not an antidepressant trial",
          "path": "treatments.1.augments",
        },
      ]
    `);
  });

  it('explains augments that point nowhere, at itself, at a non-antidepressant or at a later trial', () => {
    const psych = { kind: 'psychotherapy' };
    const aug = (augments: number) => ({ kind: 'augmentation', agent: 'lithium', augments, weeks: 4 });
    expect(issuesOf(makeCase([ad('sertraline'), aug(5)])).map((i) => i.message)).toEqual([
      'augments: 5 points at treatment 5, but the case lists only 2 (augments is the 1-based position of the antidepressant trial)',
    ]);
    expect(issuesOf(makeCase([aug(1)]))[0]?.message).toContain('points at this augmentation itself');
    expect(issuesOf(makeCase([psych, aug(1)]))[0]?.message).toContain(
      'kind "psychotherapy", not an antidepressant trial',
    );
    expect(issuesOf(makeCase([aug(2), ad('sertraline')]))[0]?.message).toContain(
      'points at a later treatment',
    );
  });

  it('tells authors when a drug is an augmentation agent or an agent is an antidepressant', () => {
    expect(issuesOf(makeCase([ad('lithium')]))[0]?.message).toContain('"lithium" is an augmentation agent');
    expect(
      issuesOf(
        makeCase([ad('sertraline'), { kind: 'augmentation', agent: 'venlafaxine', augments: 1, weeks: 4 }]),
      )[0]?.message,
    ).toContain('add it to another antidepressant with kind: combination');
  });

  it('checks every score against the scale range (MADRS 0–60, QIDS-SR16 0–27, PHQ-9 0–27)', () => {
    expect(
      issuesOf(
        makeCase([ad('sertraline', { endScore: 61 })], { episode: { scale: 'MADRS', baselineScore: 30 } }),
      ),
    ).toEqual([
      { path: 'treatments.0.endScore', message: 'MADRS scores run 0–60; got 61', label: 'End score' },
    ]);
    expect(
      issuesOf(
        makeCase([ad('sertraline', { startScore: 28 })], {
          episode: { scale: 'QIDSSR16', baselineScore: 20 },
        }),
      )[0]?.message,
    ).toBe('QIDSSR16 scores run 0–27; got 28');
    expect(issuesOf(makeCase([], { episode: { scale: 'PHQ9', baselineScore: 12.5 } }))[0]?.message).toContain(
      'whole-number score',
    );
  });

  it('rejects trials that add up to more weeks than the episode has lasted', () => {
    expect(
      issuesOf(
        makeCase([ad('sertraline', { weeks: 10 }), ad('venlafaxine', { weeks: 10 })], {
          episode: { durationMonths: 4 },
        }),
      ),
    ).toEqual([
      {
        path: 'episode.durationMonths',
        message:
          "the antidepressant trials add up to 20 weeks (≈ 4.62 months), longer than the 4-month episode; check durationMonths or the trials' weeks",
        label: 'Episode length (months)',
      },
    ]);
  });

  it('reports a missing episode and a non-object input clearly', () => {
    expect(issuesOf({ age: 30 })).toEqual([
      { path: 'episode', message: 'episode is required: an object with named fields', label: 'Episode' },
    ]);
    expect(issuesOf(null)).toEqual([
      { path: '', message: 'the input must be an object with named fields (got null)', label: 'Case' },
    ]);
    expect(issuesOf([])[0]?.message).toContain('got a list');
  });

  it('the error message lists every issue for the console', () => {
    try {
      parseCase({ age: 3, episode: {} });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CaseInputError);
      expect((e as Error).message).toMatch(/^Invalid case: 4 problems\n- age: /);
    }
  });

  it('assessCase rejects an unknown profile option with a suggestion', () => {
    expect(() => assessCase(seedCase36, { profile: 'regulatry' as 'regulatory' })).toThrow(
      /unknown profile "regulatry" — did you mean "regulatory"\?/,
    );
  });
});
