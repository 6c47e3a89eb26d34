// The module against a real SCORM 1.2 run-time (scorm-again's Scorm12API on window.API):
// initialise, report score and status, suspend, relaunch with the stored suspend_data, resume.
import { Scorm12API } from 'scorm-again';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RULESET_VERSION } from '../../src/engine/index.ts';
import { DEFAULT_MASTERY_SCORE } from '../../src/lms/lms-report.ts';
import {
  ensureLmsSync,
  lmsSession,
  resetLmsSyncForTests,
  VIGNETTE_IDS_META,
} from '../../src/lms/lms-sync.ts';
import { decodeResume } from '../../src/lms/resume-codec.ts';
import { $progress, recordSelfCheck, recordVignetteAttempt } from '../../src/stores/progress.ts';
import { resetProgress } from '../../src/stores/progress-file.ts';

const IDS = ['case-alpha', 'case-beta', 'case-gamma', 'case-delta'];
type Win = Window & { API?: unknown };

function lms(seed?: Record<string, unknown>): Scorm12API {
  const api = new Scorm12API({ logLevel: 5, autocommit: false, lmsCommitUrl: false });
  if (seed) api.loadFromJSON(seed);
  (window as Win).API = api;
  return api;
}

async function launch(ids: string[] | null = IDS) {
  resetLmsSyncForTests();
  ensureLmsSync(ids ?? undefined);
  const session = await lmsSession();
  expect(session, 'an LMS session started').not.toBeNull();
  return session!;
}

const get = (api: Scorm12API, el: string) => api.LMSGetValue(el);
const pagehide = () => window.dispatchEvent(new Event('pagehide'));

beforeEach(() => {
  localStorage.clear();
  resetProgress();
  resetLmsSyncForTests();
  document.head.innerHTML = '';
});
afterEach(() => {
  pagehide(); // ends any session left open
  delete (window as Win).API;
  vi.restoreAllMocks();
});

describe('without an LMS', () => {
  it('does nothing: no session, no API calls, progress untouched', async () => {
    recordVignetteAttempt('case-alpha', 0.5, RULESET_VERSION);
    ensureLmsSync(IDS);
    ensureLmsSync();
    expect(await lmsSession()).toBeNull();
    expect($progress.get().vignettes['case-alpha']?.bestScore).toBe(0.5);
  });
});

