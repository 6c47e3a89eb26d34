// Geometry of the occupancy chart (viewBox units ≈ CSS px at 320 px wide, so text stays legible on
// a phone). Shared by OccupancyExplorer, which draws the moving point, and its build-time view
// (components/islands/occupancy-view.ts), which draws the fixed axes and curve.
export const W = 320;
export const H = 210;
export const L = 42;
export const R = 12;
export const T = 14;
export const B = 40;
/** Right end of the x axis, × EC50. */
export const X_MAX = 12;
export const xOf = (v: number) => L + (Math.min(v, X_MAX) / X_MAX) * (W - L - R);
export const yOf = (o: number) => T + (1 - o) * (H - T - B);
