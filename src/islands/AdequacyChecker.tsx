// Adequate-trial checker (Chapter 1). The learner enters one antidepressant trial; the shared
// engine's adequacy rule decides — adequate or not, and why, in the engine's own words with its
// sources. No threshold lives here: the minimum dose, the weeks and the adherence rule are all the
// engine's (src/engine/profiles.ts, doses.ts). The island calls `assessAntidepressantTrial`, the
// engine's light entry point for one trial: the same rules as assessCase, without the case schema.
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import {
  ANTIDEPRESSANT_DOSES,
  DRUG_CLASSES,
  OUTCOME_LABELS,
  assessAntidepressantTrial,
  type AntidepressantId,
  type TrialReading,
} from '../engine/index.ts';
import {
  FindingList,
  TextField,
  fieldValue,
  issuesByField,
  runEngine,
  type RefLabels,
} from './principles/shared.tsx';

export interface AdequacyCheckerProps {
  /** Bibliography short labels for source links (from the Astro wrapper). */
  refLabels?: RefLabels;
  idPrefix?: string;
  initial?: { drug?: AntidepressantId; dose?: string; weeks?: string; adherence?: string };
  /** The fixed heading and introduction (server-rendered by AdequacyChecker.astro; the heading's id is `<idPrefix>-title`). */
  children?: ComponentChildren;
}

const FIELDS = {
  drug: ['drug'],
  dose: ['doseMgPerDay'],
  weeks: ['weeks'],
  adherence: ['adherencePercent'],
} as const;

const drugIds = Object.keys(ANTIDEPRESSANT_DOSES) as AntidepressantId[];

/** The trial the engine assesses, from the form's text. */
function buildTrial(drug: string, dose: string, weeks: string, adherence: string, stoppedEarly: boolean) {
  const trial: Record<string, unknown> = {
    drug,
    doseMgPerDay: fieldValue(dose),
    weeks: fieldValue(weeks),
  };
  const a = fieldValue(adherence);
  if (a !== undefined) trial['adherencePercent'] = a;
  if (stoppedEarly) trial['stoppedFor'] = 'adverse-effect';
  return trial;
}

export default function AdequacyChecker({
  refLabels,
  idPrefix = 'adequacy',
  initial = {},
  children,
}: AdequacyCheckerProps) {
  const [drug, setDrug] = useState<string>(initial.drug ?? 'sertraline');
  const [dose, setDose] = useState(initial.dose ?? '200');
  const [weeks, setWeeks] = useState(initial.weeks ?? '8');
  const [adherence, setAdherence] = useState(initial.adherence ?? '90');
  const [stoppedEarly, setStoppedEarly] = useState(false);

  const run = useMemo(
    () =>
      runEngine<TrialReading>(() =>
        assessAntidepressantTrial(buildTrial(drug, dose, weeks, adherence, stoppedEarly)),
      ),
    [drug, dose, weeks, adherence, stoppedEarly],
  );
  const { byField, other } = run.ok
    ? { byField: {}, other: [] as string[] }
    : issuesByField(run.issues, FIELDS);
  const errors = byField;

  const info = Object.hasOwn(ANTIDEPRESSANT_DOSES, drug)
    ? ANTIDEPRESSANT_DOSES[drug as AntidepressantId]
    : undefined;
  const drugHint = info
    ? `${info.class} · usual ${info.usual[0]}–${info.usual[1]} mg/day · module minimum ${info.min} mg/day`
    : undefined;
  const id = (s: string) => `${idPrefix}-${s}`;

  const trial = run.ok ? run.value.trial : undefined;
  const findings = run.ok
    ? run.value.findings.filter((f) => f.rule === 'adequacy' || f.rule === 'pseudo-resistance')
    : [];

  return (
    <section class="island adequacy-checker" aria-labelledby={id('title')}>
      {children}
      <form
        class="adequacy-checker__form"
        onSubmit={(e) => {
          e.preventDefault();
        }}
        noValidate
      >
        <div class="fields">
          <div class="field">
            <label for={id('drug')}>Antidepressant</label>
            <select
              id={id('drug')}
              value={drug}
              aria-invalid={errors.drug ? 'true' : undefined}
              aria-describedby={
                [drugHint ? id('drug-hint') : '', errors.drug ? id('drug-err') : '']
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              onChange={(e) => {
                setDrug(e.currentTarget.value);
              }}
            >
              {DRUG_CLASSES.map((cls) => {
                const members = drugIds.filter((d) => ANTIDEPRESSANT_DOSES[d].class === cls);
                return members.length ? (
                  <optgroup label={cls} key={cls}>
                    {members.map((d) => (
                      <option value={d} key={d}>
                        {ANTIDEPRESSANT_DOSES[d].name}
                      </option>
                    ))}
                  </optgroup>
                ) : null;
              })}
            </select>
            {drugHint ? (
              <span class="field-hint" id={id('drug-hint')}>
                {drugHint}
              </span>
            ) : null}
            {errors.drug ? (
              <span class="error-msg" id={id('drug-err')}>
                {errors.drug}
              </span>
            ) : null}
          </div>
          <TextField
            id={id('dose')}
            label="Dose (mg/day)"
            value={dose}
            onInput={setDose}
            error={errors.dose}
          />
          <TextField
            id={id('weeks')}
            label="Weeks at that dose"
            value={weeks}
            onInput={setWeeks}
            hint="Fractions allowed: 10 days = 1.43"
            error={errors.weeks}
          />
          <TextField
            id={id('adherence')}
            label="Adherence (% of doses taken)"
            value={adherence}
            onInput={setAdherence}
            hint="0–100; blank counts as 100"
            error={errors.adherence}
          />
        </div>
        <label class="choice" for={id('stopped')}>
          <input
            id={id('stopped')}
            type="checkbox"
            checked={stoppedEarly}
            onChange={(e) => {
              setStoppedEarly(e.currentTarget.checked);
            }}
          />
          <span>Stopped because of an adverse effect</span>
        </label>
      </form>

      <div class="adequacy-checker__result" aria-live="polite" id={id('result')}>
        {run.ok && trial ? (
          <div
            class={`feedback ${trial.adequate ? 'feedback--ok' : trial.outcome === 'intolerance' ? 'feedback--partial' : 'feedback--bad'}`}
          >
            <p class="feedback__verdict">
              {trial.adequate ? 'Adequate trial' : 'Not an adequate trial'}
              {!trial.adequate && trial.inadequateBecause.length > 0
                ? ` — ${trial.inadequateBecause.join(', ')}`
                : ''}
              {trial.outcome === 'intolerance' ? ` (${OUTCOME_LABELS.intolerance.toLowerCase()})` : ''}
            </p>
            <p class="visually-hidden">Why:</p>
            <FindingList
              findings={findings}
              refLabels={refLabels}
              class="findings adequacy-checker__findings"
            />
          </div>
        ) : (
          <div class="feedback feedback--bad">
            <p class="feedback__verdict">Check the highlighted fields</p>
            {other.length ? (
              <ul class="error-list">
                {other.map((m) => (
                  <li class="error-msg" key={m}>
                    {m}
                  </li>
                ))}
              </ul>
            ) : (
              <p>The engine needs a valid value in every field before it can decide.</p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