describe('with scorm-again as the LMS', () => {
  it('initialises, marks the attempt incomplete and reports score 0..100 with exit=suspend', async () => {
    const api = lms();
    const init = vi.spyOn(api, 'LMSInitialize');
    const set = vi.spyOn(api, 'LMSSetValue');
    await launch();
    expect(init).toHaveBeenCalledWith('');
    expect(api.isInitialized()).toBe(true);
    expect(get(api, 'cmi.core.lesson_status')).toBe('incomplete');
    expect(get(api, 'cmi.core.score.raw')).toBe('0');
    expect(get(api, 'cmi.core.score.min')).toBe('0');
    expect(get(api, 'cmi.core.score.max')).toBe('100');
    expect(set).toHaveBeenCalledWith('cmi.core.exit', 'suspend'); // write-only in SCORM 1.2
  });

  it('reports the mean best score over every case of the build, and commits each change', async () => {
    const api = lms();
    const commit = vi.spyOn(api, 'LMSCommit');
    await launch();
    const before = commit.mock.calls.length;
    recordVignetteAttempt('case-alpha', 0.6, RULESET_VERSION);
    recordVignetteAttempt('case-alpha', 1, RULESET_VERSION);
    recordVignetteAttempt('case-beta', 0.5, RULESET_VERSION);
    // (1 + 0.5 + 0 + 0) / 4 cases
    expect(get(api, 'cmi.core.score.raw')).toBe('38');
    expect(get(api, 'cmi.core.lesson_status')).toBe('incomplete');
    expect(commit.mock.calls.length).toBe(before + 3);
    const saved = decodeResume(get(api, 'cmi.suspend_data'), { vignetteIds: IDS });
    expect(saved.ok && saved.state.vignettes['case-alpha']).toMatchObject({
      attempts: 2,
      bestScore: 1,
      lastScore: 1,
    });
    expect(saved.ok && saved.rulesetVersion).toBe(RULESET_VERSION);
  });

  it(`is "completed" when every case is attempted below mastery (${DEFAULT_MASTERY_SCORE}), "passed" at or above it`, async () => {
    const api = lms();
    await launch();
    for (const id of IDS) recordVignetteAttempt(id, 0.5, RULESET_VERSION);
    expect(get(api, 'cmi.core.lesson_status')).toBe('completed');
    expect(get(api, 'cmi.core.score.raw')).toBe('50');
    for (const id of IDS) recordVignetteAttempt(id, 0.8, RULESET_VERSION);
    expect(get(api, 'cmi.core.score.raw')).toBe('80');
    expect(get(api, 'cmi.core.lesson_status')).toBe('passed');
  });

  it("uses the LMS's cmi.student_data.mastery_score when it gives one", async () => {
    const api = lms({ student_data: { mastery_score: '40' } });
    const s = await launch();
    expect(s.mastery).toBe(40);
    for (const id of IDS) recordVignetteAttempt(id, 0.45, RULESET_VERSION);
    expect(get(api, 'cmi.core.lesson_status')).toBe('passed');
  });

  it('takes the case list from the meta element package:scorm writes, merged with ids passed in', async () => {
    const meta = document.createElement('meta');
    meta.name = VIGNETTE_IDS_META;
    meta.content = 'case-alpha case-beta';
    document.head.append(meta);
    const api = lms();
    const s = await launch(null);
    expect([...s.vignetteIds].sort()).toEqual(['case-alpha', 'case-beta']);
    ensureLmsSync(['case-gamma', 'case-delta']); // e.g. the progress page knows every case
    await lmsSession();
    expect([...s.vignetteIds].sort()).toEqual([...IDS].sort());
    recordVignetteAttempt('case-alpha', 1, RULESET_VERSION);
    expect(get(api, 'cmi.core.score.raw')).toBe('25');
  });

  it('suspends on pagehide (session time, exit, commit, LMSFinish), and a relaunch resumes the progress', async () => {
    let clock = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const api = lms();
    const finish = vi.spyOn(api, 'LMSFinish');
    const set = vi.spyOn(api, 'LMSSetValue');
    await launch();
    recordVignetteAttempt('case-alpha', 0.9, RULESET_VERSION);
    recordVignetteAttempt('case-beta', 0.4, RULESET_VERSION);
    recordVignetteAttempt('case-beta', 0.7, RULESET_VERSION);
    recordSelfCheck('principles', 2 / 3);
    clock += 83_500; // 1 min 23.5 s
    pagehide();
    expect(finish).toHaveBeenCalledTimes(1);
    expect(api.isTerminated()).toBe(true);
    // session_time and exit are write-only: check what the module sent before LMSFinish.
    const sent = set.mock.calls.map(([el, v]) => `${el}=${String(v)}`);
    expect(sent).toContain('cmi.core.session_time=0000:01:23.50');
    expect(sent.at(-1)).toBe('cmi.core.exit=suspend');
    const stored = {
      suspend_data: api.cmi.suspend_data,
      core: {
        entry: 'resume',
        lesson_status: api.cmi.core.lesson_status,
        score: { raw: api.cmi.core.score.raw },
      },
    };
    expect(stored.suspend_data.length).toBeGreaterThan(0);
    expect(stored.suspend_data.length).toBeLessThanOrEqual(4096);
    expect(stored.core.score.raw).toBe('40'); // (0.9 + 0.7) / 4

    // Relaunch on another device: empty browser storage, a new API seeded with what the LMS kept.
    localStorage.clear();
    resetProgress();
    vi.mocked(Date.now).mockRestore();
    const api2 = lms(stored);
    const s2 = await launch();
    expect(s2.restore).toBe('restored');
    const p = $progress.get();
    expect(p.vignettes['case-alpha']).toMatchObject({
      attempts: 1,
      bestScore: 0.9,
      completed: true,
      rulesetVersion: RULESET_VERSION,
    });
    expect(p.vignettes['case-beta']).toMatchObject({ attempts: 2, bestScore: 0.7, lastScore: 0.7 });
    expect(p.selfChecks['principles']).toMatchObject({ attempts: 1, bestScore: 0.667 });
    expect(get(api2, 'cmi.core.score.raw')).toBe('40');
    // Progress continues from there.
    recordVignetteAttempt('case-gamma', 1, RULESET_VERSION);
    expect(get(api2, 'cmi.core.score.raw')).toBe('65');
  });

  it('a first launch (empty suspend_data) starts from empty progress, whatever this browser held', async () => {
    recordVignetteAttempt('case-alpha', 1, RULESET_VERSION); // e.g. another learner on this computer
    const api = lms();
    const s = await launch();
    expect(s.restore).toBe('fresh');
    expect($progress.get().vignettes).toEqual({});
    expect(get(api, 'cmi.core.score.raw')).toBe('0');
  });

  it('ignores suspend_data that does not decode, with a warning, and never lowers what the LMS holds', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    recordVignetteAttempt('case-alpha', 0.2, RULESET_VERSION);
    const api = lms({
      suspend_data: 'Zgarbage!!',
      core: { entry: 'resume', lesson_status: 'passed', score: { raw: '90' } },
    });
    const s = await launch();
    expect(s.restore).toBe('invalid');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/resume data was not used/));
    expect($progress.get().vignettes['case-alpha']?.bestScore).toBe(0.2);
    expect(get(api, 'cmi.core.score.raw')).toBe('90');
    expect(get(api, 'cmi.core.lesson_status')).toBe('passed');
  });

  it('keeps one session across page loads when a second LMSInitialize is refused with 101', async () => {
    const api = lms();
    await launch();
    // A second page in the same LMS session (e.g. the launcher keeps it open): initialise again.
    const again = api.LMSInitialize('');
    expect(again).toBe('false');
    expect(api.LMSGetLastError()).toBe('101');
    const s = await launch();
    expect(s).not.toBeNull();
    recordVignetteAttempt('case-delta', 1, RULESET_VERSION);
    expect(get(api, 'cmi.core.score.raw')).toBe('25');
  });
});
