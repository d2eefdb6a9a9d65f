export { renderStructureSvg } from './structure.ts';
export { renderComparisonSvg } from './comparison.ts';
export type { ExportOptions } from './options.ts';
export { PAGE_SIZES, type PageSize } from './page.ts';
