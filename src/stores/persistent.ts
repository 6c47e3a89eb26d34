// A nanostores atom kept in the browser's localStorage: what progress.ts needs of
// @nanostores/persistent's persistentAtom, in a few lines instead of a dependency (it was the
// largest part of the saved-progress code every island page loads).
// - Starts from the stored text (decoded), or `initial` when there is none or no storage at all
//   (privacy modes, server-side rendering, tests without a DOM).
// - `set` writes the encoded value, then updates the store. A write the browser refuses (quota,
//   storage disabled) keeps the new value in memory for this page instead of throwing.
// - Follows other tabs (`storage` events, `null` key = storage cleared) and pages restored from
//   the back/forward cache (`pageshow`), re-reading and decoding the stored text.
import { atom, type WritableAtom } from 'nanostores';

export interface PersistentOptions<T> {
  encode: (value: T) => string;
  decode: (text: string) => T;
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function persistentAtom<T>(key: string, initial: T, opts: PersistentOptions<T>): WritableAtom<T> {
  const storage = browserStorage();
  let text: string | null | undefined;
  const read = (): T => {
    text = storage?.getItem(key);
    return text == null ? initial : opts.decode(text);
  };
  const store = atom<T>(read());
  const setValue = store.set.bind(store);
  store.set = (value: T) => {
    text = opts.encode(value);
    try {
      storage?.setItem(key, text);
    } catch {
      // Not saved (quota or disabled storage): the page keeps working with the value in memory.
    }
    setValue(value);
  };
  if (typeof window !== 'undefined') {
    const follow = () => {
      if (storage?.getItem(key) !== text) setValue(read());
    };
    window.addEventListener('storage', (e) => {
      if (e.key === key || e.key === null) follow();
    });
    window.addEventListener('pageshow', follow);
  }
  return store;
}
