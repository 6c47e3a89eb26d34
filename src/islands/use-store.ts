// The current value of a nanostores store, re-rendering the island when it changes. What the
// islands need of @nanostores/preact's useStore (no `keys` filter, no SSR option), without its
// per-key listener code: it subscribes after mount and catches a change made between the render and
// the subscription (progress read from storage at mount).
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

export function useStore<T>(store: ReadableAtom<T>): T {
  const value = store.get();
  const [, rerender] = useState({});
  useEffect(() => {
    const off = store.listen(() => {
      rerender({});
    });
    if (store.get() !== value) rerender({});
    return off;
    // Subscribed once per store; `value` is what the render before it showed.
  }, [store]);
  return value;
}
