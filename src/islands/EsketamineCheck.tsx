// Esketamine eligibility check (Chapter 3). The learner edits a short case — age, the episode,
// the antidepressant trials of the current episode, a bipolar history and the label's
// contraindications — and the rules engine decides: `esketamineEligibilityOfTrials` gives the
// verdict, its reasons (each met or blocking, with sources), the monitoring plan and each trial's
// reading under the label's definition of TRD (regulatory profile). It is the engine's light entry
// point for this check: the same rules as esketamineEligibility and assessCase, without the case
// schema. Nothing clinical is decided here: the island turns text fields into a case and renders
// what the engine returns, input problems included (beside their fields).
import { useId, useMemo, useState } from 'preact/hooks';
import type { EsketamineView } from '../components/islands/esketamine-view.ts';
import {
  CaseInputError,
  OUTCOME_LABELS,
  esketamineEligibilityOfTrials,
  messageBesideField,
  readableMessage,
  type AntidepressantId,
  type TrialsEligibility,
} from '../engine/index.ts';
import { SourceLinks } from './source-links.tsx';

export interface TrialRow {
  drug: AntidepressantId;
  dose: string;
  weeks: string;
  adherence: string;
  endScore: string;
}

export interface EsketamineCheckState {
  age: string;
  durationMonths: string;
  baselineScore: string;
  bipolarHistory: boolean;
  contraindications: string[];
  trials: TrialRow[];
}

interface Props {
  /** The choices offered and the fixed texts (esketamine-view.ts, at build time). */
  view: EsketamineView;
  /** Starting values; the default is an adult with two failed adequate trials and no contraindication. */
  initial?: Partial<EsketamineCheckState> | undefined;
  /** Level of the island's heading, to fit the page outline (default 3). */
  headingLevel?: 2 | 3 | 4 | undefined;
}

const MAX_TRIALS = 4;

export const DEFAULT_STATE: EsketamineCheckState = {
  age: '42',
  durationMonths: '14',
  baselineScore: '32',
  bipolarHistory: false,
  contraindications: [],
  trials: [
    { drug: 'sertraline', dose: '150', weeks: '8', adherence: '90', endScore: '29' },
    { drug: 'venlafaxine', dose: '225', weeks: '8', adherence: '90', endScore: '27' },
  ],
};

/**
 * Form text → engine input: a plain number (decimal comma accepted) becomes a number; anything else
 * is passed on as typed, so the engine's message can quote it. A blank optional field is left out;
 * a blank required one is passed as '' so the engine reports it.
 */
function value(text: string, optional = false): number | string | undefined {
  const t = text.trim();
  if (t === '') return optional ? undefined : t;
  const n = t.replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(n) ? Number(n) : t;
}

interface Evaluation {
  fieldErrors: Record<string, string>;
  otherErrors: string[];
  result: TrialsEligibility | null;
}

function evaluate(s: EsketamineCheckState, scale: string): Evaluation {
  const input = {
    age: value(s.age),
    episode: { durationMonths: value(s.durationMonths), scale, baselineScore: value(s.baselineScore) },
    history: { maniaOrHypomania: s.bipolarHistory },
    contraindications: s.contraindications,
    treatments: s.trials.map((t) => {
      const end = value(t.endScore, true);
      return {
        kind: 'antidepressant',
        drug: t.drug,
        doseMgPerDay: value(t.dose),
        weeks: value(t.weeks),
        adherencePercent: value(t.adherence),
        ...(end === undefined ? {} : { endScore: end }),
      };
    }),
  };
  const fieldErrors: Record<string, string> = {};
  const otherErrors: string[] = [];
  try {
    return { fieldErrors, otherErrors, result: esketamineEligibilityOfTrials(input) };
  } catch (err) {
    if (!(err instanceof CaseInputError)) throw err;
    for (const issue of err.issues) {
      if (isFieldPath(issue.path, s.trials.length)) fieldErrors[issue.path] ??= messageBesideField(issue);
      else otherErrors.push(readableMessage(issue));
    }
    return { fieldErrors, otherErrors, result: null };
  }
}

function isFieldPath(path: string, trials: number): boolean {
  if (['age', 'episode.durationMonths', 'episode.baselineScore'].includes(path)) return true;
  const m = /^treatments\.(\d+)\.(doseMgPerDay|weeks|adherencePercent|endScore|drug)$/.exec(path);
  return m !== null && Number(m[1]) < trials;
}

// Each reason says whether its condition is met (✓) or blocks eligibility (✗): the engine's `met`.
const MARK_SYMBOL = { met: '✓', blocking: '✗' } as const;
const MARK_TEXT = { met: 'Met: ', blocking: 'Not met: ' } as const;
const markOf = (f: { met: boolean }) => (f.met ? 'met' : 'blocking');

