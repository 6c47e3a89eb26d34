// HPA feedback explorer (Chapter 2). Renders src/models/hpa-feedback.ts: the loop settling from a
// healthy resting state to the equilibrium set by GR sensitivity and stress drive, and a simulated
// overnight dexamethasone suppression test. Illustrative teaching model in relative units.
// Fixed texts, example settings and the loop diagram's static parts arrive as build-time props
// (hpa-view.ts); only the model and what changes with it are JavaScript.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { DST_PROTOCOL, HPA_LIMITS, simulate, simulateDst, steadyState } from '../models/hpa-feedback.ts';
import type { HpaView } from '../components/islands/hpa-view.ts';
import SliderField, { parseField } from './mechanisms/SliderField.tsx';
import { num } from './mechanisms/format.ts';
import { B, H, L, R, T, W, xAt } from './mechanisms/hpa-chart.ts';

interface Props {
  children?: ComponentChildren;
  view: HpaView;
}

const HOURS = 72;

function niceMax(v: number): number {
  const steps = [1.5, 2, 3, 4, 5, 6, 8, 10, 12];
  return steps.find((s) => s >= v) ?? Math.ceil(v);
}

/** SVG path through evenly spaced values spanning the whole x axis. */
function line(values: number[], yMax: number): string {
  const n = values.length - 1;
  return values
    .map((v, i) => {
      const x = L + (i / n) * (W - L - R);
      const y = T + (1 - Math.min(v, yMax) / yMax) * (H - T - B);
      return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

interface ChartProps {
  id: string;
  title: string;
  xMax: number;
  /** SVG markup of the fixed time axis (build time). */
  axis: string;
  yMax: number;
  series: { key: string; values: number[]; cls: string }[];
  hLine?: { y: number; label: string };
  marker?: { x: number; y: number; label: string };
}

function Chart({ id, title, xMax, axis, yMax, series, hLine, marker }: ChartProps) {
  const xOf = (x: number) => xAt(x, xMax);
  const yOf = (y: number) => T + (1 - Math.min(y, yMax) / yMax) * (H - T - B);
  const yTicks = [0, yMax / 2, yMax];
  return (
    <svg class="chart mech-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{title}</title>
      {yTicks.map((t) => (
        <g key={t}>
          <line class="grid" x1={L} x2={W - R} y1={yOf(t)} y2={yOf(t)} />
          <text x={L - 5} y={yOf(t) + 4} text-anchor="end">
            {num(t, 2)}
          </text>
        </g>
      ))}
      <g dangerouslySetInnerHTML={{ __html: axis }} />
      {hLine && (
        <g>
          <line class="hpa-chart__threshold" x1={L} x2={W - R} y1={yOf(hLine.y)} y2={yOf(hLine.y)} />
          <text class="mech-chart__note" x={W - R} y={yOf(hLine.y) - 4} text-anchor="end">
            {hLine.label}
          </text>
        </g>
      )}
      {series.map((s) => (
        <path key={s.key} class={`hpa-chart__line ${s.cls}`} d={line(s.values, yMax)} />
      ))}
      {marker && (
        <g class="hpa-chart__marker">
          <circle cx={xOf(marker.x)} cy={yOf(marker.y)} r="5" />
          <text x={xOf(marker.x) + 8} y={yOf(marker.y) - 8}>
            {marker.label}
          </text>
        </g>
      )}
    </svg>
  );
}

function LoopDiagram({
  fixed,
  s,
  crh,
  acth,
  cortisol,
}: {
  fixed: string;
  s: number;
  crh: number;
  acth: number;
  cortisol: number;
}) {
  const fb = 1 + s * 5;
  const feedback = `hpa-loop__feedback${s < 0.5 ? ' is-weak' : ''}`;
  return (
    <svg
      class="chart mech-chart hpa-loop"
      viewBox="0 0 320 150"
      role="img"
      aria-label={`HPA loop: CRH ${num(crh)}, ACTH ${num(acth)} and cortisol ${num(cortisol)} times the healthy level; glucocorticoid feedback strength ${num(s)}.`}
    >
      <g dangerouslySetInnerHTML={{ __html: fixed }} />
      <text x="72" y="54">
        CRH {num(crh)}×
      </text>
      <text x="72" y="102">
        ACTH {num(acth)}×
      </text>
      <path
        class={feedback}
        d="M120,123 C190,123 190,27 122,27"
        stroke-width={fb}
        marker-end="url(#hpa-arrow)"
      />
      <path
        class={feedback}
        d="M120,118 C160,118 160,75 122,75"
        stroke-width={fb * 0.8}
        marker-end="url(#hpa-arrow)"
      />
      <text x="196" y="66">
        Cortisol {num(cortisol)}×
      </text>
      <text x="196" y="84" class="mech-chart__note">
        − feedback via GR
      </text>
      <text x="196" y="100" class="mech-chart__note">
        sensitivity {num(s)}
      </text>
    </svg>
  );
}

export default function HpaFeedback({ children, view }: Props) {
  const { text } = view;
  const [sRaw, setSRaw] = useState('1');
  const [dRaw, setDRaw] = useState('1');
  const [dstShown, setDstShown] = useState(false);
  const s = parseField('GR sensitivity', sRaw, HPA_LIMITS.grSensitivity);
  const d = parseField('Stress drive', dRaw, HPA_LIMITS.stressDrive);
  const params =
    s.value !== undefined && d.value !== undefined ? { grSensitivity: s.value, stressDrive: d.value } : null;
  const eq = params ? steadyState(params) : null;
  const run = params ? simulate({ ...params, hours: HOURS }) : null;
  const dst = params && dstShown ? simulateDst(params) : null;
  const id = 'hpa-loop';

  const yMax = run ? niceMax(Math.max(...run.crh, ...run.acth, ...run.cortisol) * 1.05) : 2;
  const dstMax = dst ? niceMax(Math.max(...dst.series.cortisol, dst.threshold) * 1.1) : 2;

  return (
    <section class="island mech-explorer hpa-feedback" aria-labelledby={`${id}-title`}>
      <p class="island__label">Mechanism explorer</p>
      <h3 id={`${id}-title`}>{text.title}</h3>
      <p class="model-label">{text.model}</p>
      {children && <div class="mech-equations">{children}</div>}
      <div class="fields">
        <SliderField
          id={`${id}-gr`}
          label="GR sensitivity (s)"
          raw={sRaw}
          onRaw={setSRaw}
          range={HPA_LIMITS.grSensitivity}
          slider={{ min: 0, max: 1, step: 0.05 }}
          hint={text.grHint}
          error={s.error}
        />
        <SliderField
          id={`${id}-drive`}
          label="Stress drive (D)"
          raw={dRaw}
          onRaw={setDRaw}
          range={HPA_LIMITS.stressDrive}
          slider={{ min: 0.5, max: 3, step: 0.1 }}
          hint={text.driveHint}
          error={d.error}
        />
      </div>
      <div class="actions" role="group" aria-label="Example settings">
        {view.presets.map((p) => (
          <button
            key={p.label}
            type="button"
            class="secondary"
            aria-pressed={params?.grSensitivity === p.grSensitivity && params.stressDrive === p.stressDrive}
            onClick={() => {
              setSRaw(String(p.grSensitivity));
              setDRaw(String(p.stressDrive));
            }}
          >
            {p.label}
          </button>
        ))}
      </div>

      <div class="readout" role="status" aria-live="polite" data-testid="hpa-readout">
        {eq && params ? (
          <>
            <p class="mech-readout__main">
              Steady cortisol <strong data-testid="hpa-cortisol">{num(eq.cortisol)}×</strong> the healthy
              level
            </p>
            <p class="mech-readout__text">
              {`With GR sensitivity ${num(params.grSensitivity)} and stress drive ${num(params.stressDrive)}, the loop settles at CRH ${num(eq.crh)}×, ACTH ${num(eq.acth)}× and cortisol ${num(eq.cortisol)}× the healthy resting level. `}
              {eq.cortisol > 1.05 ? text.brakeFails : text.brakeHolds}
            </p>
            {dst && (
              <p class="mech-readout__text" data-testid="hpa-dst">
                Simulated DST: cortisol {DST_PROTOCOL.readAfterHours} hours after dexamethasone is{' '}
                <strong>{num(dst.postDexCortisol)}×</strong> ({num(dst.ratio * 100, 0)} % of its own
                baseline), against an illustrative cut-off of {num(dst.threshold)}×:{' '}
                <span class={dst.suppressed ? 'mech-flag mech-flag--ok' : 'mech-flag mech-flag--low'}>
                  {dst.suppressed ? 'suppressed' : 'non-suppression'}
                </span>
              </p>
            )}
          </>
        ) : (
          <p>{text.invalid}</p>
        )}
      </div>

      {eq && params && run && (
        <>
          <figure class="mech-figure">
            <LoopDiagram
              fixed={view.loop}
              s={params.grSensitivity}
              crh={eq.crh}
              acth={eq.acth}
              cortisol={eq.cortisol}
            />
            <figcaption class="field-hint">{text.loopCaption}</figcaption>
          </figure>
          <figure class="mech-figure">
            <Chart
              id={`${id}-run`}
              title={`From a healthy resting state, over ${HOURS} hours, cortisol moves to ${num(eq.cortisol)} times baseline`}
              xMax={HOURS}
              axis={view.axes.run}
              yMax={yMax}
              series={[
                { key: 'crh', values: run.crh, cls: 'hpa-chart__line--crh' },
                { key: 'acth', values: run.acth, cls: 'hpa-chart__line--acth' },
                { key: 'cortisol', values: run.cortisol, cls: 'hpa-chart__line--cortisol' },
              ]}
              hLine={{ y: 1, label: 'healthy = 1' }}
            />
            <figcaption class="field-hint" dangerouslySetInnerHTML={{ __html: text.runCaption }} />
          </figure>
        </>
      )}

      <div class="actions">
        <button
          type="button"
          class={dstShown ? 'secondary' : undefined}
          onClick={() => {
            setDstShown(true);
          }}
          disabled={!params}
          aria-controls={`${id}-dst`}
        >
          {dstShown ? 'Simulated DST shown below' : 'Run simulated DST'}
        </button>
      </div>
      <div id={`${id}-dst`}>
        {dst && (
          <figure class="mech-figure">
            <Chart
              id={`${id}-dst-chart`}
              title={`Cortisol for 24 hours after dexamethasone: ${num(dst.postDexCortisol)} at ${DST_PROTOCOL.readAfterHours} hours, ${dst.suppressed ? 'below' : 'above'} the illustrative cut-off ${num(dst.threshold)}`}
              xMax={24}
              axis={view.axes.dst}
              yMax={dstMax}
              series={[{ key: 'cortisol', values: dst.series.cortisol, cls: 'hpa-chart__line--cortisol' }]}
              hLine={{ y: dst.threshold, label: 'illustrative cut-off' }}
              marker={{ x: DST_PROTOCOL.readAfterHours, y: dst.postDexCortisol, label: '08:00' }}
            />
            <figcaption class="field-hint">{text.dstCaption}</figcaption>
          </figure>
        )}
      </div>
    </section>
  );
}
