// Number formatting shared by the Chapter 2 mechanism explorers (display only; the models keep
// full precision).

/** 0.7101 → "71 %", with a no-break space so the sign never wraps away from its number. */
export function pct(fraction: number, digits = 0): string {
  return `${(fraction * 100).toFixed(digits)}\u00a0%`;
}

/** Up to `max` significant decimals, without trailing zeros: 2.4500 → "2.45", 40 → "40". */
export function num(x: number, max = 2): string {
  if (!Number.isFinite(x)) return '—';
  return String(Number(x.toFixed(max)));
}
