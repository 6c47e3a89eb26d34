// Grading: answer spellings, credit, feedback from findings, authoring checks.
import { describe, expect, it } from 'vitest';
import {
  CaseInputError,
  NEXT_STEPS,
  RULESET_VERSION,
  answerControl,
  answerOptions,
  assessCase,
  checkExpectations,
  describeStage,
  exerciseKey,
  expectedAnswer,
  gradeAnswers,
  gradeWithKey,
  normalizeAnswer,
  parseQuestions,
  questionPrompt,
  readControlAnswer,
  type KeyItem,
} from '../../src/engine/index.ts';
import { seedCase36 } from './helpers.ts';

const ok = (value: unknown) => ({ ok: true, value });

describe('normalizeAnswer accepts the usual spellings', () => {
  it.each(['Stage II', '2', 'ii', 'II', 'stage 2', ' Stage ii ', 2])('Thase–Rush %j → 2', (raw) => {
    expect(normalizeAnswer({ kind: 'stage', model: 'thaseRush' }, raw)).toEqual(ok(2));
  });
  it.each(['Stage 0', '0', 0])('Thase–Rush %j → 0', (raw) => {
    expect(normalizeAnswer({ kind: 'stage', model: 'thaseRush' }, raw)).toEqual(ok(0));
  });
  it.each(['trd 1', 'TRD1', 'trd-1', 'Trd 1'])('European %j → TRD1', (raw) => {
    expect(normalizeAnswer({ kind: 'stage', model: 'european' }, raw)).toEqual(ok('TRD1'));
  });
  it.each(['Non-responder', 'nonresponder', 'non responder'])('European %j → non-responder', (raw) => {
    expect(normalizeAnswer({ kind: 'stage', model: 'european' }, raw)).toEqual(ok('non-responder'));
  });
  it.each(['yes', 'Y', 'true', true, 'YES '])('%j → true', (raw) => {
    expect(normalizeAnswer({ kind: 'trd' }, raw)).toEqual(ok(true));
  });
  it.each(['no', 'n', 'false', false])('%j → false', (raw) => {
    expect(normalizeAnswer({ kind: 'adequacy' }, raw)).toEqual(ok(false));
  });
  it.each([
    ['1,5', 1.5],
    ['3.5', 3.5],
    ['3,5 points', 3.5],
    [2, 2],
  ])('MGH %j → %d', (raw, v) => {
    expect(normalizeAnswer({ kind: 'stage', model: 'mgh' }, raw)).toEqual(ok(v));
  });
  it.each([
    ['16,7', 16.7],
    ['16.7%', 16.7],
    ['-10', -10],
    [50, 50],
  ])('percent reduction %j → %d', (raw, v) => {
    expect(normalizeAnswer({ kind: 'percent-reduction' }, raw)).toEqual(ok(v));
  });
  it.each(['partial response', 'Partial-Response', 'partial', 'PARTIAL_RESPONSE'])(
    'outcome %j → partial-response',
    (raw) => {
      expect(normalizeAnswer({ kind: 'outcome' }, raw)).toEqual(ok('partial-response'));
    },
  );
  it('outcome "response without remission" → response; "non responder" → non-response', () => {
    expect(normalizeAnswer({ kind: 'outcome' }, 'Response without remission')).toEqual(ok('response'));
    expect(normalizeAnswer({ kind: 'outcome' }, 'non responder')).toEqual(ok('non-response'));
  });
  it('multi-select from a list or a comma-separated string, with aliases, in canonical order', () => {
    expect(normalizeAnswer({ kind: 'pseudo-resistance' }, 'bipolar, Inadequate dose')).toEqual(
      ok(['inadequate-dose', 'bipolar-spectrum']),
    );
    expect(normalizeAnswer({ kind: 'pseudo-resistance' }, [])).toEqual(ok([]));
    expect(normalizeAnswer({ kind: 'pseudo-resistance' }, 'none')).toEqual(ok([]));
    expect(normalizeAnswer({ kind: 'next-step' }, ['Optimise dose', 'augmentation', 'ECT', 'TMS'])).toEqual(
      ok(['optimize-dose', 'augment', 'ect', 'rtms']),
    );
  });
  it('Maudsley total "not applicable" → null; band "Moderate" → moderate', () => {
    expect(normalizeAnswer({ kind: 'stage', model: 'maudsley' }, 'not applicable')).toEqual(ok(null));
    expect(normalizeAnswer({ kind: 'stage', model: 'maudsleyBand' }, 'Moderate')).toEqual(ok('moderate'));
  });
});

