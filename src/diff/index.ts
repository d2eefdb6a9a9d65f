export { diffStructures, type AccountableChange, type ChangedField, type ChangedNode, type LinkRef, type MovedNode, type StructureDiff } from './diff.ts';
export { changeMarks, type ChangeMark } from './marks.ts';
export { summariseDiff } from './summary.ts';
export { countsLine, diffCounts, type DiffCounts } from './counts.ts';
