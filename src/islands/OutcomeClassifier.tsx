// Outcome classifier (Chapter 1). The learner picks a scale (and a criteria profile) and enters a
// start and an end score; the shared engine computes the percent reduction and the category. The
// island draws the result on a 0–100 % number line with the profile's thresholds and the
// remission cut-off, and says the same thing in text. Every threshold comes from the engine's
// profile data; every category and sentence from the engine's `assessOutcome` (the same outcome
// rule as a case's treatments, with the scores checked without the case schema).
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import {
  NEXT_STEP_LABELS,
  OUTCOME_LABELS,
  PROFILE_IDS,
  SCALE_RANGES,
  SCALE_IDS,
  assessOutcome,
  percentChange,
  profiles,
  type OutcomeAssessment,
  type ProfileId,
  type ScaleId,
} from '../engine/index.ts';
import {
  FindingList,
  TextField,
  fieldValue,
  issuesByField,
  oneDecimal,
  runEngine,
  type RefLabels,
} from './principles/shared.tsx';

export interface OutcomeClassifierProps {
  refLabels?: RefLabels;
  idPrefix?: string;
  initial?: { scale?: ScaleId; profile?: ProfileId; baseline?: string; current?: string };
  /** The fixed heading and introduction (server-rendered by OutcomeClassifier.astro; the heading's id is `<idPrefix>-title`). */
  children?: ComponentChildren;
}

const FIELDS = {
  scale: ['scale'],
  baseline: ['startScore'],
  current: ['endScore'],
} as const;

const clamp = (v: number) => Math.min(100, Math.max(0, v));
/** Text anchor that keeps a label inside the line near its ends. */
const anchor = (x: number) => (x < 12 ? 'start' : x > 88 ? 'end' : 'middle');

