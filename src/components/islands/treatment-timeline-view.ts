// Build-time half of the treatment timeline: the rules engine reads the case (each treatment's
// outcome, adequacy, percent change and failure, and the TRD summary) when the page is built, and
// the island receives only what it draws (JSON props) — no engine in the browser. The drawing is
// laid out here too: the fixed score plot and week axis as SVG markup, each lane's position, the
// list of treatments as HTML; the island keeps only the selection. Server-only: imported by
// TreatmentTimeline.astro and by the island's tests.
import {
  ANTIDEPRESSANTS,
  AUGMENTATION_AGENTS,
  CaseInputError,
  OUTCOME_LABELS,
  SCALES,
  assessCase,
  profiles,
  type Outcome,
  type ProfileId,
  type Treatment,
  type TreatmentAssessment,
} from '../../engine/index.ts';

const NOMINAL_WEEKS = 2; // drawn width when a treatment records no duration (flagged "not to scale")

export interface TimelineSegment {
  index: number;
  /** The engine's label: "sertraline 150 mg/day for 8 weeks". */
  label: string;
  /** Lane label: "sertraline 150 mg/day". */
  shortName: string;
  outcome: Outcome;
  outcomeLabel: string;
  adequate: boolean | null;
  failed: boolean;
  startScore: number;
  endScore: number | null;
  /** Week the treatment starts, and its drawn length in weeks. */
  start: number;
  weeks: number;
  /** No duration recorded: drawn at a nominal width, not to scale. */
  nominal: boolean;
  /** The details shown for the selected treatment and in the list. */
  details: string[];
}

/** One treatment's lane in the drawing (y in px, x and width in % of the chart's width). */
export interface TimelineLane {
  top: number;
  /** "1. sertraline 150 mg/day" and "Non-response · failed trial". */
  name: string;
  outcome: string;
  /** Class list of the lane's bar. */
  bar: string;
  x: string;
  w: string;
}

/** What the island draws, laid out at build time. */
export interface TimelineLayout {
  /** The sentence under the heading (scale, profile, the engine's TRD summary). */
  intro: string;
  height: number;
  /** SVG markup of the score plot and the week axis. */
  plot: string;
  lanes: TimelineLane[];
  /** HTML of the list items "label — details." */
  list: string;
  /** What the bar colours and outlines mean. */
  legend: string;
}

export interface TimelineView {
  /** The criteria profile the engine read the case under. */
  profile: string;
  scaleLabel: string;
  scaleMax: number;
  baselineScore: number;
  remissionAtMost: number;
  trd: { meets: boolean; failedAdequateTrials: number; distinctClasses: number };
  segments: TimelineSegment[];
  /** Total drawn weeks. */
  total: number;
  layout: TimelineLayout;
}

export type TimelineResult = { view: TimelineView } | { issues: { path: string; message: string }[] };

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

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

function adequacyText(r: TreatmentAssessment): string {
  if (r.adequate === null) return 'Adequacy: not rated for this kind of treatment';
  if (r.adequate) return 'Adequate trial';
  return `Not an adequate trial (${r.inadequateBecause.join(', ')})`;
}

