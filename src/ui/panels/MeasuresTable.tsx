import type { Structure } from '../../model/types.ts';
import type { Measures } from '../../model/measures.ts';
import { measuresOf } from '../../store/selectors.ts';
import { namesIn, type Names } from '../../words/index.ts';
import { UserText } from '../words/UserText.tsx';
import { Words } from '../words/Words.tsx';
import { countedNames, MEASURES, namesOrNone, widestSpan } from '../../words/staffing.ts';

interface Row {
  label: string;
  value: (m: Measures, names: Names) => string;
}

const ROWS: Row[] = [
  { label: MEASURES.nodes, value: (m) => String(m.nodes) },
  { label: MEASURES.layers, value: (m) => String(m.layers) },
  { label: MEASURES.organisations, value: (m, n) => countedNames(m.roots.map((r) => n.node(r))) },
  { label: MEASURES.widestSpan, value: (m, n) => widestSpan(m.span.max, m.span.maxNode ? n.node(m.span.maxNode) : null) },
  { label: MEASURES.medianSpan, value: (m) => String(m.span.median) },
  { label: MEASURES.gaps, value: (m, n) => countedNames(m.gaps.map((g) => n.function(g))) },
  { label: MEASURES.outsideHome, value: (m, n) => namesOrNone(m.chains.filter((c) => c.flag === 'outside-home').map((c) => n.function(c.function))) },
];

export function MeasuresTable({ a, b }: { a: Structure; b: Structure }) {
  const ma = measuresOf(a);
  const mb = measuresOf(b);
  const na = namesIn(a);
  const nb = namesIn(b);
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
                <Words text={r.value(ma, na)} />
              </td>
              <td>
                <Words text={r.value(mb, nb)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
