// The islands' single entry point to LMS reporting. `ensureLmsSync()` looks for a SCORM 1.2
// API once per page; on the open web there is none, and the call costs a couple of property
// reads. Only when an LMS is present is the session code (resume-state codec, compression)
// loaded, so the web build never downloads it.
import { findScormApi } from './find-api.ts';
import type { LmsSession } from './lms-session.ts';

/** `package:scorm` writes every case id of the build into each page as this meta element. */
export const VIGNETTE_IDS_META = 'trd-vignette-ids';

let searched = false;
let ids: string[] = [];
let session: Promise<LmsSession | null> = Promise.resolve(null);

/** The case ids the SCORM packager wrote into the page (empty on the web build). */
export function vignetteIdsFromPage(doc: Document | undefined = globalThis.document): string[] {
  const content = doc?.querySelector(`meta[name="${VIGNETTE_IDS_META}"]`)?.getAttribute('content') ?? '';
  return content.split(/\s+/).filter(Boolean);
}

/**
 * Starts LMS reporting for this page if the page runs inside an LMS (first call only; later
 * calls may add case ids). `vignetteIds`: every case id in the build, when the caller knows them.
 */
export function ensureLmsSync(vignetteIds?: readonly string[]): void {
  if (typeof window === 'undefined') return;
  if (vignetteIds && vignetteIds.length > 0) {
    ids = [...new Set([...ids, ...vignetteIds])];
    void session.then((s) => s?.setVignetteIds(ids));
  }
  if (searched) return;
  searched = true;
  const api = findScormApi(window);
  if (!api) return;
  ids = [...new Set([...ids, ...vignetteIdsFromPage(document)])];
  session = import('./lms-session.ts')
    .then((m) => m.startLmsSession(api, { vignetteIds: ids }))
    .catch((e: unknown) => {
      console.warn('[lms] LMS reporting could not start:', e);
      return null;
    });
}

/** The page's LMS session once it has started (null without an LMS). For tests and tools. */
export function lmsSession(): Promise<LmsSession | null> {
  return session;
}

/** Forgets this page's LMS state (tests only). */
export function resetLmsSyncForTests(): void {
  searched = false;
  ids = [];
  session = Promise.resolve(null);
}
