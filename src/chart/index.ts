export { createOrgChart } from './createOrgChart.ts';
export type { OrgChartController, ViewTransform } from './createOrgChart.ts';
export { LINK_STYLES, MARK_STYLES, NODE_KIND_STYLES } from './styles.ts';
export type { ChangeMark } from './styles.ts';
