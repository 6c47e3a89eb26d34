// Small text helpers for messages and findings.

/** Levenshtein edit distance (two-row dynamic programme). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase().trim();
  let best: string | undefined;
  let bestDist = Infinity;
  for (const c of candidates) {
    const d = editDistance(needle, c.toLowerCase());
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(needle.length / 3));
  return bestDist <= limit ? best : undefined;
}

/** "12", "12.5", "1.43" – at most two decimals, no trailing zeros. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A percentage to one decimal: "16.7%". */
export function pct(n: number): string {
  return `${Math.round(n * 10) / 10}%`;
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function quoteList(items: readonly string[]): string {
  return items.map((i) => `"${i}"`).join(', ');
}

export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'a list';
  return 'an object';
}

const ROMAN = ['0', 'I', 'II', 'III', 'IV', 'V'] as const;
export function roman(n: number): string {
  return ROMAN[n] ?? String(n);
}

/** Lower-case a label's first letter for use mid-sentence, keeping acronyms ("ECT", "IV ketamine"). */
export function midSentence(label: string): string {
  const second = label.charAt(1);
  return second && second === second.toLowerCase() && second !== second.toUpperCase()
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}
