export { renderStructurePages, renderStructureSvg } from './structure.ts';
export { renderComparisonPages, renderComparisonSvg } from './comparison.ts';
export type { ExportOptions } from './options.ts';
export { ORIENTATIONS, PAGE_SIZES, PAGE_MM, type Orientation, type PageSize } from './page.ts';
export { escapeXml } from './escape.ts';
export { textWidth, wrapText } from './text.ts';
export { numberChanges, type NumberedChange } from './changes.ts';
