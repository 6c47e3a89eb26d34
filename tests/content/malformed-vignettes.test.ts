// Every kind of mistake an educator can make in a case file, one per fixture in
// tests/fixtures/malformed-vignettes/: the checker (`npm run check:vignettes`, the build and
// these tests share it) reports exactly one problem, naming the file and the field path, with
// a message that says what is wrong. The fixtures are the valid
// tests/fixtures/valid-vignette/base-case.mdx with one change each.
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkVignetteFile, vignettePaths } from '../../src/lib/vignette-files.ts';

const dir = join('tests', 'fixtures', 'malformed-vignettes');

/** fixture → [field path, fragment of the message]. */
const EXPECTED: Record<string, [string, string]> = {
  'missing-frontmatter': ['(frontmatter)', 'must start with a YAML frontmatter block'],
  'empty-frontmatter': ['(frontmatter)', 'the frontmatter is empty'],
  'broken-yaml': ['(frontmatter)', 'the YAML could not be read'],
  'unknown-top-level-field': ['author', 'unknown field "author"'],
  'misspelt-title-field': ['titel', 'did you mean "title"?'],
  'missing-title': ['title', 'title is required'],
  'bad-chapter': [
    'chapter',
    'chapter must be one of "principles", "mechanisms", "applications" (got "pharmacology")',
  ],
  'unknown-topic': ['topics.2', 'each topic must be one of'],
  'difficulty-misspelt': ['difficulty', '(got "easy")'],
  'minutes-not-a-number': ['minutes', 'minutes must be a number'],
  'bad-date': ['lastReviewed', 'YYYY-MM-DD'],
  'unknown-source-key': ['sources.1', 'unknown source key "desseiles2011"'],
  'unknown-case-field': ['case.agee', 'did you mean "age"?'],
  'unknown-drug': ['case.treatments.0.drug', 'unknown drug "sertralin" — did you mean "sertraline"?'],
  'unknown-scale': ['case.episode.scale', 'unknown scale "BDI"'],
  'score-above-scale-max': ['case.episode.baselineScore', 'HAMD17 scores run 0–52; got 60'],
  'adherence-120': ['case.treatments.1.adherencePercent', 'from 0 to 100 (got 120)'],
  'negative-weeks': ['case.treatments.0.weeks', '0 or more'],
  'unknown-treatment-kind': ['case.treatments.3.kind', 'unknown treatment kind "counselling"'],
  'augments-missing-treatment': ['case.treatments.2.augments', 'the case lists only 4'],
  'augments-non-antidepressant': ['case.treatments.2.augments', 'not an antidepressant trial'],
  'unknown-comorbidity': ['case.comorbidities.0', 'unknown comorbidity code "anxiety"'],
  'no-questions': ['questions', 'ask at least one question'],
  'unknown-question-kind': ['questions.1.kind', 'unknown kind "response"'],
  'stage-unknown-model': ['questions.3.model', 'unknown staging model "hamilton"'],
  'question-treatment-out-of-range': ['questions.1.treatment', 'treatment: 9 does not exist'],
  'question-treatment-not-antidepressant': ['questions.0.treatment', 'treatment 3 is kind "augmentation"'],
  'step-beyond-steps': ['questions.0.step', 'from 1 to 3'],
  'expect-disagrees-with-engine': ['questions.2.expect', 'the author expects false but the engine says true'],
  'expect-wrong-type': ['questions.1.expect', 'non-response'],
  'step-without-title': ['(body)', '<Step> needs a title'],
  'no-steps': ['(body)', 'at least one <Step'],
  'unknown-citation-in-body': ['(body)', 'unknown citation key "smith2020"'],
  Bad_File_Name: ['(file name)', 'the file name is the id'],
};

const files = vignettePaths(dir);

describe('malformed vignettes', () => {
  it('the fixtures start from a valid case', () => {
    expect(checkVignetteFile(join('tests', 'fixtures', 'valid-vignette', 'base-case.mdx'))).toEqual([]);
  });

  it('there are at least 20 fixtures and each has an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files.map((f) => basename(f, '.mdx')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    const name = basename(file, '.mdx');
    it(`${name}: one message with the file, the field and what is wrong`, () => {
      const issues = checkVignetteFile(file);
      const lines = issues.map((i) => `${i.file}: ${i.path}: ${i.message}`);
      expect(lines, lines.join('\n')).toHaveLength(1);
      const [path, fragment] = EXPECTED[name] ?? ['?', '?'];
      const issue = issues[0]!;
      expect(issue.file).toBe(join(dir, `${name}.mdx`));
      expect(issue.path).toBe(path);
      expect(issue.message).toContain(fragment);
      expect(lines[0]).toMatch(new RegExp(`^${dir}/${name}\\.mdx: `));
    });
  }
});
