// Tryptophan shunt explorer (Chapter 2). Renders what src/models/tryptophan-shunt.ts returns for
// one inflammation index: IDO activity, the split of tryptophan between serotonin and kynurenine,
// BH4 availability and the tilt toward quinolinic acid. Qualitative teaching model. Fixed texts and
// the diagram's fixed parts arrive as build-time props (shunt-view.ts).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ShuntView } from '../components/islands/shunt-view.ts';
import { SHUNT_LIMITS, tryptophanShunt, type ShuntResult } from '../models/tryptophan-shunt.ts';
import SliderField, { parseField } from './mechanisms/SliderField.tsx';
import { num, pct } from './mechanisms/format.ts';

interface Props {
  children?: ComponentChildren;
  view: ShuntView;
  /** Starting inflammation index (0–1). */
  initial?: number;
}

/** Stroke width for a share of flow (0–1), never zero so the path stays visible. */
const flow = (share: number) => 2 + share * 20;

function describe(r: ShuntResult): string {
  return (
    `Inflammation index ${num(r.inflammation)}: IDO runs at ${pct(r.idoActivity)} of its maximum and BH4 is at ` +
    `${pct(r.bh4)} of its resting level. Of the tryptophan entering the two routes, ${pct(r.serotoninShare)} goes ` +
    `toward serotonin and ${pct(r.kynurenineShare)} toward kynurenine; ${pct(r.quinolinicTilt)} of that kynurenine ` +
    `is sent on toward quinolinic acid. Illustrative proportions only.`
  );
}

export default function TryptophanShunt({ children, view, initial = 0.3 }: Props) {
  const { text } = view;
  const [raw, setRaw] = useState(String(initial));
  const parsed = parseField('Inflammation index', raw, SHUNT_LIMITS.inflammation);
  const r = parsed.value !== undefined ? tryptophanShunt(parsed.value) : null;
  const id = 'trp-shunt';
  const cloud = r ? 0.04 + 0.26 * r.inflammation : 0.04;

  return (
    <section class="island mech-explorer tryptophan-shunt" aria-labelledby={`${id}-title`}>
      <p class="island__label">Mechanism explorer</p>
      <h3 id={`${id}-title`}>{text.title}</h3>
      <p class="model-label">{text.model}</p>
      {children && <div class="mech-equations">{children}</div>}
      <div class="fields">
        <SliderField
          id={`${id}-inflammation`}
          label="Inflammation index"
          raw={raw}
          onRaw={setRaw}
          range={SHUNT_LIMITS.inflammation}
          slider={{ min: 0, max: 1, step: 0.05 }}
          hint={text.hint}
          error={parsed.error}
        />
      </div>
      <div class="actions" role="group" aria-label="Illustrative inflammation levels">
        {view.presets.map((p) => (
          <button
            type="button"
            class="secondary"
            key={p.label}
            aria-pressed={parsed.value === p.value}
            onClick={() => {
              setRaw(String(p.value));
            }}
          >
            {p.label} ({p.value})
          </button>
        ))}
      </div>

      <div class="readout" role="status" aria-live="polite" data-testid="shunt-readout">
        {r ? (
          <>
            <p class="mech-readout__main">
              To serotonin <strong data-testid="shunt-serotonin">{pct(r.serotoninShare)}</strong> · to
              kynurenine <strong data-testid="shunt-kynurenine">{pct(r.kynurenineShare)}</strong>
            </p>
            <svg class="shunt-split" aria-hidden="true" width="100%" height="12" preserveAspectRatio="none">
              <rect
                class="shunt-split__5ht"
                x="0"
                y="0"
                height="12"
                width={`${(r.serotoninShare * 100).toFixed(1)}%`}
              />
              <rect
                class="shunt-split__kyn"
                x={`${(r.serotoninShare * 100).toFixed(1)}%`}
                y="0"
                height="12"
                width={`${(r.kynurenineShare * 100).toFixed(1)}%`}
              />
            </svg>
            <p class="mech-readout__text">{describe(r)}</p>
          </>
        ) : (
          <p>Correct the highlighted entry to see the tryptophan split.</p>
        )}
      </div>

      {r && (
        <figure class="mech-figure">
          <svg
            class="chart mech-chart shunt-chart"
            viewBox="0 0 320 236"
            role="img"
            aria-labelledby={`${id}-svg-title`}
          >
            <title id={`${id}-svg-title`}>
              {`Tryptophan flows to serotonin (${pct(r.serotoninShare)}) and to kynurenine (${pct(r.kynurenineShare)}); line widths show the split.`}
            </title>
            <g class="shunt-cytokines">
              <ellipse cx="84" cy="206" rx="62" ry="24" fill-opacity={cloud} />
              <g dangerouslySetInnerHTML={{ __html: view.diagram.cytokines }} />
            </g>
            <path
              class="shunt-flow shunt-flow--5ht"
              d="M86,112 C130,112 150,44 214,44"
              stroke-width={flow(r.serotoninShare)}
            />
            <path
              class="shunt-flow shunt-flow--kyn"
              d="M86,124 C130,124 140,156 178,156"
              stroke-width={flow(r.kynurenineShare)}
            />
            <path
              class="shunt-flow shunt-flow--qa"
              d="M244,150 C262,150 262,122 270,122"
              stroke-width={1 + r.quinolinicTilt * r.kynurenineShare * 16}
            />
            <path
              class="shunt-flow shunt-flow--kyna"
              d="M244,164 C262,164 262,196 270,196"
              stroke-width={1 + (1 - r.quinolinicTilt) * r.kynurenineShare * 16}
            />
            <g dangerouslySetInnerHTML={{ __html: view.diagram.nodes }} />
            <g class="shunt-bh4">
              <text x="118" y="22" text-anchor="middle">
                BH4 {pct(r.bh4)}
              </text>
              <rect class="shunt-bh4__track" x="92" y="28" width="52" height="8" rx="3" />
              <rect class="shunt-bh4__fill" x="92" y="28" width={52 * r.bh4} height="8" rx="3" />
            </g>
            <text class="shunt-enzyme" x="112" y="166" text-anchor="middle">
              IDO {pct(r.idoActivity)}
            </text>
          </svg>
          <figcaption class="field-hint">{text.caption}</figcaption>
        </figure>
      )}
    </section>
  );
}
