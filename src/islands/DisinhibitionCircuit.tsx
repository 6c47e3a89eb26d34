// Disinhibition circuit (Chapter 2): steps through ketamine's proposed cascade
// (src/models/disinhibition-cascade.ts, read at build time by the wrapper: disinhibition-view.ts)
// on an SVG microcircuit — GABA interneuron, pyramidal neuron, synapse onto a postsynaptic
// dendrite. The step's `highlight` list decides which parts of the drawing are active, so the
// picture and the text come from the same data.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CircuitStep } from '../components/islands/disinhibition-view.ts';
import type { CircuitPart } from '../models/disinhibition-cascade.ts';

interface Props {
  children?: ComponentChildren;
  /** The cascade's steps in order (index 0 is the resting state). */
  steps: CircuitStep[];
  /** Step shown first (0-based). */
  initialStep?: number;
}

export default function DisinhibitionCircuit({ children, steps, initialStep = 0 }: Props) {
  const last = steps.length - 1;
  const [index, setIndex] = useState(() => Math.min(last, Math.max(0, Math.trunc(initialStep) || 0)));
  // A focused button that becomes disabled (Next at the end, Previous at the start) or disappears
  // (Start again) drops keyboard focus to the page: hand it to the control that comes next.
  const nextRef = useRef<HTMLButtonElement>(null);
  const againRef = useRef<HTMLButtonElement>(null);
  const focusAfterStep = useRef<{ step: number; to: 'next' | 'again' } | null>(null);
  useEffect(() => {
    // Only in the render that shows the step asked for (a stale effect flushed before a quick
    // second key press must not use up the request before "Start again" exists).
    const request = focusAfterStep.current;
    if (!request || request.step !== index) return;
    focusAfterStep.current = null;
    (request.to === 'again' ? againRef : nextRef).current?.focus();
  }, [index]);
  const step = steps[index] as CircuitStep;
  const on = (part: CircuitPart) => step.highlight.includes(part);
  const cls = (part: CircuitPart, extra = '') =>
    `dc-part dc-${part}${on(part) ? ' is-active' : ''}${extra ? ` ${extra}` : ''}`;
  const ketamine = index >= 1;
  const gabaWeak = index >= 2;
  const id = 'disinhibition';

  return (
    <section class="island mech-explorer disinhibition-circuit" aria-labelledby={`${id}-title`}>
      <p class="island__label">Mechanism explorer</p>
      <h3 id={`${id}-title`}>Ketamine's proposed disinhibition cascade</h3>
      <p class="model-label">
        Teaching model of a hypothesis: most steps rest on rodent studies, and other mechanisms compete with
        it.
      </p>
      {children && <div class="mech-equations">{children}</div>}

      <div class="dc-layout">
        <figure class="mech-figure dc-figure">
          <svg
            class="chart mech-chart dc-svg"
            viewBox="0 0 320 250"
            role="img"
            aria-labelledby={`${id}-svg-title`}
            data-step={step.id}
          >
            <title
              id={`${id}-svg-title`}
            >{`Microcircuit, step ${index + 1} of ${last + 1}: ${step.label}`}</title>
            {/* Excitatory input driving the interneuron through its NMDA receptor */}
            <line class="dc-wire" x1="8" y1="24" x2="40" y2="44" />
            <text class="dc-small" x="8" y="16">
              glutamate input
            </text>
            <g class={cls('interneuron-nmda')}>
              <rect x="36" y="40" width="14" height="14" rx="2" />
              <text class="dc-small" x="54" y="44">
                NMDA
              </text>
            </g>
            {ketamine && (
              <g class="dc-ketamine" data-testid="dc-ketamine">
                <circle cx="30" cy="62" r="9" />
                <text x="30" y="66" text-anchor="middle">
                  K
                </text>
              </g>
            )}
            <g class={cls('interneuron')}>
              <line x1="50" y1="54" x2="62" y2="66" />
              <circle cx="74" cy="78" r="20" />
              <text x="74" y="82" text-anchor="middle">
                GABA
              </text>
            </g>
            <text class="dc-small" x="100" y="70">
              interneuron
            </text>
            {/* Inhibitory synapse onto the pyramidal soma */}
            <g class={cls('gaba-synapse', gabaWeak ? 'is-weak' : '')}>
              <path d="M88,94 L138,146" />
              <line x1="132" y1="152" x2="146" y2="138" />
            </g>
            <text class="dc-small" x="62" y="134">
              {gabaWeak ? 'less GABA' : 'GABA brake'}
            </text>
            {/* Pyramidal neuron: apical dendrite, soma, axon */}
            <g class={cls('pyramidal')}>
              <line x1="168" y1="40" x2="168" y2="138" />
              <path d="M146,182 L168,136 L190,182 Z" />
              <line x1="190" y1="170" x2="226" y2="170" />
            </g>
            <text x="168" y="200" text-anchor="middle">
              pyramidal
            </text>
            <text x="168" y="214" text-anchor="middle">
              neuron
            </text>
            <g class={cls('glutamate')}>
              <circle cx="232" cy="164" r="3" />
              <circle cx="239" cy="172" r="3" />
              <circle cx="232" cy="179" r="3" />
              <circle cx="243" cy="162" r="2.5" />
              <circle cx="243" cy="181" r="2.5" />
            </g>
            {/* Postsynaptic dendrite with AMPA receptors, BDNF, mTOR and new spines */}
            <rect class="dc-dendrite" x="258" y="60" width="36" height="180" rx="14" />
            <text class="dc-small" x="276" y="54" text-anchor="middle">
              dendrite
            </text>
            <g class={cls('ampa')}>
              <rect x="251" y="160" width="11" height="8" rx="1.5" />
              <rect x="251" y="176" width="11" height="8" rx="1.5" />
              <text class="dc-small" x="246" y="200" text-anchor="end">
                AMPA
              </text>
            </g>
            <g class={cls('bdnf')}>
              <circle cx="246" cy="118" r="3.5" />
              <circle cx="238" cy="128" r="3.5" />
              <circle cx="250" cy="134" r="3.5" />
              <text class="dc-small" x="232" y="114" text-anchor="end">
                BDNF
              </text>
            </g>
            <g class={cls('mtor')}>
              <rect x="261" y="206" width="30" height="16" rx="3" />
              <text class="dc-small" x="276" y="218" text-anchor="middle">
                mTOR
              </text>
            </g>
            <g class={cls('spines', index === last ? 'is-grown' : '')}>
              <path d="M294,92 q12,-4 12,-12" />
              <circle cx="307" cy="76" r="5" />
              <path d="M294,126 q14,0 14,-8" />
              <circle cx="309" cy="114" r="5" />
              <path d="M294,150 q12,4 12,12" />
              <circle cx="307" cy="166" r="5" />
            </g>
          </svg>
          <figcaption class="field-hint">
            Highlighted: the parts active in this step. K: ketamine bound in the NMDA-receptor channel. Not to
            scale.
          </figcaption>
        </figure>

        <div class="dc-text">
          <div class="readout" role="status" aria-live="polite" data-testid="dc-readout">
            <p class="dc-counter">
              Step {index + 1} of {last + 1}
            </p>
            <p class="mech-readout__main">
              <strong data-testid="dc-label">{step.label}</strong>
            </p>
            <p class="mech-readout__text">{step.description}</p>
          </div>
          <div class="actions">
            <button
              type="button"
              class="secondary"
              onClick={() => {
                if (index === 1) focusAfterStep.current = { step: 0, to: 'next' };
                setIndex((i) => Math.max(0, i - 1));
              }}
              disabled={index === 0}
            >
              ← Previous
            </button>
            <button
              type="button"
              ref={nextRef}
              onClick={() => {
                if (index === last - 1) focusAfterStep.current = { step: last, to: 'again' };
                setIndex((i) => Math.min(last, i + 1));
              }}
              disabled={index === last}
            >
              Next →
            </button>
            {index === last && (
              <button
                type="button"
                class="secondary"
                ref={againRef}
                onClick={() => {
                  focusAfterStep.current = { step: 0, to: 'next' };
                  setIndex(0);
                }}
              >
                Start again
              </button>
            )}
          </div>
          <ol class="dc-steps" aria-label="All steps">
            {steps.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  class={`dc-step${i === index ? ' is-current' : ''}`}
                  aria-current={i === index ? 'step' : undefined}
                  onClick={() => {
                    setIndex(i);
                  }}
                >
                  {s.label}
                </button>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
