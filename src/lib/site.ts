// Site-wide constants shared by layouts and pages.
export const SITE_TITLE = 'Treatment-Resistant Depression';
export const SITE_SUBTITLE = 'An interactive module for medical students and residents';
export const DISCLAIMER =
  'This module teaches how treatment resistance is defined, measured and managed; it is not clinical advice and must not be used to make decisions about a real patient.';

export interface NavItem {
  href: string;
  label: string;
}
export const NAV: NavItem[] = [
  { href: '/chapters/', label: 'Chapters' },
  { href: '/cases/', label: 'Case library' },
  { href: '/progress/', label: 'Progress' },
  { href: '/educators/', label: 'For educators' },
];

/** Normalises a path for comparison ("/cases" and "/cases/" are the same page). */
export function samePath(a: string, b: string): boolean {
  const n = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return n(a) === n(b);
}
