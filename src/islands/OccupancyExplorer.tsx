// Occupancy and efflux explorer (Chapter 2). Renders what src/models/occupancy-efflux.ts returns:
// unbound plasma concentration × Kp,uu → unbound brain concentration → SERT occupancy, against the
// ~80 % line. The equations are rendered at build time by the Astro wrapper and arrive as children;
// the fixed texts and the chart's fixed parts (axes, curve) arrive as props (occupancy-view.ts).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { OccupancyView } from '../components/islands/occupancy-view.ts';
import {
  EFFLUX_LIMITS,
  OCCUPANCY_TARGET,
  WORKED_EXAMPLE,
  effluxOccupancy,
  type EffluxInput,
  type EffluxResult,
} from '../models/occupancy-efflux.ts';
import SliderField, { parseField } from './mechanisms/SliderField.tsx';
import { H, W, X_MAX, xOf, yOf } from './mechanisms/occupancy-chart.ts';
import { num, pct } from './mechanisms/format.ts';

interface Props {
  /** Pre-rendered equations (KaTeX HTML from the wrapper). */
  children?: ComponentChildren;
  view: OccupancyView;
}

function describe(r: EffluxResult): string {
  const where = r.reachesTarget
    ? `at or above the ~${pct(OCCUPANCY_TARGET)} line`
    : `below the ~${pct(OCCUPANCY_TARGET)} line`;
  const barrier = r.kpuu < 1 ? 'net efflux' : r.kpuu > 1 ? 'net influx' : 'no net transport';
  const toTarget = r.reachesTarget
    ? 'No further rise is needed to reach it; beyond this point each doubling adds less and less occupancy.'
    : `Reaching ${pct(OCCUPANCY_TARGET)} needs a brain level of ${num(r.brainForTarget)} (${num(r.brainForTarget / r.ec50)} × EC50), ${num(r.foldToTarget)} times the current level: a plasma level of ${num(r.plasmaForTarget)} at this Kp,uu.`;
  return (
    `Kp,uu ${num(r.kpuu)} (${barrier}): an unbound plasma level of ${num(r.plasmaUnbound)} gives an unbound brain level of ` +
    `${num(r.brainUnbound)}, which is ${num(r.brainOverEc50)} × EC50. Occupancy is ${pct(r.occupancy)}, ${where}. ${toTarget}`
  );
}

