// "Same patient, different definitions" (Chapter 1). Each preset patient is assessed by the shared
// engine under every criteria profile it exports, and all four staging models are shown at once.
// Rows whose verdicts differ between profiles are marked, and the engine findings that differ are
// listed as the reason. The presets are fixed, so the engine runs at build time
// (components/islands/definitions-view.ts) and this island only shows the result and switches
// between presets: it ships no engine. Every verdict is the engine's.
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { DefinitionsView } from '../components/islands/definitions-view.ts';
import { FindingList, type RefLabels } from './principles/finding-list.tsx';

export interface DefinitionsExplorerProps {
  /** The preset patients, assessed at build time (definitionsViews()). */
  presets: readonly DefinitionsView[];
  refLabels?: RefLabels;
  idPrefix?: string;
  /** Preset shown first (id from principles/presets.ts). */
  initialPreset?: string | undefined;
}

export default function DefinitionsExplorer({
  presets,
  refLabels,
  idPrefix = 'definitions',
  initialPreset,
}: DefinitionsExplorerProps) {
  const [presetId, setPresetId] = useState(
    presets.some((p) => p.id === initialPreset) ? (initialPreset as string) : (presets[0]?.id ?? ''),
  );
  const preset = presets.find((p) => p.id === presetId) ?? presets[0];
  const id = (s: string) => `${idPrefix}-${s}`;
  const ok = preset !== undefined && preset.issues.length === 0;
  const rows = ok ? preset.rows : [];
  const anyDiff = rows.some((r) => r.differs);
  const columns = preset?.columns ?? [];

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
            {presets.map((p) => (
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
        {preset?.summary ?? 'This preset could not be assessed.'}
      </p>

      <div class="definitions-explorer__result">
        {!ok ? (
          <div class="feedback feedback--bad">
            <p class="feedback__verdict">This preset could not be assessed</p>
            {preset?.issues.length ? (
              <ul class="error-list">
                {preset.issues.map((i) => (
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
              Scores on {preset.scaleLabel}. Rows marked “differs” get a different answer under different
              profiles.
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
                    {columns.map((c) => (
                      <th scope="col" key={c.id}>
                        {c.name}
                        {c.note ? <span class="definitions-explorer__col-note">{c.note}</span> : null}
                      </th>
                    ))}
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
                        <td key={columns[i]?.id ?? i}>{v}</td>
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
                    {r.values.map((v, i) => (
                      <Fragment key={columns[i]?.id ?? i}>
                        <dt>{columns[i]?.name}</dt>
                        <dd>{v}</dd>
                      </Fragment>
                    ))}
                  </dl>
                </li>
              ))}
            </ul>

            <h4>Where and why the profiles disagree</h4>
            {anyDiff ? (
              preset.why.map((w) => (
                <div class="definitions-explorer__why" key={w.profile}>
                  <p class="model-label">{w.profile}</p>
                  <FindingList findings={w.findings} refLabels={refLabels} />
                </div>
              ))
            ) : (
              <p>Every profile reaches the same verdicts for this patient: the definitions agree here.</p>
            )}

            <h4>The four staging models side by side</h4>
            <p class="field-hint">
              Each model counts different things, so the numbers are not on one scale. Explanations are the
              engine’s, under the {preset.modelsProfile} profile.
            </p>
            <ul class="cards definitions-explorer__models">
              {preset.models.map((m) => (
                <li class="card" key={m.rule}>
                  <h5>{m.name}</h5>
                  <p class="readout">
                    <strong>{m.value}</strong>
                  </p>
                  <details>
                    <summary>How the engine got there</summary>
                    <FindingList findings={m.findings} refLabels={refLabels} />
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
