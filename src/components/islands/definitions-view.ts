// Build-time half of the "same patient, different definitions" explorer (Chapter 1). The preset
// patients are fixed, so the rules engine assesses each one under every criteria profile here,
// when the page is built, and the explorer is rendered from these views as static HTML: no engine
// and no JavaScript in the browser. Server-only: imported by DefinitionsExplorer.astro and tests.
import {
  CaseInputError,
  OUTCOME_LABELS,
  PROFILE_IDS,
  SCALES,
  STAGE_NAMES,
  assessCase,
  describeStage,
  profiles,
  type Assessment,
  type Finding,
} from '../../engine/index.ts';
import { PRESETS, type DefinitionsPreset } from '../../islands/principles/presets.ts';

export interface DefinitionsRow {
  key: string;
  label: string;
  /** One value per profile column. */
  values: string[];
  differs: boolean;
}

export interface DefinitionsView {
  id: string;
  title: string;
  story: string;
  lookFor: string;
  /** Why the preset could not be assessed (an authoring error; empty when it was). */
  issues: { path: string; message: string }[];
  /** One column per criteria profile: the label's name and its bracketed note. */
  columns: { id: string; name: string; note: string }[];
  summary: string;
  scaleLabel: string;
  rows: DefinitionsRow[];
  /** Per profile, the explaining findings no other profile produced (only profiles with some). */
  why: { profile: string; findings: Finding[] }[];
  /** The four staging models under the first profile, each with the findings behind it. */
  models: { rule: string; name: string; value: string; findings: Finding[] }[];
  /** The profile the model cards explain ("standard (module default)"). */
  modelsProfile: string;
}

const STAGING_RULES = [
  { rule: 'thase-rush', model: 'thaseRush' },
  { rule: 'european', model: 'european' },
  { rule: 'mgh', model: 'mgh' },
  { rule: 'maudsley', model: 'maudsley' },
] as const;

/** Findings that explain definitions and staging (the profile banner and next steps are left out). */
const EXPLAINING = new Set([
  'adequacy',
  'outcome',
  'failure',
  'failed-trials',
  'trd',
  'thase-rush',
  'european',
  'mgh',
  'maudsley',
]);

function stageValue(a: Assessment, model: (typeof STAGING_RULES)[number]['model']): string {
  if (model === 'maudsley') return describeStage('maudsley', a.staging.maudsley?.total ?? null);
  return describeStage(model, a.staging[model]);
}

function rowsFor(results: Assessment[]): DefinitionsRow[] {
  const row = (key: string, label: string, values: string[]): DefinitionsRow => ({
    key,
    label,
    values,
    differs: new Set(values).size > 1,
  });
  const first = results[0];
  if (!first) return [];
  const rows = first.treatments.map((t, i) =>
    row(
      `t${i}`,
      `Treatment ${i + 1}: ${t.label}`,
      results.map((a) => {
        const r = a.treatments[i];
        if (!r) return '—';
        const outcome = OUTCOME_LABELS[r.outcome];
        return r.kind === 'antidepressant' || r.kind === 'ect'
          ? `${outcome}${r.failed ? ' · failed' : ' · not a failure'}`
          : outcome;
      }),
    ),
  );
  rows.push(
    row(
      'failed',
      'Failed adequate antidepressant trials',
      results.map((a) => String(a.failedAdequateTrials)),
    ),
    row(
      'trd',
      'Treatment-resistant depression?',
      results.map((a) => (a.trd.meets ? 'Yes' : 'No')),
    ),
  );
  for (const { model } of STAGING_RULES)
    rows.push(
      row(
        model,
        STAGE_NAMES[model],
        results.map((a) => stageValue(a, model)),
      ),
    );
  return rows;
}

/** For each profile, the explaining findings whose text no other profile produced. */
function differingFindings(results: Assessment[]): Finding[][] {
  const texts = results.map(
    (a) => new Set(a.findings.filter((f) => EXPLAINING.has(f.rule)).map((f) => f.text)),
  );
  return results.map((a, i) =>
    a.findings.filter(
      (f) => EXPLAINING.has(f.rule) && texts.some((other, j) => j !== i && !other.has(f.text)),
    ),
  );
}

const columns = () =>
  PROFILE_IDS.map((id) => {
    const [name = '', ...rest] = profiles[id].label.split(' (');
    return { id, name, note: rest.length ? ` (${rest.join(' (')}` : '' };
  });

/** What the island shows for one preset patient. */
export function definitionsView(preset: DefinitionsPreset): DefinitionsView {
  const base = {
    id: preset.id,
    title: preset.title,
    story: preset.story,
    lookFor: preset.lookFor,
    columns: columns(),
    modelsProfile: profiles[PROFILE_IDS[0]].label.toLowerCase(),
  };
  let results: Assessment[];
  try {
    results = PROFILE_IDS.map((profile) => assessCase(preset.case, { profile }));
  } catch (e) {
    if (!(e instanceof CaseInputError)) throw e;
    return {
      ...base,
      issues: e.issues.map(({ path, message }) => ({ path, message })),
      summary: 'This preset could not be assessed.',
      scaleLabel: '',
      rows: [],
      why: [],
      models: [],
    };
  }
  const rows = rowsFor(results);
  const diffs = differingFindings(results);
  const first = results[0];
  return {
    ...base,
    issues: [],
    summary: `${PROFILE_IDS.map((pid, i) => `${profiles[pid].label}: TRD ${results[i]?.trd.meets ? 'yes' : 'no'}`).join(' · ')}. Rows that differ between profiles: ${
      rows.filter((r) => r.differs).length
    } of ${rows.length}.`,
    scaleLabel: first ? SCALES[first.scale].label : 'the episode scale',
    rows,
    why: PROFILE_IDS.flatMap((pid, i) =>
      (diffs[i] ?? []).length ? [{ profile: profiles[pid].label, findings: diffs[i] ?? [] }] : [],
    ),
    models: STAGING_RULES.map(({ rule, model }) => ({
      rule,
      name: STAGE_NAMES[model],
      value: first ? stageValue(first, model) : '—',
      findings: first ? first.findings.filter((f) => f.rule === rule) : [],
    })),
  };
}

/** Every preset of the chapter, assessed (the explorer's `presets` prop). */
export function definitionsViews(presets: readonly DefinitionsPreset[] = PRESETS): DefinitionsView[] {
  return presets.map(definitionsView);
}