describe('normalizeAnswer says what is allowed', () => {
  it.each([
    [{ kind: 'stage', model: 'maudsley' }, '16', 'Enter a number from 3 to 15'],
    [{ kind: 'stage', model: 'maudsley' }, '7.5', 'Enter a number from 3 to 15'],
    [{ kind: 'stage', model: 'thaseRush' }, 'VI', 'Choose Stage 0 to V'],
    [{ kind: 'stage', model: 'european' }, 'TRD6', 'Choose one of: none, non-responder, TRD1–TRD5, CRD'],
    [{ kind: 'stage', model: 'mgh' }, '3.25', 'in steps of 0.5'],
    [{ kind: 'trd' }, 'maybe', 'Answer yes or no'],
    [{ kind: 'failed-trials' }, '1.5', 'Enter a whole number of 0 or more'],
    [{ kind: 'percent-reduction' }, 'abc', 'Enter a percentage'],
    [{ kind: 'outcome' }, 'better', 'Choose one of: remission, response without remission, partial response'],
    [{ kind: 'next-step' }, [], 'Pick at least one next step'],
    [{ kind: 'next-step' }, 'swtich', 'did you mean "switch"?'],
  ] as const)('%j with %j', (q, raw, message) => {
    const r = normalizeAnswer(q, raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});

describe('parseQuestions', () => {
  it('fills default ids, normalises author expectations ("Stage II" → 2) and keeps prompts', () => {
    const qs = parseQuestions(
      [
        { kind: 'adequacy', treatment: 1 },
        { kind: 'stage', model: 'thaseRush', expect: 'Stage II' },
        { kind: 'trd', id: 'is-trd', prompt: 'TRD?' },
      ],
      seedCase36,
    );
    expect(qs.map((q) => q.id)).toEqual(['adequacy-0-t1', 'stage-1-thaseRush', 'is-trd']);
    expect(qs[1]?.expect).toBe(2);
    expect(qs[2]?.prompt).toBe('TRD?');
  });

  it('reports every problem with 0-based paths: unknown model, missing treatment, duplicate id, bad expectation, wrong treatment kind', () => {
    let issues: Array<{ path: string; message: string }> = [];
    try {
      parseQuestions(
        [
          { kind: 'trd', id: 'a' },
          { kind: 'adequacy', treatment: 5 },
          { kind: 'stage', model: 'maudsly' },
          { kind: 'trd', id: 'a' },
          { kind: 'stage', model: 'thaseRush', expect: 'Stage VI' },
          { kind: 'outcom' },
          { kind: 'percent-reduction', treatment: 1, extra: 1 },
        ],
        seedCase36,
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CaseInputError);
      issues = (e as CaseInputError).issues;
    }
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          path: 'questions.4.expect',
          message: 'Choose Stage 0 to V (e.g. "Stage II" or "2")',
          label: 'Expected answer',
        },
        {
          path: 'questions.2.model',
          message: expect.stringContaining('unknown staging model "maudsly" — did you mean "maudsley"?'),
          label: 'Staging model',
        },
        {
          path: 'questions.5.kind',
          message: expect.stringContaining('unknown kind "outcom" — did you mean "outcome"?'),
          label: 'Question kind',
        },
        {
          path: 'questions.6.extra',
          message: expect.stringContaining('unknown field "extra"'),
          label: 'Extra',
        },
      ]),
    );
    // Shape problems stop the per-question checks, so check those on a shape-valid list:
    try {
      parseQuestions(
        [
          { kind: 'trd', id: 'a' },
          { kind: 'adequacy', treatment: 5 },
          { kind: 'trd', id: 'a' },
          { kind: 'adequacy', treatment: 1 },
        ],
        {
          ...seedCase36,
          treatments: [{ kind: 'psychotherapy', endScore: 20 }],
        },
      );
      expect.unreachable();
    } catch (e) {
      expect((e as CaseInputError).issues).toEqual([
        {
          path: 'questions.1.treatment',
          message: 'treatment: 5 does not exist — the case lists 1 treatment (1-based)',
          label: 'Treatment',
        },
        {
          path: 'questions.2.id',
          message: 'id "a" is already used by question 0 (ids must be unique)',
          label: 'Question id',
        },
        {
          path: 'questions.3.treatment',
          message:
            'treatment 1 is kind "psychotherapy": adequacy questions need an antidepressant trial or an ECT course',
          label: 'Treatment',
        },
      ]);
    }
  });

  it('reports case problems with case.… paths in the same error', () => {
    try {
      parseQuestions([{ kind: 'trd' }], { ...seedCase36, age: 2 });
      expect.unreachable();
    } catch (e) {
      expect((e as CaseInputError).issues[0]?.path).toBe('case.age');
    }
  });
});

