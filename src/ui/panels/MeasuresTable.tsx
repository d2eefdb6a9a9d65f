import type { Structure } from '../../model/types.ts';
import type { Measures } from '../../model/measures.ts';
import { measuresOf } from '../../store/selectors.ts';
import { namesIn } from '../../words/index.ts';

interface Row {
  label: string;
  value: (m: Measures, s: Structure) => string;
}

const functionName = (s: Structure, id: string) => s.functions?.find((f) => f.id === id)?.name ?? id;

const ROWS: Row[] = [
  { label: 'Nodes', value: (m) => String(m.nodes) },
  { label: 'Layers (deepest line)', value: (m) => String(m.layers) },
  { label: 'Organisations (roots)', value: (m, s) => `${m.roots.length}: ${m.roots.map((r) => namesIn(s).node(r)).join(', ')}` },
  { label: 'Widest span', value: (m, s) => (m.span.maxNode ? `${m.span.max} (${namesIn(s).node(m.span.maxNode)})` : '0') },
  { label: 'Median span', value: (m) => String(m.span.median) },
  { label: 'Accountability gaps', value: (m, s) => (m.gaps.length === 0 ? 'none' : `${m.gaps.length}: ${m.gaps.map((g) => functionName(s, g)).join(', ')}`) },
  {
    label: 'Statutory functions outside home',
    value: (m) => {
      const outside = m.chains.filter((c) => c.flag === 'outside-home');
      return outside.length === 0 ? 'none' : outside.map((c) => c.name).join(', ');
    },
  },
];

export function MeasuresTable({ a, b }: { a: Structure; b: Structure }) {
  const ma = measuresOf(a);
  const mb = measuresOf(b);
  return (
    <section className="measures" aria-labelledby="measures-heading">
      <h3 id="measures-heading">Measures</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">{a.title}</th>
            <th scope="col">{b.title}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{r.value(ma, a)}</td>
              <td>{r.value(mb, b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
