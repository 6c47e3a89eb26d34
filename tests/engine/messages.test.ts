// Input problems carry a learner label beside the author message (islands show the message next
// to the field without the code name). Labels are wording, not clinical rules.
import { describe, expect, it } from 'vitest';
import { CaseInputError, fieldLabel, parseCase, readableMessage } from '../../src/engine/index.ts';
import { ad, makeCase } from './helpers.ts';

function issuesOf(input: unknown) {
  try {
    parseCase(input);
  } catch (e) {
    if (e instanceof CaseInputError) return e.issues;
    throw e;
  }
  return [];
}

describe('CaseInputError issues: path, message for authors, label for learners', () => {
  it('labels each field the way a form would, keeping the author message as it was', () => {
    const issues = issuesOf(
      makeCase([ad('sertraline', { doseMgPerDay: -5, adherencePercent: 150 })], { age: 4 }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          path: 'age',
          message: 'age must be a whole number of years from 5 to 110 (got 4)',
          label: 'Age (years)',
        },
        {
          path: 'treatments.0.doseMgPerDay',
          message: 'doseMgPerDay must be above 0 (got -5)',
          label: 'Dose (mg/day)',
        },
        {
          path: 'treatments.0.adherencePercent',
          message: 'adherencePercent must be a percentage from 0 to 100 (got 150)',
          label: 'Adherence (%)',
        },
      ]),
    );
  });

  it('labels list entries, nested fields, the top level and question fields', () => {
    expect(fieldLabel('contraindications.2')).toBe('Contraindications');
    expect(fieldLabel('episode.baselineScore')).toBe('Baseline score');
    expect(fieldLabel('case.treatments.3.endScore')).toBe('End score');
    expect(fieldLabel('')).toBe('Case');
    expect(fieldLabel('questions.2.kind')).toBe('Question kind');
    expect(fieldLabel('treatments.0.kind')).toBe('Kind of treatment');
    expect(fieldLabel('treatments.0.someNewField')).toBe('Some new field');
  });

  it('readableMessage swaps the leading code name for the label', () => {
    const [dose] = issuesOf(makeCase([ad('sertraline', { doseMgPerDay: 'lots' })]));
    expect(dose && readableMessage(dose)).toBe('Dose (mg/day) must be a dose in mg/day above 0 (got "lots")');
    expect(
      readableMessage({ path: 'episode.baselineScore', message: 'HAMD17 scores run 0–52; got 61' }),
    ).toBe('HAMD17 scores run 0–52; got 61');
  });

  it('a hand-built error gets labels too', () => {
    expect(new CaseInputError([{ path: 'treatments.1.weeks', message: 'weeks is required' }]).issues).toEqual(
      [{ path: 'treatments.1.weeks', message: 'weeks is required', label: 'Weeks' }],
    );
  });
});
