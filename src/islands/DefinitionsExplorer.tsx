// "Same patient, different definitions" (Chapter 1). One preset patient is assessed by the shared
// engine under every criteria profile it exports, and all four staging models are shown at once.
// Rows whose verdicts differ between profiles are marked, and the engine findings that differ are
// listed as the reason. The island compares and displays; every verdict is the engine's.
import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import {
  OUTCOME_LABELS,
  PROFILE_IDS,
  SCALES,
  STAGE_NAMES,
  assessCase,
  describeStage,
  profiles,
  type Assessment,
  type Finding,
  type ProfileId,
} from '../engine/index.ts';
import { PRESETS } from './principles/presets.ts';
import { FindingList, runEngine, type RefLabels, type Run } from './principles/shared.tsx';

export interface DefinitionsExplorerProps {
  refLabels?: RefLabels;
  idPrefix?: string;
  /** Preset shown first (id from principles/presets.ts). */
  initialPreset?: string | undefined;
}

interface Row {
  key: string;
  label: string;
  values: string[];
  differs: boolean;
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

function rowsFor(results: Assessment[]): Row[] {
  const row = (key: string, label: string, values: string[]): Row => ({
    key,
    label,
    values,
    differs: new Set(values).size > 1,
  });
  const first = results[0];
  if (!first) return [];
  const rows: Row[] = first.treatments.map((t, i) =>
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
  );
  rows.push(
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

export default function DefinitionsExplorer({
  refLabels,
  idPrefix = 'definitions',
  initialPreset,
}: DefinitionsExplorerProps) {
  const [presetId, setPresetId] = useState(
    PRESETS.some((p) => p.id === initialPreset) ? (initialPreset as string) : (PRESETS[0]?.id ?? ''),
  );
  const preset = PRESETS.find((p) => p.id === presetId) ?? PRESETS[0];
  const id = (s: string) => `${idPrefix}-${s}`;

  const runs = useMemo<Run<Assessment>[]>(
    () => PROFILE_IDS.map((pid: ProfileId) => runEngine(() => assessCase(preset?.case, { profile: pid }))),
    [preset],
  );
  const failedRun = runs.find((r) => !r.ok);
  const results = runs.flatMap((r) => (r.ok ? [r.value] : []));
  const ok = !failedRun && results.length === PROFILE_IDS.length;
  const rows = ok ? rowsFor(results) : [];
  const diffs = ok ? differingFindings(results) : [];
  const anyDiff = rows.some((r) => r.differs);
  const base = results[0];

  return (
    <section class="island definitions-explorer" aria-labelledby={id('title')}>
      <p class="island__label">Interactive · same patient, different definitions</p>
      <h3 id={id('title')}>One history, every definition</h3>
      <div class="fields definitions-explorer__pick">
        <div class="field">
          <label for={id('preset')}>Patient</label>
          <select
            id={id('preset')}
            value={presetId}
            onChange={(e) => {
              setPresetId(e.currentTarget.value);
            }}
          >
            {PRESETS.map((p) => (
              <option value={p.id} key={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
      </div>

      {preset ? (
        <div class="definitions-explorer__story">
          <p>{preset.story}</p>
          <p class="field-hint">
            <strong>Look for:</strong> {preset.lookFor}
          </p>
        </div>
      ) : null}
      <p class="readout definitions-explorer__summary" aria-live="polite">
        {ok
          ? `${PROFILE_IDS.map((pid, i) => `${profiles[pid].label}: TRD ${results[i]?.trd.meets ? 'yes' : 'no'}`).join(' · ')}. Rows that differ between profiles: ${
              rows.filter((r) => r.differs).length
            } of ${rows.length}.`
          : 'This preset could not be assessed.'}
      </p>

      <div class="definitions-explorer__result">
        {!ok ? (
          <div class="feedback feedback--bad">
            <p class="feedback__verdict">This preset could not be assessed</p>
            {failedRun && !failedRun.ok ? (
              <ul class="error-list">
                {failedRun.issues.map((i) => (
                  <li class="error-msg" key={`${i.path}${i.message}`}>
                    {i.path}: {i.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : (
          <>
            <h4 id={id('table-h')}>Verdicts under each criteria profile</h4>
            <p class="field-hint" id={id('table-note')}>
              Scores on {base ? SCALES[base.scale].label : 'the episode scale'}. Rows marked “differs” get a
              different answer under different profiles.
            </p>
            <div class="table-wrap definitions-explorer__table-wrap">
              <table
                class="definitions-explorer__table"
                aria-labelledby={id('table-h')}
                aria-describedby={id('table-note')}
              >
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    {PROFILE_IDS.map((pid) => {
                      const [name, ...rest] = profiles[pid].label.split(' (');
                      return (
                        <th scope="col" key={pid}>
                          {name}
                          {rest.length ? (
                            <span class="definitions-explorer__col-note"> ({rest.join(' (')}</span>
                          ) : null}
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.key} class={r.differs ? 'row--differs' : undefined}>
                      <th scope="row">
                        {r.label}
                        {r.differs ? <span class="badge badge--differs"> differs</span> : null}
                      </th>
                      {r.values.map((v, i) => (
                        <td key={PROFILE_IDS[i]}>{v}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            <ul class="definitions-explorer__stack" aria-labelledby={id('table-h')}>
              {rows.map((r) => (
                <li key={r.key} class={r.differs ? 'row--differs' : undefined}>
                  <p>
                    {r.label}
                    {r.differs ? <span class="badge badge--differs"> differs</span> : null}
                  </p>
                  <dl>
                    {r.values.map((v, i) => {
                      const pid = PROFILE_IDS[i];
                      return pid ? (
                        <Fragment key={pid}>
                          <dt>{profiles[pid].label.split(' (')[0]}</dt>
                          <dd>{v}</dd>
                        </Fragment>
                      ) : null;
                    })}
                  </dl>
                </li>
              ))}
            </ul>

            <h4>Where and why the profiles disagree</h4>
            {anyDiff ? (
              PROFILE_IDS.map((pid, i) =>
                (diffs[i] ?? []).length ? (
                  <div class="definitions-explorer__why" key={pid}>
                    <p class="model-label">{profiles[pid].label}</p>
                    <FindingList findings={diffs[i] ?? []} refLabels={refLabels} />
                  </div>
                ) : null,
              )
            ) : (
              <p>Every profile reaches the same verdicts for this patient: the definitions agree here.</p>
            )}

            <h4>The four staging models side by side</h4>
            <p class="field-hint">
              Each model counts different things, so the numbers are not on one scale. Explanations are the
              engine’s, under the {profiles[PROFILE_IDS[0]].label.toLowerCase()} profile.
            </p>
            <ul class="cards definitions-explorer__models">
              {STAGING_RULES.map(({ rule, model }) => (
                <li class="card" key={rule}>
                  <h5>{STAGE_NAMES[model]}</h5>
                  <p class="readout">
                    <strong>{base ? stageValue(base, model) : '—'}</strong>
                  </p>
                  <details>
                    <summary>How the engine got there</summary>
                    <FindingList
                      findings={base ? base.findings.filter((f) => f.rule === rule) : []}
                      refLabels={refLabels}
                    />
                  </details>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
