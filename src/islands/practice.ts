// The graded practice islands (case exercises and chapter self-checks) as one browser entry, so a
// page with both loads one small entry file instead of one per island. Their code is in the core
// chunk every island page loads (astro.config.mjs).
export { default as Exercise } from './Exercise.tsx';
export { default as SelfCheck } from './SelfCheck.tsx';
