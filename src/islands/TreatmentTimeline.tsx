// Treatment-history timeline. Draws a case's treatments in order over time (weeks), with the
// score trajectory above and one lane per treatment below, and lists the same trials as text.
// Each trial's outcome, adequacy and percent change are the rules engine's reading (`assessCase`);
// the island only lays them out. Reusable anywhere a `PatientCase` is at hand: props
// `{ caseInput: unknown }` (plus an optional title and profile).
//
// Keyboard: the trial segments form one tab stop; arrow keys (and Home/End) move between them, and
// focusing or clicking a segment shows its details. Nothing needs dragging.
// Layout uses percentage x-coordinates, so text keeps its real size on a 320 px screen.
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import {
  ANTIDEPRESSANTS,
  AUGMENTATION_AGENTS,
  CaseInputError,
  OUTCOME_LABELS,
  SCALES,
  assessCase,
  profiles,
  type Assessment,
  type InputIssue,
  type Outcome,
  type ProfileId,
  type Treatment,
  type TreatmentAssessment,
} from '../engine/index.ts';

export interface TreatmentTimelineProps {
  caseInput: unknown;
  /** Heading shown above the timeline. */
  title?: string | undefined;
  /** Criteria profile for the engine's reading (default: the case's own, else 'standard'). */
  profile?: ProfileId | undefined;
  /** Level of the island's heading, to fit the page outline (default 3). */
  headingLevel?: 2 | 3 | 4 | undefined;
}

// Geometry (px vertically; percent horizontally).
const X0 = 11; // left edge of the plot, % of width (room for score labels)
const X1 = 97; // right edge, %
const SCORE_TOP = 26; // room for the scale name above the plot
const SCORE_H = 120;
const AXIS_GAP = 30; // week labels under the score plot
const LANE_H = 64; // name line + outcome line + bar
const BAR_H = 22;
const NOMINAL_WEEKS = 2; // drawn width when a treatment records no duration (flagged "not to scale")

interface Segment {
  index: number;
  treatment: Treatment;
  result: TreatmentAssessment;
  start: number;
  weeks: number;
  nominal: boolean;
}

const xPct = (weeks: number, total: number) => X0 + ((X1 - X0) * weeks) / total;
const pctStr = (v: number) => `${v.toFixed(3)}%`;

function agentName(id: string): string {
  if (Object.hasOwn(AUGMENTATION_AGENTS, id))
    return AUGMENTATION_AGENTS[id as keyof typeof AUGMENTATION_AGENTS].name;
  if (Object.hasOwn(ANTIDEPRESSANTS, id)) return ANTIDEPRESSANTS[id as keyof typeof ANTIDEPRESSANTS].name;
  return id;
}

