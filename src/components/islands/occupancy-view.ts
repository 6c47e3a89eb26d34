// Build-time half of the occupancy and efflux explorer (Chapter 2): the island's fixed texts and
// the fixed parts of its chart — axes, ticks, the ~80 % line and the occupancy curve from the model
// (src/models/occupancy-efflux.ts) — passed as JSON props, so only the live calculation and the
// moving point ship as JavaScript. Server-only: imported by OccupancyExplorer.astro and by the
// island's tests.
import { OCCUPANCY_TARGET, occupancyCurve } from '../../models/occupancy-efflux.ts';
import { B, H, L, R, T, W, X_MAX, xOf, yOf } from '../../islands/mechanisms/occupancy-chart.ts';

export interface OccupancyView {
  text: {
    title: string;
    model: string;
    plasmaHint: string;
    kpuuHint: string;
    ec50Hint: string;
    caption: string;
  };
  /** SVG markup of the chart's fixed parts, drawn before and after the moving point. */
  chart: { under: string; over: string };
}

export function occupancyView(): OccupancyView {
  const curve = occupancyCurve(1, X_MAX, 96)
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${xOf(p.brain).toFixed(1)},${yOf(p.occupancy).toFixed(1)}`)
    .join(' ');
  const under = [
    ...[0, 0.2, 0.4, 0.6, 0.8, 1].map(
      (o) =>
        `<g><line class="grid" x1="${L}" x2="${W - R}" y1="${yOf(o)}" y2="${yOf(o)}"></line><text x="${L - 6}" y="${yOf(o) + 4}" text-anchor="end">${o * 100}</text></g>`,
    ),
    ...[0, 2, 4, 6, 8, 10, 12].map(
      (x) => `<text x="${xOf(x)}" y="${H - B + 16}" text-anchor="middle">${x}</text>`,
    ),
    `<line class="axis" x1="${L}" x2="${L}" y1="${T}" y2="${H - B}"></line>`,
    `<line class="axis" x1="${L}" x2="${W - R}" y1="${H - B}" y2="${H - B}"></line>`,
    `<line class="mech-chart__target" x1="${L}" x2="${W - R}" y1="${yOf(OCCUPANCY_TARGET)}" y2="${yOf(OCCUPANCY_TARGET)}"></line>`,
    `<line class="mech-chart__target-x" x1="${xOf(4)}" x2="${xOf(4)}" y1="${yOf(OCCUPANCY_TARGET)}" y2="${H - B}"></line>`,
    `<text class="mech-chart__note" x="${W - R}" y="${yOf(OCCUPANCY_TARGET) - 5}" text-anchor="end">~80 % line</text>`,
    `<path class="mech-chart__curve" d="${curve}"></path>`,
  ].join('');
  const over = [
    `<text x="${(L + W - R) / 2}" y="${H - 6}" text-anchor="middle">Unbound brain concentration (× EC50)</text>`,
    `<text x="12" y="${(T + H - B) / 2}" text-anchor="middle" transform="rotate(-90 12 ${(T + H - B) / 2})">Occupancy (%)</text>`,
  ].join('');
  return {
    text: {
      title: 'Occupancy and efflux at the blood–brain barrier',
      model:
        'Teaching model: hypothetical drug, one arbitrary concentration unit. Kp,uu values for individual antidepressants are not established; occupancy is not response.',
      plasmaHint: 'Steady state, unbound',
      kpuuHint: 'Below 1: net efflux (e.g. P-gp)',
      ec50Hint: 'Concentration giving 50 % occupancy',
      caption:
        'Solid curve: occupancy against brain concentration in multiples of EC50. Dashed line: the ~80 % SERT occupancy seen at minimum therapeutic SSRI doses; dotted line: 4 × EC50, the concentration that gives it.',
    },
    chart: { under, over },
  };
}
