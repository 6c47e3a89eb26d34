// The Chapter 2 islands as one browser entry: the chapter hydrates all five from this module, so
// its island code is one file and not a re-export stub per island plus a shared chunk.
export { default as ConvergenceMap } from './ConvergenceMap.tsx';
export { default as HpaFeedback } from './HpaFeedback.tsx';
export { default as DisinhibitionCircuit } from './DisinhibitionCircuit.tsx';
export { default as OccupancyExplorer } from './OccupancyExplorer.tsx';
export { default as TryptophanShunt } from './TryptophanShunt.tsx';