describe('gradeAnswers', () => {
  const questions = [
    { kind: 'adequacy', treatment: 1 },
    { kind: 'outcome', treatment: 2 },
    { kind: 'percent-reduction', treatment: 1 },
    { kind: 'trd' },
    { kind: 'stage', model: 'thaseRush' },
    { kind: 'stage', model: 'european' },
    { kind: 'stage', model: 'mgh' },
    { kind: 'stage', model: 'maudsley' },
    { kind: 'pdd' },
    { kind: 'pseudo-resistance' },
    { kind: 'next-step' },
    { kind: 'esketamine-eligible' },
  ];
  const ids = parseQuestions(questions, seedCase36).map((q) => q.id);
  const all = (answers: unknown[]) => Object.fromEntries(ids.map((id, i) => [id, answers[i]]));

  it('gives full marks to right answers in everyday spellings (seed 003 case)', () => {
    // 16.7 % (24→20); TRD yes; Thase–Rush II; TRD1; MGH 2; MSM 7; PDD no; no pseudo-resistance; switch; eligible
    const g = gradeAnswers(
      seedCase36,
      questions,
      all([
        'yes',
        'non response',
        '16,7',
        'y',
        'Stage II',
        'trd 1',
        '2',
        '7',
        'no',
        [],
        ['switch', 'ECT'],
        'yes',
      ]),
    );
    expect(g.results.filter((r) => !r.correct).map((r) => [r.questionId, r.given, r.expected])).toEqual([]);
    expect(g).toMatchObject({ score: 12, maxScore: 12, percent: 100, rulesetVersion: RULESET_VERSION });
  });

  it('accepts a percent within ±1 point and not beyond', () => {
    const q = [{ kind: 'percent-reduction', treatment: 1 }];
    expect(gradeAnswers(seedCase36, q, { 'percent-reduction-0-t1': '17.6' }).results[0]?.credit).toBe(1);
    expect(gradeAnswers(seedCase36, q, { 'percent-reduction-0-t1': '17.7' }).results[0]?.credit).toBe(0);
  });

  it('builds feedback from the findings, with the numbers and the sources', () => {
    const r = gradeAnswers(
      seedCase36,
      questions,
      all(['yes', 'non-response', '16.7', 'no', 'Stage III']),
    ).results;
    const trd = r.find((x) => x.kind === 'trd');
    expect(trd?.credit).toBe(0);
    expect(trd?.feedback).toMatch(
      /^Not quite\. The engine's answer: yes\. .*2 failed \(2 different drugs; 2 classes: SSRI, SNRI\)/,
    );
    expect(trd?.sources).toEqual(expect.arrayContaining(['trdconsensus2021']));
    const tr = r.find((x) => x.questionId === 'stage-4-thaseRush');
    expect(tr?.expectedLabel).toBe('Stage II');
    expect(tr?.explanation).toContain('stage III needs a further failed TCA trial');
  });

  it('scores unanswered and unreadable answers 0 with a message, never throwing', () => {
    const g = gradeAnswers(seedCase36, questions, all(['', 'better', undefined, null, 'VI', 42, {}, '99']));
    expect(g.results[0]).toMatchObject({ credit: 0, given: null, invalid: 'No answer given.' });
    expect(g.results[1]?.invalid).toContain('Choose one of');
    expect(g.results[4]?.invalid).toContain('Choose Stage 0 to V');
    expect(g.results[7]?.invalid).toBe(
      'Enter a number from 3 to 15 (or "not applicable" when no antidepressant has failed)',
    );
    expect(g.results[11]?.invalid).toBe('No answer given.');
    expect(g.score).toBe(0);
  });

  it('gives Jaccard partial credit for pseudo-resistance flags (|right| / |picked ∪ expected|)', () => {
    const c = { ...seedCase36, comorbidities: ['hypothyroidism'], emergentSymptoms: ['hypomania'] }; // expected: bipolar-spectrum, medical-comorbidity
    const q = [{ kind: 'pseudo-resistance' }];
    const credit = (pick: unknown) => gradeAnswers(c, q, { 'pseudo-resistance-0': pick }).results[0]?.credit;
    expect(credit(['bipolar-spectrum', 'medical-comorbidity'])).toBe(1);
    expect(credit(['bipolar-spectrum'])).toBe(1 / 2);
    expect(credit(['bipolar-spectrum', 'substance-use'])).toBe(1 / 3);
    expect(credit([])).toBe(0);
    expect(credit(['substance-use'])).toBe(0);
  });

  it('next step: full credit for preferred picks only, a share for mixed picks, zero for any avoided pick', () => {
    const c = {
      ...seedCase36,
      treatments: [{ kind: 'antidepressant', drug: 'sertraline', doseMgPerDay: 100, weeks: 8, endScore: 12 }],
    }; // response without remission
    const q = [{ kind: 'next-step' }];
    const r = (pick: unknown) => gradeAnswers(c, q, { 'next-step-0': pick }).results[0];
    expect(r(['optimize-dose', 'augment'])?.credit).toBe(1);
    expect(r(['augment', 'ect'])?.credit).toBe(1 / 2);
    expect(r(['augment', 'ect'])?.feedback).toContain(
      'Not among the preferred steps: electroconvulsive therapy (ECT).',
    );
    expect(r(['augment', 'switch'])?.credit).toBe(0);
    expect(r(['augment', 'switch'])?.feedback).toContain('Avoid here: switch to another antidepressant.');
  });

  it('uses the profile option: MADRS 12 is remission only under the regulatory profile', () => {
    const c = {
      age: 40,
      episode: { durationMonths: 6, scale: 'MADRS', baselineScore: 30 },
      treatments: [{ kind: 'antidepressant', drug: 'sertraline', doseMgPerDay: 100, weeks: 8, endScore: 12 }],
    };
    const q = [{ kind: 'outcome', treatment: 1 }];
    expect(gradeAnswers(c, q, { 'outcome-0-t1': 'remission' }).results[0]?.credit).toBe(0);
    expect(
      gradeAnswers(c, q, { 'outcome-0-t1': 'remission' }, { profile: 'regulatory' }).results[0]?.credit,
    ).toBe(1);
  });

  it('grades already-parsed questions (islands pass them back) the same way', () => {
    const parsed = parseQuestions(questions, seedCase36);
    expect(gradeAnswers(seedCase36, parsed, all(['yes'])).results[0]?.credit).toBe(1);
  });
});

