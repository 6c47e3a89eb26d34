// Build-time half of the treatment timeline: the rules engine reads the case (each treatment's
// outcome, adequacy, percent change and failure, and the TRD summary) when the page is built, and
// the island receives only what it draws (JSON props) — no engine in the browser. Server-only:
// imported by TreatmentTimeline.astro and by the island's tests.
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
  return {
    view: {
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
    },
  };
}
