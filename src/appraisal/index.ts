export { evidenceFor, shapeFor, type Evidence, type Shape } from './evidence.ts';
export { appraisalTable, joinJudgements, type AppraisalRow, type AppraisalTable } from './table.ts';
export { COLUMNS, readableColumns, shownValue, sortRows, type CellValue, type Column } from './columns.ts';
export { toCsv } from './csv.ts';
export { toMarkdown } from './markdown.ts';
export { toText } from './text.ts';
