export { CRITERIA_IN_ORDER, CRITERION_LABELS, criterionHeading, type CriterionLabel } from './criteria.ts';
export { evidenceFor, structureEvidence, type Disruption, type Evidence, type HeldOutside, type Named } from './evidence.ts';
export { inferLead } from './lead.ts';
export { appraisalTable, joinJudgements, type AppraisalRow, type AppraisalTable } from './table.ts';
export { COLUMNS, compareCells, sortRows, type CellValue, type Column } from './columns.ts';
export { csvField, toCsv } from './csv.ts';
export { markdownCell, toMarkdown } from './markdown.ts';
export { toText } from './text.ts';
