// d3-org-chart 3.1.1 ships no types; this declares the part of its API the adapter uses.
declare module 'd3-org-chart' {
  import type { Selection } from 'd3-selection';
  import type { ZoomBehavior } from 'd3-zoom';

  export interface OrgChartHierarchyNode<D> {
    id?: string;
    data: D;
    depth: number;
    x: number;
    y: number;
    width: number;
    height: number;
    parent: OrgChartHierarchyNode<D> | null;
    children?: OrgChartHierarchyNode<D>[] | null;
    _children?: OrgChartHierarchyNode<D>[] | null;
    descendants(): OrgChartHierarchyNode<D>[];
    ancestors(): OrgChartHierarchyNode<D>[];
  }

  /** The chart's internal state object (`getChartState()`), the fields the adapter reads. */
  export interface OrgChartState<D> {
    svg?: Selection<SVGSVGElement, unknown, null, undefined>;
    centerG?: Selection<SVGGElement, unknown, null, undefined>;
    chart?: Selection<SVGGElement, unknown, null, undefined>;
    nodesWrapper?: Selection<SVGGElement, unknown, null, undefined>;
    zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> | null;
    root?: OrgChartHierarchyNode<D>;
    allNodes?: OrgChartHierarchyNode<D>[];
    lastTransform: { x: number; y: number; k: number };
    svgWidth: number;
    svgHeight: number;
    duration: number;
    firstDraw: boolean;
  }

  export class OrgChart<D = unknown> {
    constructor();
    getChartState(): OrgChartState<D>;
    // Every option is a getter/setter pair; the setter returns the chart for chaining.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the library's untyped fluent configuration surface
    [option: string]: any;
    render(): this;
    update(node: OrgChartHierarchyNode<D>): void;
    clear(): void;
  }
}
