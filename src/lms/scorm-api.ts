// A small typed SCORM 1.2 run-time adapter (content side). It finds the LMS's API object the
// way the SCORM 1.2 Run-Time Environment describes (walk window.parent up to a bounded depth,
// then the opener's chain; see find-api.ts) and wraps the eight API calls with error handling.
// Nothing here runs unless an island asks for it, and finding no API costs one property read.
import { ERROR_GENERAL, type Scorm12Api } from './find-api.ts';

export {
  ERROR_GENERAL,
  MAX_API_SEARCH_DEPTH,
  findApiInChain,
  findScormApi,
  type Scorm12Api,
} from './find-api.ts';

/** Some LMSs return booleans or numbers where SCORM 1.2 says strings ("true", "0"). */
const text = (v: unknown): string => String(v);

export interface ScormError {
  call: string;
  code: string;
  message: string;
  diagnostic: string;
}

/**
 * A connection to one API object. Every call returns a plain value and never throws: an API
 * that throws or answers "false" is recorded in `lastError` (with the LMS's error string and
 * diagnostic) and reported once per call site on the console.
 */
export class ScormConnection {
  lastError: ScormError | null = null;
  private warned = new Set<string>();

  constructor(
    readonly api: Scorm12Api,
    private readonly log: (message: string) => void = (m) => {
      console.warn(m);
    },
  ) {}

  /** The LMS's last error code ('' when the call itself fails). */
  private lastCode(): string {
    try {
      return text(this.api.LMSGetLastError());
    } catch {
      return '';
    }
  }

  private errorFor(call: string, code = this.lastCode()): ScormError {
    let message = '';
    let diagnostic = '';
    try {
      message = text(this.api.LMSGetErrorString(code));
      diagnostic = text(this.api.LMSGetDiagnostic(code));
    } catch {
      // An API without working error calls still gets its failure recorded.
    }
    return { call, code, message, diagnostic };
  }

  private fail(call: string, error: ScormError): void {
    this.lastError = error;
    if (!this.warned.has(call)) {
      this.warned.add(call);
      this.log(`[lms] ${call} failed: ${error.code || '?'} ${error.message} ${error.diagnostic}`.trim());
    }
  }

  private run(call: string, fn: () => string): { ok: boolean; value: string } {
    let value: string;
    try {
      value = text(fn());
    } catch (e) {
      this.fail(call, {
        call,
        code: '',
        message: e instanceof Error ? e.message : String(e),
        diagnostic: '',
      });
      return { ok: false, value: '' };
    }
    return { ok: true, value };
  }

  /** LMSInitialize(""). True when the session is open (also when an LMS says it already was). */
  initialize(): boolean {
    const r = this.run('LMSInitialize', () => this.api.LMSInitialize(''));
    if (!r.ok) return false;
    if (r.value === 'true') return true;
    const code = this.lastCode();
    // A second LMSInitialize in one session (e.g. after a page change) is error 101; the
    // session is still open and usable (later calls report their own errors if it is not).
    if (code === ERROR_GENERAL) return true;
    this.fail('LMSInitialize', this.errorFor('LMSInitialize', code));
    return false;
  }

  /** LMSGetValue: the value, or null when the LMS reports an error (not logged when `quiet`). */
  get(element: string, quiet = false): string | null {
    const r = this.run(`LMSGetValue(${element})`, () => this.api.LMSGetValue(element));
    if (!r.ok) return null;
    const code = this.lastCode();
    if (code !== '' && code !== '0') {
      if (quiet) this.lastError = this.errorFor(`LMSGetValue(${element})`, code);
      else this.fail(`LMSGetValue(${element})`, this.errorFor(`LMSGetValue(${element})`, code));
      return null;
    }
    return r.value;
  }

  set(element: string, value: string): boolean {
    const r = this.run(`LMSSetValue(${element})`, () => this.api.LMSSetValue(element, value));
    if (r.ok && r.value === 'true') return true;
    if (r.ok) this.fail(`LMSSetValue(${element})`, this.errorFor(`LMSSetValue(${element})`));
    return false;
  }

  commit(): boolean {
    const r = this.run('LMSCommit', () => this.api.LMSCommit(''));
    if (r.ok && r.value === 'true') return true;
    if (r.ok) this.fail('LMSCommit', this.errorFor('LMSCommit'));
    return false;
  }

  finish(): boolean {
    const r = this.run('LMSFinish', () => this.api.LMSFinish(''));
    if (r.ok && r.value === 'true') return true;
    if (r.ok) this.fail('LMSFinish', this.errorFor('LMSFinish'));
    return false;
  }
}

/** A duration as SCORM 1.2's CMITimespan, HHHH:MM:SS.SS (hours capped at 9999). */
export function scormTimespan(ms: number): string {
  const cs = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 10));
  const hours = Math.min(9999, Math.floor(cs / 360_000));
  const minutes = Math.floor((cs % 360_000) / 6000);
  const seconds = (cs % 6000) / 100;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}
