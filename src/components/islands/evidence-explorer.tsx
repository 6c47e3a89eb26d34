// Evidence explorer (Chapter 3): response, remission, relapse and symptom-reduction figures of the
// landmark TRD trials as an accessible SVG bar chart, with the same figures in a data table. The
// figures and their provenance come from src/data/landmark-trials.ts (evidence-view.ts).
//
// Static HTML, no JavaScript: it is rendered at build time (EvidenceExplorer.astro, no client
// directive) with one panel per outcome, each drawn twice when the outcome has unverified figures
// (without them, and with them). The outcome radios and the "unverified" checkbox choose the panel
// in CSS (evidence-explorer.css, `:has()`); a browser without `:has()` shows every panel.
//
// Layout uses percentage x-coordinates (no viewBox) so text keeps its real size on a 320 px phone
// instead of shrinking with the drawing.
import type { EvidenceFigure, EvidenceView } from './evidence-view.ts';
import type { OutcomeType } from '../../data/landmark-trials.ts';
import { SourceLinks } from '../../islands/source-links.tsx';

interface Props {
  /** The figures and their labels (evidence-view.ts). */
  view: EvidenceView;
  /** Outcome shown first (its radio is checked). */
  initialOutcome?: OutcomeType | undefined;
  /** Level of the heading, to fit the page outline (default 3). */
  headingLevel?: 2 | 3 | 4 | undefined;
}

/** The CSS chooses a panel by position: evidence-explorer.css has rules for this many outcomes. */
export const MAX_OUTCOMES = 6;

const ROW = 22; // height of one bar row, px
const LABEL = 18; // height of an arm label line above its bar, px
const TRIAL_HEAD = 22; // height of a trial heading line, px
const GAP = 12; // space after each trial group, px
const AXIS = 26; // room for the axis labels at the bottom, px
const SPAN = 82; // the bar area spans 0..SPAN % of the width; the rest holds value labels
const ID = 'evidence-explorer';

function xPct(value: number): string {
  return `${((value / 100) * SPAN).toFixed(2)}%`;
}

function confidenceMark(f: EvidenceFigure): string {
  return f.confidence === 'unverified'
    ? ' (unverified)'
    : f.confidence === 'secondary'
      ? ' (secondary source)'
      : '';
}

export function summarise(label: string, figures: EvidenceFigure[], includeUnverified: boolean): string {
  if (figures.length === 0) return `No ${label.toLowerCase()} figures to show.`;
  const parts = figures.map(
    (f) => `${f.trial}: ${f.arms.map((a) => `${a.label} ${a.text}`).join(' vs ')}${confidenceMark(f)}`,
  );
  const scope = includeUnverified ? 'including unverified figures' : 'checked figures only';
  return `${label}, ${figures.length} trial${figures.length === 1 ? '' : 's'} (${scope}). ${parts.join('. ')}.`;
}

