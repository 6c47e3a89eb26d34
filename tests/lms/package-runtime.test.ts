// The SCORM package's launch page (one LMS session across the module's pages) and the run-time
// fix for root-absolute links rendered by islands.
import { Scorm12API } from 'scorm-again';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RULESET_VERSION } from '../../src/engine/index.ts';
import { startLmsSession } from '../../src/lms/lms-session.ts';
import { installLmsLauncher, installRelativeLinks } from '../../src/lms/package-runtime.ts';
import { findScormApi } from '../../src/lms/scorm-api.ts';
import { $progress, recordVignetteAttempt } from '../../src/stores/progress.ts';
import { resetProgress } from '../../src/stores/progress-file.ts';

const IDS = ['case-alpha', 'case-beta'];

/** A window-like object: parent link, API slot and its own pagehide listeners. */
function fakeWindow(parent?: FakeWin): FakeWin {
  const listeners: Record<string, ((e: Event) => void)[]> = {};
  const w = {
    opener: null,
    addEventListener: (type: string, fn: (e: Event) => void) => {
      (listeners[type] ??= []).push(fn);
    },
    fire: (type: string) => {
      for (const fn of listeners[type] ?? []) fn(new Event(type));
    },
  } as unknown as FakeWin;
  w.parent = parent ?? w;
  return w;
}
type FakeWin = Window & { API?: unknown; fire(type: string): void; parent: FakeWin };

beforeEach(() => {
  localStorage.clear();
  resetProgress();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the launch page (lms-launch.html)', () => {
  it('holds one LMS session while the learner moves between pages, and finishes it once', () => {
    let clock = 5_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const lmsWin = fakeWindow();
    const api = new Scorm12API({ logLevel: 5, autocommit: false, lmsCommitUrl: false });
    lmsWin.API = api;
    const init = vi.spyOn(api, 'LMSInitialize');
    const finish = vi.spyOn(api, 'LMSFinish');
    const set = vi.spyOn(api, 'LMSSetValue');

    const launcher = fakeWindow(lmsWin);
    installLmsLauncher(launcher);
    expect(init).toHaveBeenCalledTimes(1);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    expect(launcher.API).toBeDefined();

    // Page 1 (e.g. a chapter): finds the launcher's API first, reports, then the learner leaves.
    const page1 = fakeWindow(launcher);
    const s1 = startLmsSession(findScormApi(page1)!, { vignetteIds: IDS, win: page1 });
    expect(findScormApi(page1)).toBe(launcher.API);
    expect(s1).not.toBeNull();
    recordVignetteAttempt('case-alpha', 1, RULESET_VERSION);
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('50');
    clock += 10_000;
    page1.fire('pagehide');
    expect(finish).not.toHaveBeenCalled();
    expect(api.isTerminated()).toBe(false);

    // Page 2 (a case): a new page, same session; its progress record is kept as it is.
    const local = $progress.get().vignettes['case-alpha'];
    const page2 = fakeWindow(launcher);
    const s2 = startLmsSession(findScormApi(page2)!, { vignetteIds: IDS, win: page2 });
    expect(s2?.restore).toBe('restored');
    expect($progress.get().vignettes['case-alpha']).toBe(local);
    recordVignetteAttempt('case-beta', 0.5, RULESET_VERSION);
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('75');
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
    clock += 65_000;
    page2.fire('pagehide');

    // The LMS closes the launch page: one LMSFinish with the whole session's time.
    launcher.fire('pagehide');
    expect(finish).toHaveBeenCalledTimes(1);
    expect(api.isTerminated()).toBe(true);
    const times = set.mock.calls.filter(([el]) => el === 'cmi.core.session_time').map(([, v]) => String(v));
    expect(times).toEqual(['0000:01:15.00']);
    expect(api.cmi.suspend_data.length).toBeGreaterThan(0);
  });

  it("without the launch page, the LMS refuses the second page's LMSInitialize after the first page's LMSFinish (why it exists)", () => {
    const lmsWin = fakeWindow();
    const api = new Scorm12API({ logLevel: 5, autocommit: false, lmsCommitUrl: false });
    lmsWin.API = api;
    const page1 = fakeWindow(lmsWin);
    startLmsSession(findScormApi(page1)!, { vignetteIds: IDS, win: page1, log: () => undefined });
    page1.fire('pagehide');
    expect(api.isTerminated()).toBe(true);
    const init = vi.spyOn(api, 'LMSInitialize');
    const page2 = fakeWindow(lmsWin);
    startLmsSession(findScormApi(page2)!, { vignetteIds: IDS, win: page2, log: () => undefined });
    expect(init).toHaveReturnedWith('false');
    expect(api.isTerminated()).toBe(true); // anything page 2 sends now lands in a finished session
  });

  it('does nothing without an LMS', () => {
    const top = fakeWindow();
    installLmsLauncher(top);
    expect(top.API).toBeUndefined();
    const framed = fakeWindow(fakeWindow());
    installLmsLauncher(framed);
    expect(framed.API).toBeUndefined();
  });
});

describe('root-absolute links rendered by islands', () => {
  it('are rewritten to package-relative files, now and when added later', async () => {
    document.body.innerHTML = `
      <a id="a" href="/cases/x/">case</a>
      <a id="b" href="/references/#ref-rush2006">ref</a>
      <a id="c" href="../chapters/index.html">already relative</a>
      <a id="d" href="https://example.org/">external</a>
      <a id="e" href="/search/?q=ketamine">search</a>
      <a id="f" href="/progress">no slash</a>`;
    installRelativeLinks(document, '../../');
    const href = (id: string) => document.getElementById(id)!.getAttribute('href');
    expect(href('a')).toBe('../../cases/x/index.html');
    expect(href('b')).toBe('../../references/index.html#ref-rush2006');
    expect(href('c')).toBe('../chapters/index.html');
    expect(href('d')).toBe('https://example.org/');
    expect(href('e')).toBe('../../search/index.html?q=ketamine');
    expect(href('f')).toBe('../../progress/index.html');
    const div = document.createElement('div');
    div.innerHTML = '<p><a id="g" href="/cases/y/">later</a></p>';
    document.body.append(div);
    document.getElementById('a')!.setAttribute('href', '/glossary/');
    await new Promise((r) => setTimeout(r, 0));
    expect(href('g')).toBe('../../cases/y/index.html');
    expect(href('a')).toBe('../../glossary/index.html');
    // A root-absolute link that already points into the package (e.g. a Pagefind result).
    document.body.innerHTML = '<a id="p" href="/lms/pkg/7/cases/z/">z</a><a id="q" href="/cases/y/">y</a>';
    installRelativeLinks(document, 'https://lms.example.org/lms/pkg/7/');
    expect(href('p')).toBe('https://lms.example.org/lms/pkg/7/cases/z/index.html');
    expect(href('q')).toBe('https://lms.example.org/lms/pkg/7/cases/y/index.html');
  });
});