function detailLines(
  t: Treatment,
  r: TreatmentAssessment,
  seg: { start: number; weeks: number; nominal: boolean },
  scaleLabel: string,
) {
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

// Geometry (px vertically; percent horizontally).
const X0 = 11; // left edge of the plot, % of width (room for score labels)
const X1 = 97; // right edge, %
const SCORE_TOP = 26; // room for the scale name above the plot
const SCORE_H = 120;
const AXIS_GAP = 30; // week labels under the score plot
const LANE_H = 64; // name line + outcome line + bar

const xPct = (weeks: number, total: number) => X0 + ((X1 - X0) * weeks) / total;
const pctStr = (v: number) => `${v.toFixed(3)}%`;
const esc = (t: string | number) =>
  String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** CSS class per outcome ("partial-response" is drawn as "partial"). */
const outcomeClass = (o: string) => (o === 'partial-response' ? 'partial' : o);

function tickStep(total: number): number {
  for (const step of [1, 2, 4, 8, 12, 26, 52]) if (total / step <= 6) return step;
  return 104;
}

function layout(v: Omit<TimelineView, 'layout'>): TimelineLayout {
  const { segments, total, trd } = v;
  // Score axis: 0 to the highest score in the case, rounded up to a multiple of 5.
  const scores = [v.baselineScore, ...segments.flatMap((s) => [s.startScore, s.endScore ?? 0])];
  const yMax = Math.min(v.scaleMax, Math.max(5, Math.ceil(Math.max(...scores) / 5) * 5));
  const yOf = (score: number) => SCORE_TOP + SCORE_H * (1 - score / yMax);
  const step = tickStep(total);
  const xTicks: number[] = [];
  for (let w = 0; w <= total + 1e-9; w += step) xTicks.push(w);
  const lanesTop = SCORE_TOP + SCORE_H + AXIS_GAP;
  // Score trajectory in week/score units, drawn in a stretched inner SVG (non-scaling strokes).
  const measured = segments.filter((s) => s.endScore !== null);
  const path = measured
    .map((s) => `${s.start},${yMax - s.startScore} ${s.start + s.weeks},${yMax - (s.endScore ?? 0)}`)
    .join(' ');
  const plot = [
    ...[0, Math.round(yMax / 2), yMax].map(
      (y) =>
        `<g><line class="grid" x1="${pctStr(X0)}" x2="${pctStr(X1)}" y1="${yOf(y)}" y2="${yOf(y)}"></line><text class="timeline-chart__tick" x="${pctStr(X0 - 1.5)}" y="${yOf(y) + 4}" text-anchor="end">${y}</text></g>`,
    ),
    v.remissionAtMost <= yMax
      ? `<g><line class="timeline-chart__remission" x1="${pctStr(X0)}" x2="${pctStr(X1)}" y1="${yOf(v.remissionAtMost)}" y2="${yOf(v.remissionAtMost)}"></line><text class="timeline-chart__remission-label" x="${pctStr(X0 + 1)}" y="${yOf(v.remissionAtMost) - 4}">remission ≤ ${v.remissionAtMost}</text></g>`
      : '',
    `<text class="timeline-chart__axis-title" x="0" y="12">${esc(v.scaleLabel)}</text>`,
    path
      ? `<svg x="${pctStr(X0)}" y="${SCORE_TOP}" width="${pctStr(X1 - X0)}" height="${SCORE_H}" viewBox="0 0 ${total} ${yMax}" preserveAspectRatio="none" overflow="visible" aria-hidden="true"><polyline class="timeline-chart__line" points="${path}" vector-effect="non-scaling-stroke"></polyline></svg>`
      : '',
    ...measured.map(
      (s) =>
        `<g aria-hidden="true"><circle class="timeline-chart__point" cx="${pctStr(xPct(s.start, total))}" cy="${yOf(s.startScore)}" r="3.5"></circle><circle class="timeline-chart__point is-${outcomeClass(s.outcome)}" cx="${pctStr(xPct(s.start + s.weeks, total))}" cy="${yOf(s.endScore ?? 0)}" r="4.5"></circle></g>`,
    ),
    // Week axis
    `<line class="axis" x1="${pctStr(X0)}" x2="${pctStr(X1)}" y1="${SCORE_TOP + SCORE_H}" y2="${SCORE_TOP + SCORE_H}"></line>`,
    ...xTicks.map(
      (w) =>
        `<text class="timeline-chart__tick" x="${pctStr(xPct(w, total))}" y="${SCORE_TOP + SCORE_H + 15}" text-anchor="middle">${fmt(w)}</text>`,
    ),
    `<text class="timeline-chart__axis-title" x="${pctStr(X1)}" y="${SCORE_TOP + SCORE_H + 27}" text-anchor="end">weeks</text>`,
  ].join('');
  return {
    intro:
      `Scores on the ${v.scaleLabel} (baseline ${v.baselineScore}); outcomes and adequacy as read by the rules engine (${v.profile} profile). ` +
      `Engine summary: ${trd.meets ? 'meets' : 'does not meet'} the TRD definition — ${trd.failedAdequateTrials} failed adequate antidepressant trial${trd.failedAdequateTrials === 1 ? '' : 's'}, ${trd.distinctClasses} class${trd.distinctClasses === 1 ? '' : 'es'}.`,
    height: lanesTop + segments.length * LANE_H + 6,
    plot,
    lanes: segments.map((s, i) => ({
      top: lanesTop + i * LANE_H,
      name: `${i + 1}. ${s.shortName}`,
      outcome: `${s.outcomeLabel}${s.adequate === false ? ' · not adequate' : ''}${s.failed ? ' · failed trial' : ''}`,
      bar: `timeline-chart__bar is-${outcomeClass(s.outcome)}${s.nominal ? ' is-nominal' : ''}${s.adequate === false ? ' is-inadequate' : ''}`,
      x: pctStr(xPct(s.start, total)),
      w: pctStr(Math.max(((X1 - X0) * s.weeks) / total, 0.8)),
    })),
    list: segments
      .map((s) => `<li><strong>${esc(s.label)}</strong> — ${esc(s.details.join('; '))}.</li>`)
      .join(''),
    legend:
      'Bar colour shows the engine’s outcome (green remission or response, amber partial response, red non-response, grey intolerance or not evaluable); a dashed outline marks a trial that was not adequate or has no recorded duration.',
  };
}

/**
 * The timeline of a case as the engine reads it (profile: the option, else the case's own, else
 * 'standard'), or the input problems when the case is invalid.
 */
export function timelineView(caseInput: unknown, profile?: ProfileId): TimelineResult {
  let a;
  try {
    a = assessCase(caseInput, profile ? { profile } : {});
  } catch (e) {
    if (e instanceof CaseInputError)
      return { issues: e.issues.map(({ path, message }) => ({ path, message })) };
    throw e;
  }
  const scale = SCALES[a.scale];
  let t0 = 0;
  const segments = a.patientCase.treatments.map((treatment, index): TimelineSegment => {
    const w = 'weeks' in treatment && typeof treatment.weeks === 'number' ? treatment.weeks : undefined;
    const nominal = w === undefined || w <= 0;
    const weeks = nominal ? NOMINAL_WEEKS : w;
    const r = a.treatments[index] as TreatmentAssessment;
    const seg = { start: t0, weeks, nominal };
    t0 += weeks;
    return {
      index,
      label: r.label,
      shortName: shortName(treatment),
      outcome: r.outcome,
      outcomeLabel: OUTCOME_LABELS[r.outcome],
      adequate: r.adequate,
      failed: r.failed,
      startScore: r.startScore,
      endScore: r.endScore,
      ...seg,
      details: detailLines(treatment, r, seg, scale.label),
    };
  });
  const view = {
    profile: a.profile,
    scaleLabel: scale.label,
    scaleMax: scale.max,
    baselineScore: a.patientCase.episode.baselineScore,
    remissionAtMost: profiles[a.profile as ProfileId].remission[a.scale].atMost,
    trd: {
      meets: a.trd.meets,
      failedAdequateTrials: a.trd.failedAdequateTrials,
      distinctClasses: a.trd.distinctClasses,
    },
    segments,
    total: Math.max(t0, 1),
  };
  return { view: { ...view, layout: layout(view) } };
}