/** Short display name for a lane label. */
function shortName(t: Treatment): string {
  switch (t.kind) {
    case 'antidepressant':
      return `${ANTIDEPRESSANTS[t.drug].name} ${fmt(t.doseMgPerDay)} mg/day`;
    case 'augmentation':
    case 'combination':
      return `+ ${agentName(t.agent)}${t.doseMgPerDay !== undefined ? ` ${fmt(t.doseMgPerDay)} mg/day` : ''}`;
    case 'ect':
      return `ECT ×${t.sessions}, ${t.electrodePlacement}`;
    case 'rtms':
      return 'rTMS';
    case 'psychotherapy':
      return t.modality ? `Psychotherapy (${t.modality})` : 'Psychotherapy';
    case 'ketamine':
      return 'IV ketamine';
    case 'esketamine':
      return t.doseMg !== undefined ? `Esketamine ${fmt(t.doseMg)} mg` : 'Esketamine';
  }
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function weeksOf(t: Treatment): number | undefined {
  return 'weeks' in t && typeof t.weeks === 'number' ? t.weeks : undefined;
}

function adequacyText(r: TreatmentAssessment): string {
  if (r.adequate === null) return 'Adequacy: not rated for this kind of treatment';
  if (r.adequate) return 'Adequate trial';
  return `Not an adequate trial (${r.inadequateBecause.join(', ')})`;
}

function detailLines(seg: Segment, scaleLabel: string): string[] {
  const { treatment: t, result: r } = seg;
  const lines: string[] = [];
  lines.push(
    seg.nominal
      ? 'Duration not recorded (drawn at a nominal width, not to scale)'
      : `${fmt(seg.weeks)} week${seg.weeks === 1 ? '' : 's'}, from week ${fmt(seg.start)} to week ${fmt(seg.start + seg.weeks)}`,
  );
  if (
    (t.kind === 'antidepressant' || t.kind === 'augmentation' || t.kind === 'combination') &&
    t.adherencePercent !== undefined
  ) {
    lines.push(`Adherence ${fmt(t.adherencePercent)} %`);
  }
  if (t.kind === 'ect') lines.push(`${t.sessions} sessions, ${t.electrodePlacement} placement`);
  const end = r.endScore === null ? 'not measured' : String(r.endScore);
  const change =
    r.percentReduction === null
      ? ''
      : ` (${r.percentReduction >= 0 ? '−' : '+'}${String(Math.round(Math.abs(r.percentReduction) * 10) / 10)} %)`;
  lines.push(`${scaleLabel}: ${r.startScore} → ${end}${change}`);
  lines.push(`Outcome: ${OUTCOME_LABELS[r.outcome]}`);
  lines.push(adequacyText(r) + (r.failed ? ' — counts as a failed trial' : ''));
  if (t.stoppedFor)
    lines.push(`Stopped: ${t.stoppedFor.replace('-', ' ')}${t.adverseEffect ? ` (${t.adverseEffect})` : ''}`);
  return lines;
}

const OUTCOME_CLASS: Record<Outcome, string> = {
  remission: 'remission',
  response: 'response',
  'partial-response': 'partial',
  'non-response': 'non-response',
  intolerance: 'intolerance',
  'not-evaluable': 'not-evaluable',
};

function layout(a: Assessment): { segments: Segment[]; total: number } {
  let t0 = 0;
  const segments = a.patientCase.treatments.map((treatment, index) => {
    const w = weeksOf(treatment);
    const nominal = w === undefined || w <= 0;
    const weeks = nominal ? NOMINAL_WEEKS : w;
    const result = a.treatments[index] as TreatmentAssessment;
    const seg: Segment = { index, treatment, result, start: t0, weeks, nominal };
    t0 += weeks;
    return seg;
  });
  return { segments, total: Math.max(t0, 1) };
}

function tickStep(total: number): number {
  for (const step of [1, 2, 4, 8, 12, 26, 52]) if (total / step <= 6) return step;
  return 104;
}

export default function TreatmentTimeline({
  caseInput,
  title = 'Treatment timeline',
  profile,
  headingLevel = 3,
}: TreatmentTimelineProps) {
  const Heading = `h${headingLevel}` as 'h3';
  const uid = `tl-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const evaluation = useMemo((): { assessment: Assessment } | { issues: InputIssue[] } => {
    try {
      return { assessment: assessCase(caseInput, profile ? { profile } : {}) };
    } catch (err) {
      if (err instanceof CaseInputError) return { issues: err.issues };
      throw err;
    }
  }, [caseInput, profile]);
  const [selected, setSelected] = useState(0);
  const segRefs = useRef<(SVGGElement | null)[]>([]);

  if ('issues' in evaluation) {
    return (
      <section class="island treatment-timeline" aria-labelledby={`${uid}-title`}>
        <p class="island__label">Treatment timeline</p>
        <Heading id={`${uid}-title`}>{title}</Heading>
        <div class="feedback feedback--bad" role="alert">
          <p class="feedback__verdict">This case cannot be drawn.</p>
          <ul class="error-msg">
            {evaluation.issues.map((i) => (
              <li key={`${i.path}-${i.message}`}>{`${i.path || 'case'}: ${i.message}`}</li>
            ))}
          </ul>
        </div>
      </section>
    );
  }

  const a = evaluation.assessment;
  const scale = SCALES[a.scale];
  const { segments, total } = layout(a);
  const current = Math.min(selected, Math.max(segments.length - 1, 0));
  const remissionAtMost = (profiles as Record<string, (typeof profiles)['standard']>)[a.profile]?.remission[
    a.scale
  ].atMost;

  // Score axis: 0 to the highest score in the case, rounded up to a multiple of 5.
  const scores = [
    a.patientCase.episode.baselineScore,
    ...a.treatments.flatMap((r) => [r.startScore, r.endScore ?? 0]),
  ];
  const yMax = Math.min(scale.max, Math.max(5, Math.ceil(Math.max(...scores) / 5) * 5));
  const yOf = (score: number) => SCORE_TOP + SCORE_H * (1 - score / yMax);
  const yTicks = [0, Math.round(yMax / 2), yMax];
  const step = tickStep(total);
  const xTicks: number[] = [];
  for (let w = 0; w <= total + 1e-9; w += step) xTicks.push(w);
  const lanesTop = SCORE_TOP + SCORE_H + AXIS_GAP;
  const height = lanesTop + segments.length * LANE_H + 6;

  // Score trajectory in week/score units, drawn in a stretched inner SVG (non-scaling strokes).
  const measured = segments.filter((s) => s.result.endScore !== null);
  const path = measured
    .map(
      (s) =>
        `${s.start},${yMax - s.result.startScore} ${s.start + s.weeks},${yMax - (s.result.endScore ?? 0)}`,
    )
    .join(' ');

  const focusSeg = (i: number) => {
    const n = segments.length;
    if (n === 0) return;
    const next = ((i % n) + n) % n;
    setSelected(next);
    segRefs.current[next]?.focus();
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    const keys: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: segments.length - 1,
    };
    if (e.key in keys) {
      e.preventDefault();
      focusSeg(keys[e.key] as number);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      setSelected(i);
    }
  };

  const sel = segments[current];
  const trd = a.trd;

  return (
    <section class="island treatment-timeline" aria-labelledby={`${uid}-title`}>
      <p class="island__label">Treatment timeline</p>
      <Heading id={`${uid}-title`}>{title}</Heading>
      <p class="field-hint">
        {`Scores on the ${scale.label} (baseline ${a.patientCase.episode.baselineScore}); outcomes and adequacy as read by the rules engine (${a.profile} profile). `}
        {`Engine summary: ${trd.meets ? 'meets' : 'does not meet'} the TRD definition — ${trd.failedAdequateTrials} failed adequate antidepressant trial${trd.failedAdequateTrials === 1 ? '' : 's'}, ${trd.distinctClasses} class${trd.distinctClasses === 1 ? '' : 'es'}.`}
      </p>

      {segments.length === 0 ? (
        <p>No treatments recorded in this episode.</p>
      ) : (
        <div class="treatment-timeline__figure">
          <svg
            class="chart timeline-chart"
            width="100%"
            height={height}
            aria-labelledby={`${uid}-title`}
            data-testid="timeline-chart"
          >
            {/* Score plot */}
            {yTicks.map((v) => (
              <g key={`y${v}`}>
                <line class="grid" x1={pctStr(X0)} x2={pctStr(X1)} y1={yOf(v)} y2={yOf(v)} />
                <text class="timeline-chart__tick" x={pctStr(X0 - 1.5)} y={yOf(v) + 4} text-anchor="end">
                  {v}
                </text>
              </g>
            ))}
            {remissionAtMost !== undefined && remissionAtMost <= yMax && (
              <g>
                <line
                  class="timeline-chart__remission"
                  x1={pctStr(X0)}
                  x2={pctStr(X1)}
                  y1={yOf(remissionAtMost)}
                  y2={yOf(remissionAtMost)}
                />
                <text class="timeline-chart__remission-label" x={pctStr(X0 + 1)} y={yOf(remissionAtMost) - 4}>
                  {`remission ≤ ${remissionAtMost}`}
                </text>
              </g>
            )}
            <text class="timeline-chart__axis-title" x="0" y={12}>
              {scale.label}
            </text>
            {path && (
              <svg
                x={pctStr(X0)}
                y={SCORE_TOP}
                width={pctStr(X1 - X0)}
                height={SCORE_H}
                viewBox={`0 0 ${total} ${yMax}`}
                preserveAspectRatio="none"
                overflow="visible"
                aria-hidden="true"
              >
                <polyline class="timeline-chart__line" points={path} vector-effect="non-scaling-stroke" />
              </svg>
            )}
            {measured.map((s) => (
              <g key={`pt${s.index}`} aria-hidden="true">
                <circle
                  class="timeline-chart__point"
                  cx={pctStr(xPct(s.start, total))}
                  cy={yOf(s.result.startScore)}
                  r="3.5"
                />
                <circle
                  class={`timeline-chart__point is-${OUTCOME_CLASS[s.result.outcome]}`}
                  cx={pctStr(xPct(s.start + s.weeks, total))}
                  cy={yOf(s.result.endScore ?? 0)}
                  r="4.5"
                />
              </g>
            ))}
            {/* Week axis */}
            <line
              class="axis"
              x1={pctStr(X0)}
              x2={pctStr(X1)}
              y1={SCORE_TOP + SCORE_H}
              y2={SCORE_TOP + SCORE_H}
            />
            {xTicks.map((w) => (
              <text
                key={`x${w}`}
                class="timeline-chart__tick"
                x={pctStr(xPct(w, total))}
                y={SCORE_TOP + SCORE_H + 15}
                text-anchor="middle"
              >
                {fmt(w)}
              </text>
            ))}
            <text
              class="timeline-chart__axis-title"
              x={pctStr(X1)}
              y={SCORE_TOP + SCORE_H + 27}
              text-anchor="end"
            >
              weeks
            </text>
            {/* Treatment lanes */}
            <g role="group" aria-label="Treatments in order. Use the arrow keys to move between them.">
              {segments.map((s, i) => {
                const top = lanesTop + i * LANE_H;
                const x = xPct(s.start, total);
                const w = Math.max(((X1 - X0) * s.weeks) / total, 0.8);
                const isSel = i === current;
                return (
                  <g
                    key={`seg${i}`}
                    ref={(el) => {
                      segRefs.current[i] = el;
                    }}
                    class={`timeline-chart__seg${isSel ? ' is-selected' : ''}`}
                    role="button"
                    tabindex={isSel ? 0 : -1}
                    aria-pressed={isSel ? 'true' : 'false'}
                    aria-labelledby={`${uid}-seg${i}-name`}
                    data-testid="timeline-segment"
                    onFocus={() => {
                      setSelected(i);
                    }}
                    onClick={() => {
                      focusSeg(i);
                    }}
                    onKeyDown={(e) => {
                      onKey(e, i);
                    }}
                  >
                    <rect class="timeline-chart__hit" x="0" y={top} width="100%" height={LANE_H - 4} />
                    <text id={`${uid}-seg${i}-name`} class="timeline-chart__lane-text" x="0" y={top + 13}>
                      <tspan class="timeline-chart__lane-label">{`${i + 1}. ${shortName(s.treatment)}`}</tspan>{' '}
                      <tspan class="timeline-chart__lane-outcome" x="0" y={top + 28}>
                        {`${OUTCOME_LABELS[s.result.outcome]}${s.result.adequate === false ? ' · not adequate' : ''}${s.result.failed ? ' · failed trial' : ''}`}
                      </tspan>
                    </text>
                    <rect
                      class={`timeline-chart__bar is-${OUTCOME_CLASS[s.result.outcome]}${s.nominal ? ' is-nominal' : ''}${s.result.adequate === false ? ' is-inadequate' : ''}`}
                      x={pctStr(x)}
                      y={top + 34}
                      width={pctStr(w)}
                      height={BAR_H}
                      rx="3"
                    />
                  </g>
                );
              })}
            </g>
          </svg>
          <p class="field-hint treatment-timeline__legend">
            Bar colour shows the engine’s outcome (green remission or response, amber partial response, red
            non-response, grey intolerance or not evaluable); a dashed outline marks a trial that was not
            adequate or has no recorded duration.
          </p>
        </div>
      )}

      {sel && (
        <div class="treatment-timeline__details readout" aria-live="polite" data-testid="timeline-details">
          <p class="treatment-timeline__details-title">
            <strong>{`Treatment ${sel.index + 1}: ${sel.result.label}`}</strong>
          </p>
          <ul>
            {detailLines(sel, scale.label).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
      )}

      {segments.length > 0 && (
        <details class="treatment-timeline__list-wrap">
          <summary>All treatments as a list</summary>
          <ol class="treatment-timeline__list" data-testid="timeline-list">
            {segments.map((s) => (
              <li key={`li${s.index}`}>
                <strong>{s.result.label}</strong>
                {' — '}
                {detailLines(s, scale.label).join('; ')}.
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
