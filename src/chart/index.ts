export { createOrgChart } from './createOrgChart.ts';
export type { OrgChartCallbacks, OrgChartController, OrgChartInput, ViewTransform } from './createOrgChart.ts';
export { CHANGE_MARKS, LINK_STYLES, MARK_STYLES, NODE_KIND_STYLES, SELECTION_COLOUR } from './styles.ts';
export type { ChangeMark, LinkStyle, MarkStyle, NodeKindStyle } from './styles.ts';
