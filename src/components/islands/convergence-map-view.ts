// Build-time half of the convergence map (Chapter 2). The map is fixed data
// (src/models/convergence-map.ts): its layout, links, texts and section links are worked out here
// when the page is built, and the island receives only what it draws and shows (JSON props), so no
// model data ships as JavaScript (nor the fixed texts and arrowheads). Server-only: imported by ConvergenceMap.astro and by the
// island's tests.
import {
  HUB_ID,
  MECHANISMS,
  mechanism,
  treatmentsFor,
  upstreamOf,
  type Mechanism,
  type Treatment,
} from '../../models/convergence-map.ts';

/** A mechanism as the island shows it: the model's texts and section link, plus its place. */
export interface ConvergenceNode extends Pick<
  Mechanism,
  'id' | 'short' | 'label' | 'summary' | 'section' | 'sectionTitle'
> {
  /** "Fed by: …." (hub) or "Feeds into: …. Fed by: …." */
  links: string;
  treatments: Pick<Treatment, 'id' | 'label' | 'status' | 'note'>[];
  /** Shown instead of the list when no treatment is linked. */
  none: string;
  /** The drawing's accessible title while this mechanism is selected. */
  title: string;
  /** Ids highlighted with it: itself, what it feeds and what feeds it. */
  related: string[];
  /** Box centre and width in the drawing. */
  x: number;
  y: number;
  w: number;
}

export interface ConvergenceLink {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ConvergenceMapView {
  hub: string;
  nodes: ConvergenceNode[];
  links: ConvergenceLink[];
  text: { title: string; model: string; caption: string };
  /** SVG markup of the drawing's arrowheads (plain and highlighted). */
  defs: string;
}

const marker = (id: string, size: number, cls: string) =>
  `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="${size}" markerHeight="${size}" orient="auto"><path d="M0,0 L10,5 L0,10 z" class="${cls}"></path></marker>`;

const CX = 170;
const CY = 148;
const RX = 118;
const RY = 112;
const NODE_W = 92;
const NODE_H = 28;

/** Rounded to 0.01 of a viewBox unit (invisible; keeps the props short). */
const r2 = (v: number) => Math.round(v * 100) / 100;

/** Point where the segment from a to b leaves the node box centred on a. */
function edgePoint(a: { x: number; y: number }, b: { x: number; y: number }, w: number, h: number) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.min(dx === 0 ? Infinity : w / 2 / Math.abs(dx), dy === 0 ? Infinity : h / 2 / Math.abs(dy));
  return { x: a.x + dx * t, y: a.y + dy * t };
}

function names(ms: Mechanism[]): string {
  return ms.length ? ms.map((m) => m.short).join(', ') : 'none';
}

export function convergenceMapView(): ConvergenceMapView {
  const ring = MECHANISMS.filter((m) => m.id !== HUB_ID);
  const positions = new Map<string, { x: number; y: number }>([
    [HUB_ID, { x: CX, y: CY }],
    ...ring.map((m, i): [string, { x: number; y: number }] => {
      const a = -Math.PI / 2 + (i * 2 * Math.PI) / ring.length;
      return [m.id, { x: CX + RX * Math.cos(a), y: CY + RY * Math.sin(a) }];
    }),
  ]);
  const width = (id: string) => (id === HUB_ID ? NODE_W + 14 : NODE_W);

  const nodes = MECHANISMS.map((m): ConvergenceNode => {
    const upstream = upstreamOf(m.id);
    const treatments = treatmentsFor(m.id);
    const links =
      m.id === HUB_ID
        ? `Fed by: ${names(upstream)}.`
        : `Feeds into: ${names(m.feeds.map((id) => mechanism(id)))}. Fed by: ${names(upstream)}.`;
    const none = m.noTreatmentNote ?? 'No linked treatment.';
    const description =
      `${m.label}. ${links} ` +
      (treatments.length
        ? `Linked treatments: ${treatments.map((t) => `${t.label} (${t.status})`).join('; ')}.`
        : none);
    const p = positions.get(m.id) ?? { x: CX, y: CY };
    return {
      id: m.id,
      short: m.short,
      label: m.label,
      summary: m.summary,
      section: m.section,
      sectionTitle: m.sectionTitle,
      links,
      treatments: treatments.map((t) => ({ id: t.id, label: t.label, status: t.status, note: t.note })),
      none,
      title: `Convergence map with ${m.short} selected. ${description}`,
      related: [...new Set([m.id, ...m.feeds, ...upstream.map((u) => u.id)])],
      x: r2(p.x),
      y: r2(p.y),
      w: width(m.id),
    };
  });

  const links = MECHANISMS.flatMap((m) =>
    m.feeds.map((to): ConvergenceLink => {
      const a = positions.get(m.id) ?? { x: CX, y: CY };
      const b = positions.get(to) ?? { x: CX, y: CY };
      const p1 = edgePoint(a, b, width(m.id) + 4, NODE_H + 4);
      const p2 = edgePoint(b, a, width(to) + 6, NODE_H + 6);
      return { from: m.id, to, x1: r2(p1.x), y1: r2(p1.y), x2: r2(p2.x), y2: r2(p2.y) };
    }),
  );

  return {
    hub: HUB_ID,
    nodes,
    links,
    text: {
      title: 'Convergence map: routes to impaired plasticity',
      model:
        'Teaching model: a simplified map of proposed influences, not measured effects. Choose a mechanism to see its links.',
      caption:
        'Arrows: proposed influences. The selected mechanism and its direct links are highlighted; every route ends in impaired plasticity at the centre.',
    },
    defs: marker('cm-arrow', 8, 'cm-arrowhead') + marker('cm-arrow-on', 9, 'cm-arrowhead is-on'),
  };
}
