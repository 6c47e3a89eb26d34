// Build-time helper for the Chapter 1 island wrappers: short labels ("Hägg 2020") for every
// bibliography key the engine may cite, so source links in the islands read as names, not keys.
// Runs on the server only (it reads content/references.json through the bibliography loader).
import { SOURCE_KEYS } from '../../engine/index.ts';
import { loadBibliography, shortLabel } from '../../lib/bibliography.ts';

export function engineRefLabels(): Record<string, string> {
  const bib = loadBibliography();
  const out: Record<string, string> = {};
  for (const key of SOURCE_KEYS) {
    const ref = bib.get(key);
    if (ref) out[key] = shortLabel(ref);
  }
  return out;
}
