// One preset patient of the "same patient, different definitions" explorer (Chapter 1): the
// verdicts under every criteria profile, where and why the profiles disagree, and the four staging
// models. Rendered to static HTML at build time (DefinitionsExplorer.tsx puts one in each
// patient's disclosure, without a client directive), so it ships no JavaScript.
import { Fragment } from 'preact';
import type { DefinitionsView } from '../../components/islands/definitions-view.ts';
import { FindingList, type RefLabels } from './finding-list.tsx';

export interface DefinitionsPresetProps {
  preset: DefinitionsView;
  refLabels?: RefLabels | undefined;
  /** Prefix for element ids (unique per page); the preset id is added. */
  idPrefix: string;
}

export default function DefinitionsPreset({ preset, refLabels, idPrefix }: DefinitionsPresetProps) {
  const id = (s: string) => `${idPrefix}-${preset.id}-${s}`;
  const ok = preset.issues.length === 0;
  const rows = ok ? preset.rows : [];
  const anyDiff = rows.some((r) => r.differs);
  const columns = preset.columns;
  return (
    <div class="definitions-explorer__preset" data-preset={preset.id}>
      <div class="definitions-explorer__result">
        {!ok ? (
          <div class="feedback feedback--bad">
            <p class="feedback__verdict">This preset could not be assessed</p>
            {preset.issues.length ? (
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
    </div>
  );
}