describe('checkExpectations', () => {
  it('reports where the author and the engine disagree, with the engine’s reasons', () => {
    const d = checkExpectations(seedCase36, [
      { kind: 'trd', expect: true },
      { kind: 'stage', model: 'thaseRush', expect: 'Stage III' },
      { kind: 'stage', model: 'maudsley', expect: 6 },
      { kind: 'pseudo-resistance', expect: ['intolerance'] },
      { kind: 'next-step', expect: ['switch'] },
    ]);
    expect(d.map((x) => [x.questionId, x.path, x.authorExpects, x.engineSays])).toEqual([
      ['stage-1-thaseRush', 'questions.1.expect', 3, 2],
      ['stage-2-maudsley', 'questions.2.expect', 6, 7],
      ['pseudo-resistance-3', 'questions.3.expect', ['intolerance'], []],
    ]);
    expect(d[1]?.reasons.join(' ')).toContain('2 + 4 + 1 + 0 + 0 = 7');
  });

  it('expectedAnswer gives the engine value for each kind', () => {
    const a = assessCase(seedCase36);
    const [q1, q2, q3] = parseQuestions(
      [{ kind: 'stage', model: 'maudsleyBand' }, { kind: 'failed-trials' }, { kind: 'esketamine-eligible' }],
      seedCase36,
    );
    expect([expectedAnswer(a, q1!), expectedAnswer(a, q2!), expectedAnswer(a, q3!)]).toEqual([
      'moderate',
      2,
      true,
    ]);
  });
});

