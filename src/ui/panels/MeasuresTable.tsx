import type { Structure, Workspace } from '../../model/types.ts';
import { shapeFor, type Shape } from '../../appraisal/index.ts';
import { measuresOf } from '../../store/selectors.ts';
import { namesIn, type Names } from '../../words/index.ts';
import { UserText } from '../words/UserText.tsx';
import { Words } from '../words/Words.tsx';
import { countedNames, largestSpan, MEASURES, namesOrNone } from '../../words/staffing.ts';

/** One structure's measures: the appraisal's (same definitions, same lead and home organisation), and its median span. */
interface Cells {
  shape: Shape;
  medianSpan: number;
  names: Names;
}

interface Row {
  label: string;
  value: (c: Cells) => string;
}

const ROWS: Row[] = [
  { label: MEASURES.nodes, value: (c) => String(c.shape.nodes) },
  { label: MEASURES.layers, value: (c) => String(c.shape.layers) },
  { label: MEASURES.organisations, value: (c) => countedNames(c.shape.organisations.map((o) => c.names.node(o.id))) },
  { label: MEASURES.largestSpan, value: (c) => largestSpan(c.shape.largestSpan.span, c.shape.largestSpan.node ? c.names.node(c.shape.largestSpan.node.id) : null) },
  { label: MEASURES.medianSpan, value: (c) => String(c.medianSpan) },
  { label: MEASURES.gaps, value: (c) => countedNames(c.shape.gaps.map((g) => c.names.function(g.id))) },
  { label: MEASURES.outsideHome, value: (c) => namesOrNone(c.shape.outsideHome.map((f) => c.names.function(f.id))) },
];

/**
 * Measures of the two structures compared, under the Changes panel. `baseline` is the workspace's resolved
 * baseline and `appraisal` its appraisal settings: with them each measure is the appraisal's own (src/appraisal).
 */
export function MeasuresTable({ a, b, baseline, appraisal }: { a: Structure; b: Structure; baseline: Structure; appraisal: Workspace['appraisal'] }) {
  const cells = (s: Structure): Cells => ({ shape: shapeFor({ appraisal }, baseline, s), medianSpan: measuresOf(s).span.median, names: namesIn(s) });
  const ca = cells(a);
  const cb = cells(b);
  return (
    <section className="measures" aria-labelledby="measures-heading">
      <h3 id="measures-heading">{MEASURES.heading}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{MEASURES.column}</th>
            <th scope="col">
              <UserText text={a.title} />
            </th>
            <th scope="col">
              <UserText text={b.title} />
            </th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>
                <Words text={r.value(ca)} />
              </td>
              <td>
                <Words text={r.value(cb)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
