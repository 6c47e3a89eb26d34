// npm run new:vignette -- <id>
// Writes content/vignettes/<id>.mdx: a complete, valid, commented vignette to edit.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const id = process.argv[2];
if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
  console.error(
    'Usage: npm run new:vignette -- <id>   (lower-case letters, digits and hyphens, e.g. staging-three-failures)',
  );
  process.exit(2);
}
const path = join(process.cwd(), 'content', 'vignettes', `${id}.mdx`);
if (existsSync(path)) {
  console.error(`${path} already exists; choose another id.`);
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
writeFileSync(
  path,
  `---
# A new case. Everything below is valid as it stands; edit it, then run: npm run check:vignettes
# The educator guide (/educators/ or docs/authoring.md) explains every field.
title: A new case — give it a short, specific title
chapter: principles # principles | mechanisms | applications
topics: [adequacy, outcome] # adequacy, outcome, trd, staging, pseudo-resistance, pdd, next-step, thresholds, inflammation, pharmacokinetics, neuromodulation, rapid-acting, profiles
difficulty: introductory # introductory | intermediate | advanced
minutes: 5 # estimated minutes to complete
objective: Decide whether one antidepressant trial was adequate and classify its outcome.
sources: [desseilles2011, uptodate-doses] # keys from content/references.json
lastReviewed: ${today}
case: # the engine's PatientCase (see the educator guide)
  age: 42
  episode:
    durationMonths: 5
    scale: HAMD17 # HAMD17 (0–52) | MADRS (0–60) | QIDSSR16 (0–27) | PHQ9 (0–27)
    baselineScore: 22
    severity: moderate # subsyndromal | mild | moderate | severe
  treatments:
    - kind: antidepressant
      drug: escitalopram
      doseMgPerDay: 10
      weeks: 8
      adherencePercent: 90
      endScore: 15
questions: # asked after the last <Step> unless a question says step: N
  - kind: adequacy
    treatment: 1 # 1-based position in treatments
    expect: true # optional: what you believe is right; the checker compares it with the engine
  - kind: percent-reduction
    treatment: 1
    expect: 31.8
  - kind: outcome
    treatment: 1
    expect: partial-response
---

<Step title="Presentation">
Describe the patient as a clinician would meet them: age, work, the episode so far, the baseline score.
</Step>

<Step title="First trial">
Describe the trial: the drug, the dose reached, how long at that dose, adherence, and the score at the end.
</Step>

<Commentary>
What an experienced clinician would point out once the learner has answered. Cite sources like this [@desseilles2011].
</Commentary>
`,
);
console.log(`Wrote ${path}. Edit it, then run: npm run check:vignettes`);
