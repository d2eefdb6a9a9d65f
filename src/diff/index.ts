export { diffStructures, type AccountableChange, type ChangedField, type ChangedNode, type LinkRef, type MovedNode, type StructureDiff } from './diff.ts';
export { changeMarks, type ChangeMark } from './marks.ts';
export { diffCounts, type DiffCounts } from './counts.ts';
