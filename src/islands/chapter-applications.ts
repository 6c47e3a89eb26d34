// The Chapter 3 islands as one browser entry: the chapter hydrates both from this module, so
// its island code is one file and not a re-export stub per island plus a shared chunk.
export { default as TreatmentTimeline } from './TreatmentTimeline.tsx';
export { default as EsketamineCheck } from './EsketamineCheck.tsx';
