// Geometry of the HPA explorer's time charts (viewBox 320 × 170). Shared by HpaFeedback, which
// draws the levels, and its build-time view (components/islands/hpa-view.ts), which draws the
// fixed time axis of each chart.
export const W = 320;
export const H = 170;
export const L = 36;
export const R = 10;
export const T = 12;
export const B = 34;
/** x in the chart for a time `x` on an axis that ends at `xMax`. */
export const xAt = (x: number, xMax: number) => L + (x / xMax) * (W - L - R);