describe('prompts, options and labels for islands', () => {
  const [adq, stage, next, mgh] = parseQuestions(
    [
      { kind: 'adequacy', treatment: 2 },
      { kind: 'stage', model: 'thaseRush' },
      { kind: 'next-step' },
      { kind: 'stage', model: 'mgh' },
    ],
    seedCase36,
  );

  it('describes the treatment in the default prompt', () => {
    expect(questionPrompt(adq!, seedCase36)).toBe(
      'Was treatment 2 (venlafaxine 225 mg/day for 10 weeks) an adequate trial?',
    );
    expect(questionPrompt(stage!, seedCase36)).toBe('What is the Thase–Rush stage?');
  });

  it('offers the stage picker, the next-step list and yes/no from the engine', () => {
    expect(answerOptions(stage!).map((o) => o.label)).toEqual([
      'Stage 0',
      'Stage I',
      'Stage II',
      'Stage III',
      'Stage IV',
      'Stage V',
    ]);
    expect(answerOptions(next!)).toHaveLength(NEXT_STEPS.length);
    expect(answerOptions(adq!)).toEqual([
      { value: true, label: 'Yes' },
      { value: false, label: 'No' },
    ]);
    expect(answerOptions(mgh!)).toEqual([]);
    expect(answerControl(mgh!)).toEqual({ control: 'number', min: 0, step: 0.5, unit: 'points' });
  });

  it('labels stages for learners', () => {
    expect(describeStage('thaseRush', 2)).toBe('Stage II');
    expect(describeStage('european', 'TRD2')).toBe('TRD2');
    expect(describeStage('mgh', 3.5)).toBe('3.5 points');
    expect(describeStage('maudsley', 7)).toBe('7 (moderate)');
    expect(describeStage('maudsleyBand', 'severe')).toBe('Severe');
    expect(describeStage('maudsley', null)).toBe('Not applicable (no failed antidepressant trial)');
  });
});

