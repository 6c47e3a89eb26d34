// Finding the LMS's API object as the SCORM 1.2 RTE describes, and the adapter's error handling.
import { Scorm12API } from 'scorm-again';
import { describe, expect, it, vi } from 'vitest';
import {
  MAX_API_SEARCH_DEPTH,
  ScormConnection,
  findScormApi,
  scormTimespan,
  type Scorm12Api,
} from '../../src/lms/scorm-api.ts';

type FakeWin = { API?: unknown; parent: FakeWin; opener: FakeWin | null; name: string };

function chain(
  length: number,
  apiAt: number | null,
  api: unknown = new Scorm12API({ logLevel: 5 }),
): FakeWin[] {
  // chain[0] is the content frame, chain[length-1] the top window.
  const wins: FakeWin[] = Array.from({ length }, (_, i) => ({ name: `w${i}`, opener: null }) as FakeWin);
  wins.forEach((w, i) => (w.parent = wins[i + 1] ?? w));
  if (apiAt !== null) wins[apiAt]!.API = api;
  return wins;
}
const find = (w: FakeWin) => findScormApi(w as unknown as Window);

describe('finding the API', () => {
  it('finds it on the window itself, a parent, or a grandparent', () => {
    for (const at of [0, 1, 2, 5]) {
      const wins = chain(6, at);
      expect(find(wins[0]!)).toBe(wins[at]!.API);
    }
  });

  it(`climbs at most ${MAX_API_SEARCH_DEPTH} parents`, () => {
    expect(find(chain(MAX_API_SEARCH_DEPTH + 2, MAX_API_SEARCH_DEPTH)[0]!)).not.toBeNull();
    expect(find(chain(MAX_API_SEARCH_DEPTH + 3, MAX_API_SEARCH_DEPTH + 1)[0]!)).toBeNull();
  });

  it("then searches the opener's chain (content launched in a new window)", () => {
    const lms = chain(2, 1);
    const popup = chain(1, null)[0]!;
    popup.opener = lms[0]!;
    expect(find(popup)).toBe(lms[1]!.API);
  });

  it('treats a cross-origin parent (which throws on access) as having no API, without throwing', () => {
    const wins = chain(3, 2);
    Object.defineProperty(wins[1], 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(find(wins[0]!)).toBe(wins[2]!.API);
    Object.defineProperty(wins[1], 'parent', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(find(wins[0]!)).toBeNull();
  });

  it('ignores an API-like object that lacks the SCORM 1.2 functions (e.g. a SCORM 2004 API_1484_11)', () => {
    const wins = chain(2, 1, { Initialize: () => 'true', GetValue: () => '' });
    expect(find(wins[0]!)).toBeNull();
  });

  it('returns null quickly in a top-level page without an opener', () => {
    expect(findScormApi(window)).toBeNull();
  });
});

describe('ScormConnection', () => {
  function broken(over: Partial<Scorm12Api>): Scorm12Api {
    return {
      LMSInitialize: () => 'true',
      LMSFinish: () => 'true',
      LMSGetValue: () => '',
      LMSSetValue: () => 'true',
      LMSCommit: () => 'true',
      LMSGetLastError: () => '0',
      LMSGetErrorString: () => '',
      LMSGetDiagnostic: () => '',
      ...over,
    };
  }

  it('records the error code, string and diagnostic of a refused call, and logs each call site once', () => {
    const log = vi.fn();
    const api = broken({
      LMSSetValue: () => 'false',
      LMSGetLastError: () => '405',
      LMSGetErrorString: (c) => (c === '405' ? 'Incorrect Data Type' : '?'),
      LMSGetDiagnostic: () => 'bad value',
    });
    const c = new ScormConnection(api, log);
    expect(c.set('cmi.core.score.raw', 'x')).toBe(false);
    expect(c.set('cmi.core.score.raw', 'y')).toBe(false);
    expect(c.lastError).toEqual({
      call: 'LMSSetValue(cmi.core.score.raw)',
      code: '405',
      message: 'Incorrect Data Type',
      diagnostic: 'bad value',
    });
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(
      /LMSSetValue\(cmi.core.score.raw\) failed: 405 Incorrect Data Type/,
    );
  });

  it('never throws when the API itself throws', () => {
    const boom = () => {
      throw new Error('LMS gone');
    };
    const c = new ScormConnection(
      broken({ LMSInitialize: boom, LMSGetValue: boom, LMSSetValue: boom, LMSCommit: boom, LMSFinish: boom }),
      () => undefined,
    );
    expect(c.initialize()).toBe(false);
    expect(c.get('cmi.suspend_data')).toBeNull();
    expect(c.set('cmi.suspend_data', '')).toBe(false);
    expect(c.commit()).toBe(false);
    expect(c.finish()).toBe(false);
    expect(c.lastError?.message).toBe('LMS gone');
  });

  it('returns null for a value the LMS reports an error on (e.g. 401 not implemented)', () => {
    const c = new ScormConnection(broken({ LMSGetLastError: () => '401' }), () => undefined);
    expect(c.get('cmi.student_data.mastery_score', true)).toBeNull();
    expect(c.lastError?.code).toBe('401');
  });

  it('a refused LMSInitialize other than 101 fails', () => {
    const c = new ScormConnection(
      broken({ LMSInitialize: () => 'false', LMSGetLastError: () => '201' }),
      () => undefined,
    );
    expect(c.initialize()).toBe(false);
  });
});

describe('CMITimespan', () => {
  it.each([
    [0, '0000:00:00.00'],
    [83_500, '0000:01:23.50'],
    [3_600_000 * 12 + 61_010, '0012:01:01.01'],
    [3_600_000 * 20_000, '9999:00:00.00'],
    [-5, '0000:00:00.00'],
  ])('%i ms is %s', (ms, text) => {
    expect(scormTimespan(ms)).toBe(text);
  });
});