/** One outcome's chart and table, with or without the unverified figures. */
function Variant({
  view,
  outcome,
  label,
  figures,
  which,
}: {
  view: EvidenceView;
  outcome: OutcomeType;
  label: string;
  figures: EvidenceFigure[];
  /** `any` when the outcome has no unverified figures (one drawing serves both settings). */
  which: 'no' | 'yes' | 'any';
}) {
  const includeUnverified = which === 'yes';
  const summary = summarise(label, figures, includeUnverified);
  const base = `${ID}-${outcome}-${which}`;
  // Vertical layout: each trial gets a heading line, then per arm a label line and a bar.
  let y = 4;
  const groups = figures.map((f) => {
    const top = y;
    const arms = f.arms.map((a, i) => {
      const labelY = top + TRIAL_HEAD + i * (LABEL + ROW);
      return { arm: a, labelY, barY: labelY + LABEL };
    });
    y = top + TRIAL_HEAD + f.arms.length * (LABEL + ROW) + GAP;
    return { f, top, arms };
  });
  const plotBottom = y;
  const ticks = [0, 25, 50, 75, 100];
  const labelledTicks = new Set([0, 50, 100]); // 25 and 75 unlabelled so labels never collide at 320 px
  return (
    <div class="evidence-explorer__variant" data-unverified={which}>
      <figure class="evidence-explorer__figure">
        <svg
          class="chart evidence-chart"
          width="100%"
          height={plotBottom + AXIS}
          role="img"
          aria-labelledby={`${base}-title ${base}-desc`}
          data-testid="evidence-chart"
        >
          <title id={`${base}-title`}>{`${label} in landmark TRD trials (bar chart, percent)`}</title>
          <desc id={`${base}-desc`} data-testid="evidence-summary">
            {summary}
          </desc>
          {ticks.map((t) => (
            <g key={t}>
              <line class="grid" x1={xPct(t)} x2={xPct(t)} y1={0} y2={plotBottom} />
              {labelledTicks.has(t) && (
                <text
                  class="evidence-chart__tick"
                  x={xPct(t)}
                  y={plotBottom + 16}
                  text-anchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'}
                >
                  {`${t} %`}
                </text>
              )}
            </g>
          ))}
          <line class="axis" x1="0" x2="0" y1={0} y2={plotBottom} />
          {groups.map(({ f, top, arms }) => (
            <g key={f.id} data-figure={f.id}>
              <text class="evidence-chart__trial" x="0" y={top + 15}>
                {f.trial}
                {f.confidence !== 'verified' ? (f.confidence === 'unverified' ? ' †' : ' *') : ''}
              </text>
              {arms.map(({ arm, labelY, barY }) => (
                <g key={arm.label}>
                  <text class="evidence-chart__arm" x="0" y={labelY + 13}>
                    {arm.label}
                  </text>
                  <rect
                    class={`evidence-chart__bar ${arm.active ? 'is-active' : 'is-comparator'} is-${f.confidence}`}
                    x="0"
                    y={barY}
                    width={xPct(Math.max(arm.value, 0.4))}
                    height={ROW - 6}
                    rx="2"
                  />
                  <text
                    class="evidence-chart__value"
                    data-value={arm.value}
                    x={`${((arm.value / 100) * SPAN + 1.5).toFixed(2)}%`}
                    y={barY + 12}
                  >
                    {arm.text}
                  </text>
                </g>
              ))}
            </g>
          ))}
        </svg>
        <figcaption class="field-hint">
          Blue bars: the trial’s index arm; grey bars: the comparator, control or contrasting subgroup. *
          checked only in a secondary source; † not yet verified (shown on request). Trials use different
          scales, thresholds and time points, so compare arms within a trial, not bars across trials.
        </figcaption>
      </figure>

      <div class="table-wrap">
        <table class="evidence-table" data-testid="evidence-table">
          <caption>{`${label}: the charted figures as a table`}</caption>
          <thead>
            <tr>
              <th scope="col">Trial and measure</th>
              <th scope="col">Arm</th>
              <th scope="col">Value</th>
              <th scope="col">Checked</th>
            </tr>
          </thead>
          <tbody>
            {figures.flatMap((f) =>
              f.arms.map((a, i) => (
                <tr key={`${f.id}-${a.label}`}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={f.arms.length}>
                      {f.trial}
                      <span class="evidence-table__measure">{f.measure}</span>
                      {f.note && <span class="evidence-table__note">{f.note}</span>}
                      <span class="evidence-table__note">
                        Source
                        <SourceLinks keys={f.sources} />
                      </span>
                    </th>
                  )}
                  <td>{a.label}</td>
                  <td class="evidence-table__value" data-value={a.value}>
                    {a.text}
                  </td>
                  {i === 0 && <td rowSpan={f.arms.length}>{view.confidenceLabels[f.confidence]}</td>}
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export default function EvidenceExplorer({ view, initialOutcome = 'response', headingLevel = 3 }: Props) {
  if (view.outcomes.length > MAX_OUTCOMES)
    throw new Error(
      `EvidenceExplorer: ${view.outcomes.length} outcomes, but evidence-explorer.css chooses among at most ${MAX_OUTCOMES}`,
    );
  const Heading = `h${headingLevel}` as 'h3';
  const checked = view.outcomes.some((o) => o.id === initialOutcome) ? initialOutcome : view.outcomes[0]?.id;
  return (
    <section class="island evidence-explorer" aria-labelledby={`${ID}-title`}>
      <p class="island__label">Evidence explorer</p>
      <Heading id={`${ID}-title`}>Landmark trials side by side</Heading>
      <fieldset class="evidence-explorer__filter">
        <legend>Outcome to compare</legend>
        <div class="evidence-explorer__choices">
          {view.outcomes.map((o) => (
            <label class="choice" key={o.id}>
              <input
                type="radio"
                name={`${ID}-outcome`}
                value={o.id}
                checked={o.id === checked}
                aria-describedby={`${ID}-${o.id}-hint`}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label class="choice">
        <input type="checkbox" class="evidence-explorer__unverified" />
        <span>
          Also show figures the module has not yet verified against the source (drawn with a dashed outline)
        </span>
      </label>
      <div class="evidence-explorer__panels">
        {view.outcomes.map((o) => {
          const props = { view, outcome: o.id, label: o.label };
          return (
            <div class="evidence-explorer__panel" data-outcome={o.id} key={o.id}>
              <p class="field-hint" id={`${ID}-${o.id}-hint`}>
                {o.hint}
              </p>
              {o.withUnverified ? (
                <>
                  <Variant {...props} figures={o.checked} which="no" />
                  <Variant {...props} figures={o.withUnverified} which="yes" />
                </>
              ) : (
                <Variant {...props} figures={o.checked} which="any" />
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
