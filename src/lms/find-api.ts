// Finding the LMS's SCORM 1.2 API object as the Run-Time Environment describes: this window
// and up to MAX_API_SEARCH_DEPTH parents, then the opener's chain. Kept apart from the
// connection code (scorm-api.ts) because every island page loads it: it must stay tiny.

/** The API object an LMS exposes as `window.API` (SCORM 1.2 RTE, section 3.2). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(errorCode: string): string;
  LMSGetDiagnostic(errorCode: string): string;
}

/** How many parents to climb before giving up (the ADL sample code uses 7; LMSs nest a few). */
export const MAX_API_SEARCH_DEPTH = 10;

/** SCORM 1.2 error code 101 "General exception"; LMSs return it for a second LMSInitialize. */
export const ERROR_GENERAL = '101';

function isApi(value: unknown): value is Scorm12Api {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['LMSInitialize'] === 'function' &&
    typeof v['LMSGetValue'] === 'function' &&
    typeof v['LMSSetValue'] === 'function' &&
    typeof v['LMSCommit'] === 'function' &&
    typeof v['LMSFinish'] === 'function' &&
    typeof v['LMSGetLastError'] === 'function'
  );
}

/** Reads `win.API`, treating a cross-origin frame (which throws on access) as having none. */
function apiOf(win: Window): Scorm12Api | null {
  try {
    const api = (win as Window & { API?: unknown }).API;
    return isApi(api) ? api : null;
  } catch {
    return null;
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

/** Looks for `API` on `win` and its ancestors, climbing at most `maxDepth` parents. */
export function findApiInChain(win: Window | null, maxDepth = MAX_API_SEARCH_DEPTH): Scorm12Api | null {
  let w = win;
  for (let depth = 0; w && depth <= maxDepth; depth++) {
    const api = apiOf(w);
    if (api) return api;
    w = parentOf(w);
  }
  return null;
}

/**
 * The LMS's SCORM 1.2 API for this window, or null: first this window and its parents, then
 * the window that opened it (LMSs that launch content in a new window) and its parents.
 */
export function findScormApi(win: Window = window): Scorm12Api | null {
  const found = findApiInChain(win);
  if (found) return found;
  let opener: Window | null = null;
  try {
    opener = win.opener as Window | null;
  } catch {
    opener = null;
  }
  return opener ? findApiInChain(opener) : null;
}
