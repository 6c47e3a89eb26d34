// One page's connection to the LMS, loaded only when a SCORM 1.2 API was found (see
// lms-sync.ts). It opens the session, restores the learner's saved resume state into $progress,
// then reports status, score and resume state whenever progress changes, and closes the session
// when the page goes away.
import { RULESET_VERSION } from '../engine/index.ts';
import { $progress } from '../stores/progress.ts';
import { emptyProgress } from '../stores/progress-schema.ts';
import {
  DEFAULT_MASTERY_SCORE,
  computeReport,
  higherScore,
  higherStatus,
  parseMasteryScore,
} from './lms-report.ts';
import { decodeResume, encodeResume, mergeResume } from './resume-codec.ts';
import { ScormConnection, scormTimespan, type Scorm12Api } from './scorm-api.ts';

export interface LmsSessionOptions {
  /** Every case id in this build. */
  vignetteIds: readonly string[];
  /** Where to listen for pagehide/pageshow (default: window, when there is one). */
  win?: Pick<Window, 'addEventListener'> | null;
  now?: () => number;
  log?: (message: string) => void;
}

export type RestoreOutcome = 'restored' | 'fresh' | 'invalid' | 'unreadable';

export class LmsSession {
  readonly mastery: number;
  restore: RestoreOutcome = 'unreadable';
  private ids: string[];
  private readonly sent = new Map<string, string>();
  private lmsStatus: string | null;
  private lmsRaw: string | null;
  private readonly started: number;
  private unsubscribe: (() => void) | null = null;
  private ended = false;
  private readonly logged = new Set<string>();

  constructor(
    private readonly conn: ScormConnection,
    private readonly options: LmsSessionOptions,
  ) {
    this.ids = [...new Set(options.vignetteIds)];
    this.started = this.now();
    this.mastery =
      parseMasteryScore(conn.get('cmi.student_data.mastery_score', true)) ?? DEFAULT_MASTERY_SCORE;
    this.lmsStatus = conn.get('cmi.core.lesson_status', true);
    this.lmsRaw = conn.get('cmi.core.score.raw', true);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Logs each distinct message once per page. */
  private log(message: string): void {
    if (this.logged.has(message)) return;
    this.logged.add(message);
    (
      this.options.log ??
      ((m: string) => {
        console.warn(m);
      })
    )(message);
  }

  /**
   * Loads cmi.suspend_data into $progress. Empty suspend data means a new attempt: progress
   * starts empty (this browser may hold another learner's progress on this LMS). Data that does
   * not decode and validate is ignored with a warning, and $progress is left as it is.
   */
  restoreResumeState(): RestoreOutcome {
    const data = this.conn.get('cmi.suspend_data');
    if (data === null) {
      this.log('[lms] cmi.suspend_data could not be read; progress in this browser is kept.');
      return (this.restore = 'unreadable');
    }
    if (data === '') {
      $progress.set(emptyProgress());
      return (this.restore = 'fresh');
    }
    const decoded = decodeResume(data, { vignetteIds: this.ids });
    if (!decoded.ok) {
      this.log(
        `[lms] The saved resume data was not used (${decoded.reason}); progress in this browser is kept.`,
      );
      return (this.restore = 'invalid');
    }
    if (decoded.unresolved > 0) {
      this.log(`[lms] ${decoded.unresolved} saved case record(s) belong to cases no longer in this module.`);
    }
    $progress.set(mergeResume($progress.get(), decoded.state));
    return (this.restore = 'restored');
  }

  private put(element: string, value: string): boolean {
    if (this.sent.get(element) === value) return false;
    if (this.conn.set(element, value)) this.sent.set(element, value);
    return true;
  }

  /** Sends score, status and resume state for the current progress; commits if anything changed. */
  report(): void {
    if (this.ended) return;
    const progress = $progress.get();
    const r = computeReport(progress, this.ids, this.mastery);
    const raw = higherScore(this.lmsRaw, r.raw);
    const status = higherStatus(this.lmsStatus, r.status);
    const resume = encodeResume(progress, {
      vignetteIds: this.ids,
      rulesetVersion: RULESET_VERSION,
      log: (m) => {
        this.log(m);
      },
    });
    let changed = false;
    changed = this.put('cmi.core.score.min', '0') || changed;
    changed = this.put('cmi.core.score.max', '100') || changed;
    changed = this.put('cmi.core.score.raw', String(raw)) || changed;
    changed = this.put('cmi.core.lesson_status', status) || changed;
    changed = this.put('cmi.suspend_data', resume.text) || changed;
    changed = this.put('cmi.core.exit', 'suspend') || changed;
    this.lmsRaw = String(raw);
    this.lmsStatus = status;
    if (changed) this.conn.commit();
  }

  setVignetteIds(ids: readonly string[]): void {
    const next = [...new Set([...this.ids, ...ids])];
    if (next.length === this.ids.length) return;
    this.ids = next;
    this.report();
  }

  get vignetteIds(): readonly string[] {
    return this.ids;
  }

  /** Reports now and on every change of progress. */
  start(): void {
    this.ended = false;
    this.unsubscribe?.();
    this.unsubscribe = $progress.subscribe(() => {
      this.report();
    });
  }

  /** Final report, session time, exit "suspend", commit and LMSFinish. */
  end(): void {
    if (this.ended) return;
    this.report();
    this.ended = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.conn.set('cmi.core.session_time', scormTimespan(this.now() - this.started));
    this.conn.set('cmi.core.exit', 'suspend');
    this.conn.commit();
    this.conn.finish();
  }

  /** After the page returns from the back-forward cache: open the session again. */
  resume(): void {
    if (!this.ended) return;
    if (!this.conn.initialize()) return;
    this.sent.clear();
    this.start();
  }
}

/** Opens an LMS session for this page, or returns null when LMSInitialize fails. */
export function startLmsSession(api: Scorm12Api, options: LmsSessionOptions): LmsSession | null {
  const conn = new ScormConnection(api, options.log);
  if (!conn.initialize()) return null;
  const session = new LmsSession(conn, options);
  session.restoreResumeState();
  session.start();
  const win = options.win === undefined ? (typeof window === 'undefined' ? null : window) : options.win;
  win?.addEventListener('pagehide', () => {
    session.end();
  });
  win?.addEventListener('pageshow', (e: Event) => {
    if ((e as PageTransitionEvent).persisted) session.resume();
  });
  return session;
}
