export { renderStructurePages, renderStructureSvg } from './structure.ts';
export { renderComparisonPages, renderComparisonSvg } from './comparison.ts';
export type { ExportOptions } from './options.ts';
export { ORIENTATIONS, PAGE_SIZES, type Orientation, type PageSize } from './page.ts';