export default function OutcomeClassifier({
  refLabels,
  idPrefix = 'outcome',
  initial = {},
  children,
}: OutcomeClassifierProps) {
  const [profile, setProfile] = useState<ProfileId>(initial.profile ?? 'standard');
  const [scale, setScale] = useState<ScaleId>(initial.scale ?? 'HAMD17');
  const [baseline, setBaseline] = useState(initial.baseline ?? '24');
  const [current, setCurrent] = useState(initial.current ?? '12');
  const id = (s: string) => `${idPrefix}-${s}`;

  const run = useMemo(
    () =>
      runEngine<OutcomeAssessment>(() =>
        assessOutcome(scale, fieldValue(baseline), fieldValue(current), profile),
      ),
    [profile, scale, baseline, current],
  );
  const { byField, other } = run.ok
    ? { byField: {}, other: [] as string[] }
    : issuesByField(run.issues, FIELDS);
  const errors = byField;

  const p = profiles[profile];
  const info = SCALE_RANGES[scale];
  const cut = p.remission[scale].atMost;
  const trial = run.ok ? run.value : undefined;
  const start = trial?.startScore;
  const pctValue = trial?.percentReduction ?? null;
  // Reduction from this baseline that brings the score down to the remission cut-off.
  const remissionFrom = start !== undefined && start > cut ? percentChange(start, cut) : null;
  const outcomeFindings = trial?.findings ?? [];
  const next = trial?.nextSteps;

  const description = trial
    ? [
        pctValue === null
          ? `No percent change can be computed from a start score of 0.`
          : `${pctValue >= 0 ? 'Reduction' : 'Change'} ${oneDecimal(pctValue)} % (${info.label} ${trial.startScore} → ${trial.endScore})${pctValue < 0 ? ', that is, worse than at the start' : ''}.`,
        remissionFrom !== null
          ? `Remission is an absolute cut-off (${info.label} ≤ ${cut}); from a start of ${trial.startScore} that needs a reduction of at least ${oneDecimal(remissionFrom)} %.`
          : `Remission is an absolute cut-off (${info.label} ≤ ${cut}); this start score is already at or below it.`,
      ].join(' ')
    : '';

  const marker = pctValue === null ? null : clamp(pctValue);
  const ticks = [0, p.partialPercent, p.responsePercent, 100];

  return (
    <section class="island outcome-classifier" aria-labelledby={id('title')}>
      {children}
      <form
        onSubmit={(e) => {
          e.preventDefault();
        }}
        noValidate
      >
        <div class="fields">
          <div class="field">
            <label for={id('scale')}>Rating scale</label>
            <select
              id={id('scale')}
              value={scale}
              aria-invalid={errors.scale ? 'true' : undefined}
              aria-describedby={errors.scale ? id('scale-err') : undefined}
              onChange={(e) => {
                setScale(e.currentTarget.value as ScaleId);
              }}
            >
              {SCALE_IDS.map((s) => (
                <option value={s} key={s}>
                  {SCALE_RANGES[s].label} (0–{SCALE_RANGES[s].max})
                </option>
              ))}
            </select>
            {errors.scale ? (
              <span class="error-msg" id={id('scale-err')}>
                {errors.scale}
              </span>
            ) : null}
          </div>
          <div class="field">
            <label for={id('profile')}>Criteria profile</label>
            <select
              id={id('profile')}
              value={profile}
              aria-describedby={id('profile-hint')}
              onChange={(e) => {
                setProfile(e.currentTarget.value as ProfileId);
              }}
            >
              {PROFILE_IDS.map((pid) => (
                <option value={pid} key={pid}>
                  {profiles[pid].label}
                </option>
              ))}
            </select>
            <span class="field-hint" id={id('profile-hint')}>
              Remission on {info.label}: ≤ {cut}
            </span>
          </div>
          <TextField
            id={id('baseline')}
            label="Start score"
            value={baseline}
            onInput={setBaseline}
            inputMode="numeric"
            hint={`Whole number, 0–${info.max}`}
            error={errors.baseline}
          />
          <TextField
            id={id('current')}
            label="End score"
            value={current}
            onInput={setCurrent}
            inputMode="numeric"
            hint={`Whole number, 0–${info.max}`}
            error={errors.current}
          />
        </div>
      </form>

      <div class="outcome-classifier__result" aria-live="polite">
        {run.ok && trial ? (
          <p class="readout">
            <span class="outcome-classifier__pct">
              {pctValue === null
                ? 'Percent change: not computable'
                : `${pctValue >= 0 ? 'Reduction' : 'Change'}: `}
              {pctValue === null ? null : <strong>{oneDecimal(pctValue)} %</strong>}
            </span>
            <br />
            Category: <strong>{OUTCOME_LABELS[trial.outcome]}</strong>
          </p>
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
            ) : null}
          </div>
        )}
      </div>

      {trial ? (
        <figure class="outcome-line">
          <svg
            class="chart outcome-line__svg"
            width="100%"
            height="104"
            role="img"
            aria-labelledby={`${id('line-title')} ${id('line-desc')}`}
          >
            <title id={id('line-title')}>Percent reduction on a line from 0 to 100 %</title>
            <svg x="5%" width="90%" height="104" overflow="visible">
              <rect class="band band--non" x="0%" y="22" width={`${p.partialPercent}%`} height="22" />
              <rect
                class="band band--partial"
                x={`${p.partialPercent}%`}
                y="22"
                width={`${p.responsePercent - p.partialPercent}%`}
                height="22"
              />
              <rect
                class="band band--response"
                x={`${p.responsePercent}%`}
                y="22"
                width={`${100 - p.responsePercent}%`}
                height="22"
              />
              {remissionFrom !== null ? (
                <>
                  <rect
                    class="remission-strip"
                    x={`${clamp(remissionFrom)}%`}
                    y="48"
                    width={`${100 - clamp(remissionFrom)}%`}
                    height="7"
                  />
                  <text x={`${clamp(remissionFrom)}%`} y="100" text-anchor={anchor(clamp(remissionFrom))}>
                    remission from {oneDecimal(remissionFrom)} %
                  </text>
                </>
              ) : null}
              <line class="axis" x1="0%" x2="100%" y1="58" y2="58" />
              {ticks.map((t) => (
                <g key={t}>
                  <line class="axis" x1={`${t}%`} x2={`${t}%`} y1="20" y2="62" />
                  <text x={`${t}%`} y="76" text-anchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'}>
                    {t} %
                  </text>
                </g>
              ))}
              {marker !== null ? (
                <g class="marker">
                  <line x1={`${marker}%`} x2={`${marker}%`} y1="16" y2="50" />
                  <text x={`${marker}%`} y="12" text-anchor={anchor(marker)} class="marker__label">
                    {pctValue !== null && pctValue < 0
                      ? `worse (${oneDecimal(pctValue)} %)`
                      : `${oneDecimal(pctValue ?? 0)} %`}
                  </text>
                </g>
              ) : null}
            </svg>
          </svg>
          <figcaption id={id('line-desc')} class="outcome-line__desc">
            {description}
          </figcaption>
          <ul class="outcome-line__legend">
            <li>
              <span class="swatch band--non" aria-hidden="true" /> Non-response: below {p.partialPercent} %
            </li>
            <li>
              <span class="swatch band--partial" aria-hidden="true" /> Partial response: {p.partialPercent} %
              to below {p.responsePercent} %
            </li>
            <li>
              <span class="swatch band--response" aria-hidden="true" /> Response: {p.responsePercent} % or
              more
            </li>
            <li>
              <span class="swatch remission-strip" aria-hidden="true" /> Remission: end score ≤ {cut} on{' '}
              {info.label}
            </li>
          </ul>
        </figure>
      ) : null}
      <div class="outcome-classifier__why" aria-live="polite">
        {run.ok && trial ? (
          <>
            <FindingList
              findings={outcomeFindings}
              refLabels={refLabels}
              class="findings outcome-classifier__findings"
            />
            {next && next.preferred.length > 0 ? (
              <p class="outcome-classifier__next">
                Next step the engine suggests: {next.preferred.map((s) => NEXT_STEP_LABELS[s]).join('; ')}
                {next.avoid.length ? `. Avoid: ${next.avoid.map((s) => NEXT_STEP_LABELS[s]).join('; ')}` : ''}
                .
              </p>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