interface NumberFieldProps {
  id: string;
  path: string;
  label: string;
  /** Said before the label by screen readers only ("Trial 2:"), where the label repeats. */
  context?: string;
  value: string;
  onInput: (v: string) => void;
  errors: Record<string, string>;
  hint?: string;
  inputMode?: 'numeric' | 'decimal';
}

function NumberField({
  id,
  path,
  label,
  context,
  value,
  onInput,
  errors,
  hint,
  inputMode = 'decimal',
}: NumberFieldProps) {
  const error = errors[path];
  const hintId = hint ? `${id}-hint` : undefined;
  const errId = error ? `${id}-err` : undefined;
  const describedBy = [hintId, errId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>
        {context && <span class="visually-hidden">{context} </span>}
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        value={value}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy}
        onInput={(e) => {
          onInput(e.currentTarget.value);
        }}
      />
      {hint && (
        <span class="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span class="error-msg" id={errId}>
          {error}
        </span>
      )}
    </div>
  );
}

export default function EsketamineCheck({ view, initial, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as 'h3';
  const SubHeading = `h${headingLevel + 1}` as 'h4';
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const id = `esk-${uid}`;
  const [state, setState] = useState<EsketamineCheckState>({ ...DEFAULT_STATE, ...initial });
  const result = useMemo(() => evaluate(state, view.scaleId), [state, view.scaleId]);
  const set = (patch: Partial<EsketamineCheckState>) => {
    setState((s) => ({ ...s, ...patch }));
  };
  const setTrial = (i: number, patch: Partial<TrialRow>) => {
    setState((s) => ({ ...s, trials: s.trials.map((t, j) => (j === i ? { ...t, ...patch } : t)) }));
  };
  const toggleContra = (code: string, on: boolean) => {
    setState((s) => ({
      ...s,
      contraindications: on ? [...s.contraindications, code] : s.contraindications.filter((c) => c !== code),
    }));
  };
  const addTrial = () => {
    setState((s) =>
      s.trials.length >= MAX_TRIALS
        ? s
        : {
            ...s,
            trials: [
              ...s.trials,
              { drug: 'mirtazapine', dose: '30', weeks: '6', adherence: '100', endScore: '' },
            ],
          },
    );
  };
  const removeTrial = (i: number) => {
    setState((s) => ({ ...s, trials: s.trials.filter((_, j) => j !== i) }));
  };

  const { result: eligibility, fieldErrors, otherErrors } = result;
  const invalid = eligibility === null;
  const blocking = eligibility ? eligibility.reasons.filter((f) => !f.met) : [];
  const summary = invalid
    ? 'No result yet: correct the highlighted fields.'
    : eligibility.eligible
      ? 'Eligible for esketamine nasal spray under the label, with the monitoring plan below.'
      : `Not eligible: ${blocking.map((f) => f.text).join(' ')}`;

  return (
    <section class="island esketamine-check" aria-labelledby={`${id}-title`}>
      <p class="island__label">Eligibility check</p>
      <Heading id={`${id}-title`}>Can this patient start esketamine nasal spray?</Heading>
      <p class="field-hint">{view.intro}</p>

      <div class="fields">
        <NumberField
          id={`${id}-age`}
          path="age"
          label="Age (years)"
          value={state.age}
          onInput={(v) => {
            set({ age: v });
          }}
          errors={fieldErrors}
          inputMode="numeric"
        />
        <NumberField
          id={`${id}-duration`}
          path="episode.durationMonths"
          label="Episode (months)"
          value={state.durationMonths}
          onInput={(v) => {
            set({ durationMonths: v });
          }}
          errors={fieldErrors}
        />
        <NumberField
          id={`${id}-baseline`}
          path="episode.baselineScore"
          label={`Baseline ${view.scale}`}
          value={state.baselineScore}
          onInput={(v) => {
            set({ baselineScore: v });
          }}
          errors={fieldErrors}
          inputMode="numeric"
          hint="At the start of the episode"
        />
      </div>

      <fieldset class="esketamine-check__trials">
        <legend>Antidepressant trials in this episode</legend>
        {state.trials.length === 0 && <p class="field-hint">No trials listed.</p>}
        <ol class="esketamine-check__trial-list">
          {state.trials.map((t, i) => {
            const tid = `${id}-t${i}`;
            const reading = eligibility?.treatments[i];
            return (
              <li key={i} class="esketamine-check__trial">
                <div class="fields">
                  <div class="field">
                    <label for={`${tid}-drug`}>{`Trial ${i + 1}: drug`}</label>
                    <select
                      id={`${tid}-drug`}
                      value={t.drug}
                      onChange={(e) => {
                        setTrial(i, { drug: e.currentTarget.value as AntidepressantId });
                      }}
                    >
                      {view.drugs.map((d) => (
                        <option key={d.id} value={d.id}>
                          {d.label}
                        </option>
                      ))}
                    </select>
                  </div>
                  <NumberField
                    id={`${tid}-dose`}
                    path={`treatments.${i}.doseMgPerDay`}
                    label="Dose (mg/day)"
                    context={`Trial ${i + 1}:`}
                    value={t.dose}
                    onInput={(v) => {
                      setTrial(i, { dose: v });
                    }}
                    errors={fieldErrors}
                  />
                  <NumberField
                    id={`${tid}-weeks`}
                    path={`treatments.${i}.weeks`}
                    label="Weeks at dose"
                    context={`Trial ${i + 1}:`}
                    value={t.weeks}
                    onInput={(v) => {
                      setTrial(i, { weeks: v });
                    }}
                    errors={fieldErrors}
                  />
                  <NumberField
                    id={`${tid}-adh`}
                    path={`treatments.${i}.adherencePercent`}
                    label="Adherence (%)"
                    context={`Trial ${i + 1}:`}
                    value={t.adherence}
                    onInput={(v) => {
                      setTrial(i, { adherence: v });
                    }}
                    errors={fieldErrors}
                  />
                  <NumberField
                    id={`${tid}-end`}
                    path={`treatments.${i}.endScore`}
                    label={`End ${view.scale}`}
                    context={`Trial ${i + 1}:`}
                    value={t.endScore}
                    onInput={(v) => {
                      setTrial(i, { endScore: v });
                    }}
                    errors={fieldErrors}
                    inputMode="numeric"
                    hint="Leave blank if not measured"
                  />
                </div>
                <div class="esketamine-check__trial-foot">
                  <p class="esketamine-check__reading" data-testid={`trial-reading-${i}`}>
                    {reading
                      ? `${reading.adequate ? 'Adequate trial' : `Not an adequate trial (${reading.inadequateBecause.join(', ')})`}; ${OUTCOME_LABELS[reading.outcome].toLowerCase()}${reading.failed ? ' — counts as a failed trial' : ' — does not count as a failed trial'}.`
                      : ' '}
                  </p>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      removeTrial(i);
                    }}
                    aria-label={`Remove trial ${i + 1}`}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <div class="actions">
          <button
            type="button"
            class="secondary"
            onClick={addTrial}
            disabled={state.trials.length >= MAX_TRIALS}
          >
            Add a trial
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>History and contraindications</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={state.bipolarHistory}
            onChange={(e) => {
              set({ bipolarHistory: e.currentTarget.checked });
            }}
          />
          <span>Lifetime manic or hypomanic episode</span>
        </label>
        {view.contraindications.map((c) => (
          <label class="choice" key={c.id}>
            <input
              type="checkbox"
              checked={state.contraindications.includes(c.id)}
              onChange={(e) => {
                toggleContra(c.id, e.currentTarget.checked);
              }}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </fieldset>

      <div class="esketamine-check__result" aria-live="polite" role="status" data-testid="esketamine-verdict">
        {invalid ? (
          <p class="feedback">
            <span class="feedback__verdict">No result yet.</span> Correct the highlighted fields.
          </p>
        ) : (
          <p class={`feedback ${eligibility.eligible ? 'feedback--ok' : 'feedback--bad'}`}>
            <span class="feedback__verdict">{eligibility.eligible ? 'Eligible.' : 'Not eligible.'}</span>{' '}
            <span class="visually-hidden">{summary}</span>
            <span aria-hidden="true">
              {eligibility.eligible
                ? 'The label’s conditions are met.'
                : `${blocking.length} condition${blocking.length === 1 ? '' : 's'} not met.`}
            </span>
          </p>
        )}
      </div>
      {otherErrors.length > 0 && (
        <ul class="error-msg">
          {otherErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {eligibility && (
        <div class="esketamine-check__details">
          <SubHeading>Why</SubHeading>
          <ul class="esketamine-check__reasons" data-testid="esketamine-reasons">
            {eligibility.reasons.map((f, i) => (
              <li key={`${f.code}-${i}`} class={`is-${markOf(f)}`}>
                <span class="esketamine-check__mark" aria-hidden="true">
                  {MARK_SYMBOL[markOf(f)]}
                </span>
                <span class="visually-hidden">{MARK_TEXT[markOf(f)]}</span>
                {f.text}
                <SourceLinks keys={f.sources} />
              </li>
            ))}
          </ul>
          {eligibility.eligible && (
            <>
              <SubHeading>Monitoring plan for each session</SubHeading>
              <ul class="esketamine-check__monitoring" data-testid="esketamine-monitoring">
                {eligibility.monitoring.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
