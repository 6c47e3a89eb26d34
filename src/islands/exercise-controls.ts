// Which control each question kind uses. Kept separate so tests can check the mapping.
import type { Question } from '../engine/index.ts';

export type Control = { kind: 'single' } | { kind: 'multi' } | { kind: 'number'; hint?: string };

export function controlFor(q: Question): Control {
  switch (q.kind) {
    case 'pseudo-resistance':
    case 'next-step':
      return { kind: 'multi' };
    case 'percent-reduction':
      return { kind: 'number', hint: 'Percent reduction from the start score, e.g. 37.5' };
    case 'failed-trials':
      return { kind: 'number', hint: 'A whole number' };
    case 'stage':
      if (q.model === 'mgh') return { kind: 'number', hint: 'Points, in steps of 0.5 (e.g. 3.5)' };
      if (q.model === 'maudsley') return { kind: 'number', hint: 'Total score from 3 to 15' };
      return { kind: 'single' };
    default:
      return { kind: 'single' };
  }
}
