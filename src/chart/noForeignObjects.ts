import { selection } from 'd3-selection';

type Patternify = ((this: unknown, params: { tag: string }) => unknown) & { skipsForeignObjects?: true };
type Filterable = { filter(keep: () => boolean): unknown };

/**
 * d3-org-chart builds, for every node, two foreignObjects holding HTML divs (node content and fold button) through a
 * `patternify` helper it installs on d3's selection prototype each time a chart is constructed. We draw nodes and
 * buttons as native SVG, so those elements are only cost: after constructing a chart, this wraps the helper so that
 * foreignObject and xhtml parts come back as empty selections (every later call on them is a no-op).
 */
export function skipForeignObjects(): void {
  const proto = selection.prototype as unknown as { patternify?: Patternify };
  const original = proto.patternify;
  if (!original || original.skipsForeignObjects) return;
  const wrapped: Patternify = function (this: unknown, params) {
    if (params.tag === 'foreignObject' || params.tag.startsWith('xhtml:')) return (this as Filterable).filter(() => false);
    return original.call(this, params);
  };
  wrapped.skipsForeignObjects = true;
  proto.patternify = wrapped;
}