export default function OccupancyExplorer({ children, view }: Props) {
  const { text } = view;
  const [plasma, setPlasma] = useState(String(WORKED_EXAMPLE.withEfflux.plasmaUnbound));
  const [kpuu, setKpuu] = useState(String(WORKED_EXAMPLE.withEfflux.kpuu));
  const [ec50, setEc50] = useState(String(WORKED_EXAMPLE.withEfflux.ec50));
  const [previous, setPrevious] = useState<EffluxResult | null>(null);

  const p = parseField('Unbound plasma concentration', plasma, EFFLUX_LIMITS.plasmaUnbound);
  const k = parseField('Kp,uu', kpuu, EFFLUX_LIMITS.kpuu);
  const e = parseField('EC50', ec50, EFFLUX_LIMITS.ec50);
  const result =
    p.value !== undefined && k.value !== undefined && e.value !== undefined
      ? effluxOccupancy({ plasmaUnbound: p.value, kpuu: k.value, ec50: e.value })
      : null;

  const apply = (input: EffluxInput) => {
    setPrevious(result);
    setPlasma(String(input.plasmaUnbound));
    setKpuu(String(input.kpuu));
    setEc50(String(input.ec50));
  };
  const edit = (set: (v: string) => void) => (v: string) => {
    setPrevious(null);
    set(v);
  };
  const doubled = result ? result.kpuu * 2 : undefined;
  const canDouble = result !== null && doubled !== undefined && doubled <= EFFLUX_LIMITS.kpuu.max;

  const id = 'occ-explorer';
  return (
    <section class="island mech-explorer occupancy-explorer" aria-labelledby={`${id}-title`}>
      <p class="island__label">Mechanism explorer</p>
      <h3 id={`${id}-title`}>{text.title}</h3>
      <p class="model-label">{text.model}</p>
      {children && <div class="mech-equations">{children}</div>}
      <div class="fields">
        <SliderField
          id={`${id}-plasma`}
          label="Unbound plasma concentration"
          raw={plasma}
          onRaw={edit(setPlasma)}
          range={EFFLUX_LIMITS.plasmaUnbound}
          slider={{ min: 0, max: 200, step: 1 }}
          hint={text.plasmaHint}
          error={p.error}
          decimals={0}
        />
        <SliderField
          id={`${id}-kpuu`}
          label="Kp,uu"
          raw={kpuu}
          onRaw={edit(setKpuu)}
          range={EFFLUX_LIMITS.kpuu}
          slider={{ min: 0.05, max: 2, step: 0.05 }}
          hint={text.kpuuHint}
          error={k.error}
        />
        <SliderField
          id={`${id}-ec50`}
          label="EC50 (brain, unbound)"
          raw={ec50}
          onRaw={edit(setEc50)}
          range={EFFLUX_LIMITS.ec50}
          slider={{ min: 1, max: 100, step: 1 }}
          hint={text.ec50Hint}
          error={e.error}
          decimals={0}
        />
      </div>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => {
            apply(WORKED_EXAMPLE.withEfflux);
          }}
        >
          Worked example: P-gp substrate (Kp,uu 0.5)
        </button>
        <button
          type="button"
          class="secondary"
          disabled={!canDouble}
          onClick={() => {
            if (result && doubled !== undefined && canDouble) {
              apply({ plasmaUnbound: result.plasmaUnbound, kpuu: doubled, ec50: result.ec50 });
            }
          }}
        >
          Block efflux: double Kp,uu
        </button>
      </div>

      <div class="readout" role="status" aria-live="polite" data-testid="occupancy-readout">
        {result ? (
          <>
            <p class="mech-readout__main">
              Occupancy <strong data-testid="occupancy-value">{pct(result.occupancy)}</strong>{' '}
              <span class={result.reachesTarget ? 'mech-flag mech-flag--ok' : 'mech-flag mech-flag--low'}>
                {result.reachesTarget ? `≥ ${pct(OCCUPANCY_TARGET)}` : `below ${pct(OCCUPANCY_TARGET)}`}
              </span>
            </p>
            {previous && previous.occupancy !== result.occupancy && (
              <p class="mech-readout__compare" data-testid="occupancy-compare">
                Was {pct(previous.occupancy)} with a brain level of {num(previous.brainOverEc50)} × EC50; now{' '}
                {pct(result.occupancy)} with {num(result.brainOverEc50)} × EC50.
              </p>
            )}
            <p class="mech-readout__text">{describe(result)}</p>
          </>
        ) : (
          <p>Correct the highlighted entry to see the brain concentration and occupancy.</p>
        )}
      </div>

      <figure class="mech-figure">
        <svg
          class="chart mech-chart"
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-labelledby={`${id}-svg-title`}
        >
          <title id={`${id}-svg-title`}>
            {result
              ? `Occupancy curve O = C/(C + EC50) with the current point at ${num(result.brainOverEc50)} × EC50 and ${pct(result.occupancy)}`
              : 'Occupancy curve O = C/(C + EC50)'}
          </title>
          <g dangerouslySetInnerHTML={{ __html: view.chart.under }} />
          {previous && result && previous.occupancy !== result.occupancy && (
            <circle
              class="mech-chart__previous"
              cx={xOf(previous.brainOverEc50)}
              cy={yOf(previous.occupancy)}
              r="5"
            />
          )}
          {result && (
            <g class="mech-chart__point">
              <circle cx={xOf(result.brainOverEc50)} cy={yOf(result.occupancy)} r="6" />
              <text
                x={xOf(result.brainOverEc50) + (result.brainOverEc50 > 9 ? -9 : 9)}
                y={yOf(result.occupancy) + 18}
                text-anchor={result.brainOverEc50 > 9 ? 'end' : 'start'}
              >
                {pct(result.occupancy)}
                {result.brainOverEc50 > X_MAX ? ' (off scale →)' : ''}
              </text>
            </g>
          )}
          <g dangerouslySetInnerHTML={{ __html: view.chart.over }} />
        </svg>
        <figcaption class="field-hint">
          {text.caption}
          {previous ? ' Hollow circle: the previous point.' : ''}
        </figcaption>
      </figure>
    </section>
  );
}
