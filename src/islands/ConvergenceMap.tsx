// Convergence map (Chapter 2): the integrative model from src/models/convergence-map.ts as an
// explorable diagram. Choosing a mechanism (buttons; arrow keys move between them) highlights its
// links in the drawing and lists the treatments said to act on it, with a link to the section of
// the chapter that explains it.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import {
  HUB_ID,
  MECHANISMS,
  mechanism,
  treatmentsFor,
  upstreamOf,
  type Mechanism,
} from '../models/convergence-map.ts';

interface Props {
  children?: ComponentChildren;
  /** Mechanism selected first. */
  initial?: string;
}

const CX = 170;
const CY = 148;
const RX = 118;
const RY = 112;
const NODE_W = 92;
const NODE_H = 28;

const ring = MECHANISMS.filter((m) => m.id !== HUB_ID);
const positions = new Map<string, { x: number; y: number }>([
  [HUB_ID, { x: CX, y: CY }],
  ...ring.map((m, i): [string, { x: number; y: number }] => {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / ring.length;
    return [m.id, { x: CX + RX * Math.cos(a), y: CY + RY * Math.sin(a) }];
  }),
]);

/** Point where the segment from a to b leaves the node box centred on a. */
function edgePoint(a: { x: number; y: number }, b: { x: number; y: number }, w: number, h: number) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.min(dx === 0 ? Infinity : w / 2 / Math.abs(dx), dy === 0 ? Infinity : h / 2 / Math.abs(dy));
  return { x: a.x + dx * t, y: a.y + dy * t };
}

const links = MECHANISMS.flatMap((m) => m.feeds.map((to) => ({ from: m.id, to })));

function names(ms: Mechanism[]): string {
  return ms.length ? ms.map((m) => m.short).join(', ') : 'none';
}

export default function ConvergenceMap({ children, initial = HUB_ID }: Props) {
  const [selected, setSelected] = useState(() =>
    MECHANISMS.some((m) => m.id === initial) ? initial : HUB_ID,
  );
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = mechanism(selected);
  const treatments = treatmentsFor(selected);
  const upstream = upstreamOf(selected);
  const downstream = current.feeds.map((id) => mechanism(id));
  const id = 'convergence';
  const related = new Set([selected, ...current.feeds, ...upstream.map((m) => m.id)]);

  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const n = MECHANISMS.length;
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % n;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (i - 1 + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    if (next >= 0) {
      e.preventDefault();
      const m = MECHANISMS[next];
      if (m) setSelected(m.id);
      buttons.current[next]?.focus();
    }
  };

  const description =
    `${current.label}. ` +
    (current.id === HUB_ID
      ? `Fed by: ${names(upstream)}. `
      : `Feeds into: ${names(downstream)}. Fed by: ${names(upstream)}. `) +
    (treatments.length
      ? `Linked treatments: ${treatments.map((t) => `${t.label} (${t.status})`).join('; ')}.`
      : (current.noTreatmentNote ?? 'No linked treatment.'));

  return (
    <section class="island mech-explorer convergence-map" aria-labelledby={`${id}-title`}>
      <p class="island__label">Mechanism explorer</p>
      <h3 id={`${id}-title`}>Convergence map: routes to impaired plasticity</h3>
      <p class="model-label">
        Teaching model: a simplified map of proposed influences, not measured effects. Choose a mechanism to
        see its links.
      </p>
      {children && <div class="mech-equations">{children}</div>}

      <div class="cm-choices" role="group" aria-label="Mechanisms (arrow keys move between them)">
        {MECHANISMS.map((m, i) => (
          <button
            key={m.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            class={`secondary cm-choice${m.id === selected ? ' is-selected' : ''}`}
            aria-pressed={m.id === selected}
            tabIndex={m.id === selected ? 0 : -1}
            onClick={() => {
              setSelected(m.id);
            }}
            onKeyDown={(e) => {
              onKeyDown(e, i);
            }}
            data-mechanism={m.id}
          >
            {m.short}
          </button>
        ))}
      </div>

      <figure class="mech-figure cm-figure">
        <svg
          class="chart mech-chart cm-svg"
          viewBox="0 0 340 296"
          role="img"
          aria-labelledby={`${id}-svg-title`}
        >
          <title
            id={`${id}-svg-title`}
          >{`Convergence map with ${current.short} selected. ${description}`}</title>
          <defs>
            <marker
              id="cm-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth="8"
              markerHeight="8"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" class="cm-arrowhead" />
            </marker>
            <marker
              id="cm-arrow-on"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth="9"
              markerHeight="9"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" class="cm-arrowhead is-on" />
            </marker>
          </defs>
          {links.map((l) => {
            const a = positions.get(l.from);
            const b = positions.get(l.to);
            if (!a || !b) return null;
            const wA = l.from === HUB_ID ? NODE_W + 14 : NODE_W;
            const wB = l.to === HUB_ID ? NODE_W + 14 : NODE_W;
            const p1 = edgePoint(a, b, wA + 4, NODE_H + 4);
            const p2 = edgePoint(b, a, wB + 6, NODE_H + 6);
            const active = l.from === selected || l.to === selected;
            return (
              <line
                key={`${l.from}-${l.to}`}
                class={`cm-link${active ? ' is-on' : ''}`}
                x1={p1.x}
                y1={p1.y}
                x2={p2.x}
                y2={p2.y}
                marker-end={active ? 'url(#cm-arrow-on)' : 'url(#cm-arrow)'}
              />
            );
          })}
          {MECHANISMS.map((m) => {
            const p = positions.get(m.id);
            if (!p) return null;
            const w = m.id === HUB_ID ? NODE_W + 14 : NODE_W;
            const state = m.id === selected ? ' is-selected' : related.has(m.id) ? ' is-related' : '';
            return (
              <g
                key={m.id}
                class={`cm-node${m.id === HUB_ID ? ' cm-node--hub' : ''}${state}`}
                onClick={() => {
                  setSelected(m.id);
                }}
              >
                <rect x={p.x - w / 2} y={p.y - NODE_H / 2} width={w} height={NODE_H} rx="8" />
                <text x={p.x} y={p.y + 4} text-anchor="middle">
                  {m.short}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption class="field-hint">
          Arrows: proposed influences. The selected mechanism and its direct links are highlighted; every
          route ends in impaired plasticity at the centre.
        </figcaption>
      </figure>

      <div class="readout cm-details" role="status" aria-live="polite" data-testid="cm-details">
        <p class="mech-readout__main">
          <strong data-testid="cm-label">{current.label}</strong>
        </p>
        <p class="mech-readout__text">{current.summary}</p>
        <p class="mech-readout__text">
          {current.id === HUB_ID ? (
            <>Fed by: {names(upstream)}.</>
          ) : (
            <>
              Feeds into: {names(downstream)}. Fed by: {names(upstream)}.
            </>
          )}
        </p>
        <p class="cm-subhead">Linked treatments</p>
        {treatments.length ? (
          <ul class="cm-treatments" data-testid="cm-treatments">
            {treatments.map((t) => (
              <li key={t.id}>
                <span class={`badge cm-status cm-status--${t.status}`}>{t.status}</span> {t.label}
                <span class="cm-note"> — {t.note}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p data-testid="cm-treatments">{current.noTreatmentNote ?? 'No linked treatment.'}</p>
        )}
        <p>
          Read more: <a href={`#${current.section}`}>{current.sectionTitle}</a>
        </p>
      </div>
    </section>
  );
}
