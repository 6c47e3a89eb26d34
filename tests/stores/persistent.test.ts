import { afterEach, describe, expect, it, vi } from 'vitest';
import { persistentAtom } from '../../src/stores/persistent.ts';

const json = { encode: (v: unknown) => JSON.stringify(v), decode: (t: string) => JSON.parse(t) as unknown };
let n = 0;
const freshKey = () => `persistent-test-${++n}`;

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('persistentAtom (saved progress storage)', () => {
  it('starts from the initial value when nothing is stored, and from the decoded text when something is', () => {
    const empty = freshKey();
    expect(persistentAtom(empty, { a: 0 }, json).get()).toEqual({ a: 0 });
    const stored = freshKey();
    localStorage.setItem(stored, '{"a":5}');
    expect(persistentAtom(stored, { a: 0 }, json).get()).toEqual({ a: 5 });
  });

  it('writes the encoded value on set and tells subscribers', () => {
    const key = freshKey();
    const store = persistentAtom(key, { a: 0 }, json);
    const seen: unknown[] = [];
    const off = store.listen((v) => seen.push(v));
    store.set({ a: 2 });
    off();
    expect(localStorage.getItem(key)).toBe('{"a":2}');
    expect(seen).toEqual([{ a: 2 }]);
  });

  it('keeps working in memory when the browser refuses the write (quota exceeded)', () => {
    const key = freshKey();
    const store = persistentAtom(key, { a: 0 }, json);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => {
      store.set({ a: 3 });
    }).not.toThrow();
    expect(store.get()).toEqual({ a: 3 });
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('starts from the initial value when storage itself cannot be read (privacy mode)', () => {
    vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const store = persistentAtom(freshKey(), { a: 0 }, json);
    expect(store.get()).toEqual({ a: 0 });
    expect(() => {
      store.set({ a: 1 });
    }).not.toThrow();
    expect(store.get()).toEqual({ a: 1 });
  });

  it('follows another tab: a change of its key, and storage being cleared', () => {
    const key = freshKey();
    const store = persistentAtom(key, { a: 0 }, json);
    store.set({ a: 1 });
    localStorage.setItem(key, '{"a":7}');
    window.dispatchEvent(new StorageEvent('storage', { key: 'some-other-key' }));
    expect(store.get()).toEqual({ a: 1 });
    window.dispatchEvent(new StorageEvent('storage', { key }));
    expect(store.get()).toEqual({ a: 7 });
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(store.get()).toEqual({ a: 0 });
  });

  it('re-reads storage when the page is shown again from the back/forward cache', () => {
    const key = freshKey();
    const store = persistentAtom(key, { a: 0 }, json);
    localStorage.setItem(key, '{"a":9}');
    window.dispatchEvent(new Event('pageshow'));
    expect(store.get()).toEqual({ a: 9 });
  });
});