describe('exerciseKey + gradeWithKey (build-time key, light grading in the browser)', () => {
  const questions = [
    { kind: 'adequacy', treatment: 1 },
    { kind: 'stage', model: 'thaseRush' },
    { kind: 'stage', model: 'maudsley' },
    { kind: 'next-step' },
    { kind: 'esketamine-eligible' },
  ];
  /** The key as the island receives it: computed at build time, passed through JSON. */
  const keyAsIslandProps = () =>
    JSON.parse(JSON.stringify(exerciseKey(seedCase36, questions))) as ReturnType<typeof exerciseKey>;

  it('survives JSON (island props) and grades exactly like gradeAnswers', () => {
    const key = keyAsIslandProps();
    const answers = {
      'adequacy-0-t1': 'no',
      'stage-1-thaseRush': 'ii',
      'stage-2-maudsley': '7',
      'next-step-3': ['switch', 'combine'],
      'esketamine-eligible-4': 'y',
    };
    expect(gradeWithKey(key, answers, normalizeAnswer)).toEqual(gradeAnswers(seedCase36, questions, answers));
  });

  it('reads answers as the island’s controls send them, and grades them like the usual spellings', () => {
    const key = keyAsIslandProps();
    // Radio and checkbox values are the options' values as text; numbers are typed text.
    const fromControls = {
      'adequacy-0-t1': 'false',
      'stage-1-thaseRush': '2',
      'stage-2-maudsley': '7',
      'next-step-3': ['switch', 'combine'],
      'esketamine-eligible-4': 'true',
    };
    const spelled = {
      'adequacy-0-t1': 'no',
      'stage-1-thaseRush': 'Stage II',
      'stage-2-maudsley': '7',
      'next-step-3': ['switch', 'combine'],
      'esketamine-eligible-4': 'yes',
    };
    expect(gradeWithKey(key, fromControls)).toEqual(gradeAnswers(seedCase36, questions, spelled));
  });

  it('says what a control allows when its answer cannot be read (no aliases in the browser)', () => {
    const key = exerciseKey(seedCase36, questions);
    const [adequacy, thaseRush, maudsley, nextStep] = key.items as [KeyItem, KeyItem, KeyItem, KeyItem];
    expect(readControlAnswer(adequacy, 'no')).toEqual({ ok: false, message: 'Choose one of: Yes; No' });
    expect(readControlAnswer(thaseRush, 'Stage II')).toMatchObject({ ok: false });
    expect(readControlAnswer(thaseRush, 2)).toEqual({ ok: true, value: 2 });
    // Maudsley: whole numbers 3–15 or n/a (engine contract; clinical-rules §4).
    expect(readControlAnswer(maudsley, 'n/a')).toEqual({ ok: true, value: null });
    expect(readControlAnswer(maudsley, ' 7 ')).toEqual({ ok: true, value: 7 });
    for (const bad of ['2', '16', '7.5', 'seven', '1e1']) {
      expect(readControlAnswer(maudsley, bad)).toEqual({
        ok: false,
        message: 'Enter a number from 3 to 15 (a whole number), or “n/a” if it does not apply',
      });
    }
    expect(readControlAnswer(nextStep, ['switch', 'nonsense'])).toMatchObject({ ok: false });
    expect(readControlAnswer(nextStep, ['combine', 'switch', 'switch'])).toEqual({
      ok: true,
      value: ['switch', 'combine'],
    });
  });

  it('carries prompts, options, controls, labels and all findings for the worked solution', () => {
    const key = exerciseKey(seedCase36, questions);
    expect(key.items[1]).toMatchObject({
      questionId: 'stage-1-thaseRush',
      model: 'thaseRush',
      prompt: 'What is the Thase–Rush stage?',
      expected: 2,
      expectedLabel: 'Stage II',
      control: { control: 'stage' },
    });
    expect(key.items[0]?.treatment).toBe(1);
    expect(key.items[3]?.options).toHaveLength(NEXT_STEPS.length);
    expect(key.findings.length).toBeGreaterThan(20);
    expect(key.rulesetVersion).toBe(RULESET_VERSION);
  });

  it('never throws on odd answers objects', () => {
    const key = exerciseKey(seedCase36, questions);
    expect(gradeWithKey(key, null as unknown as Record<string, unknown>).score).toBe(0);
  });
});
