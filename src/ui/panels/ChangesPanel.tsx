import type { FunctionId, NodeId, Structure } from '../../model/types.ts';
import type { ChangedNode, LinkRef } from '../../diff/index.ts';
import { peopleValue } from '../../words/money.ts';
import type { Comparison } from '../../store/selectors.ts';
import { selectComparison, selectCurrency, selectLeftStructure, selectRightStructure } from '../../store/selectors.ts';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { managerName, nameLookup, nodeName, nodeOf } from '../../store/names.ts';
import { ChangeGroup } from './ChangeGroup.tsx';
import { ChangeRow } from './ChangeRow.tsx';
import { MeasuresTable } from './MeasuresTable.tsx';

const FIELD_LABEL = { name: 'name', holder: 'holder', kind: 'kind', grade: 'grade', fte: 'FTE', pay: 'pay' } as const;

function functionInfo(a: Structure, b: Structure, id: FunctionId): { name: string; statutory: boolean } {
  const f = b.functions?.find((x) => x.id === id) ?? a.functions?.find((x) => x.id === id);
  return { name: f?.name ?? id, statutory: f?.statutory ?? false };
}

/** The from/to of one changed field, worded for its field. */
function changedTexts(ch: ChangedNode, currency: string): [string, string] {
  switch (ch.field) {
    case 'holder':
      return [ch.from ?? 'Vacant', ch.to ?? 'Vacant'];
    case 'fte':
    case 'pay':
      return [peopleValue(ch.from, currency), peopleValue(ch.to, currency)];
    default:
      return [ch.from ?? 'none', ch.to ?? 'none'];
  }
}

/** Links added (named in the right structure) or removed (named in the left). */
function LinkGroup({ title, links, s, pick }: { title: string; links: LinkRef[]; s: Structure; pick: (id: NodeId) => void }) {
  return (
    <ChangeGroup title={title} count={links.length}>
      {links.map((l) => (
        <ChangeRow key={`${l.kind}/${l.from}/${l.to}`} node={l.from} onPick={pick}>
          <span className={`link-kind link-${l.kind}`}>{l.kind}</span> {nodeName(s, l.from)} → {nodeName(s, l.to)}
        </ChangeRow>
      ))}
    </ChangeGroup>
  );
}

function Changes({ a, b, c, pick, currency }: { a: Structure; b: Structure; c: Comparison; pick: (id: NodeId) => void; currency: string }) {
  const { diff } = c;
  const name = nameLookup(b, a);
  const accountableName = (s: Structure, id: NodeId | null) => (id === null ? 'no one (gap)' : nodeName(s, id));
  return (
    <>
      <ChangeGroup title="Reporting lines" count={diff.moved.length}>
        {diff.moved.map((m) => (
          <ChangeRow key={m.node} node={m.node} onPick={pick}>
            <strong>{name(m.node)}</strong>: {managerName(a, m.from)} → {managerName(b, m.to)}
          </ChangeRow>
        ))}
      </ChangeGroup>
      <ChangeGroup title="Added" count={diff.added.length}>
        {diff.added.map((id) => (
          <ChangeRow key={id} node={id} onPick={pick}>
            <strong>{nodeName(b, id)}</strong>, reporting to {managerName(b, nodeOf(b, id)?.manager ?? null)}
          </ChangeRow>
        ))}
      </ChangeGroup>
      <ChangeGroup title="Removed" count={diff.removed.length}>
        {diff.removed.map((id) => (
          <ChangeRow key={id} node={id} onPick={pick}>
            <strong>{nodeName(a, id)}</strong>
          </ChangeRow>
        ))}
      </ChangeGroup>
      <ChangeGroup title="Changed" count={diff.changed.length}>
        {diff.changed.map((ch) => (
          <ChangeRow key={`${ch.node}/${ch.field}`} node={ch.node} onPick={pick}>
            <strong>{name(ch.node)}</strong> {FIELD_LABEL[ch.field]}: {changedTexts(ch, currency)[0]} → {changedTexts(ch, currency)[1]}
          </ChangeRow>
        ))}
      </ChangeGroup>
      <LinkGroup title="Links added" links={diff.links.added} s={b} pick={pick} />
      <LinkGroup title="Links removed" links={diff.links.removed} s={a} pick={pick} />
      <ChangeGroup title="Accountability" count={diff.accountable.length}>
        {diff.accountable.map((ac) => {
          const f = functionInfo(a, b, ac.function);
          return (
            <ChangeRow key={ac.function} node={ac.to ?? ac.from} onPick={pick}>
              <strong>{f.name}</strong>
              {f.statutory ? <span className="tag">statutory</span> : null}: {accountableName(a, ac.from)} → {accountableName(b, ac.to)}
              {ac.to === null ? <span className="flag">gap</span> : null}
            </ChangeRow>
          );
        })}
      </ChangeGroup>
    </>
  );
}

export function ChangesPanel() {
  const store = useAppStoreApi();
  const comparison = useAppStore(selectComparison);
  const a = useAppStore(selectLeftStructure);
  const b = useAppStore(selectRightStructure);
  const currency = useAppStore(selectCurrency);
  const pick = (id: NodeId) => store.getState().select(id, true);
  return (
    <section className="panel changes-panel" aria-labelledby="changes-heading">
      <h2 id="changes-heading">Changes</h2>
      {a && b && comparison ? (
        <>
          <p className="panel-sub">
            From <em>{a.title}</em> to <em>{b.title}</em>
          </p>
          <Changes a={a} b={b} c={comparison} pick={pick} currency={currency} />
          <MeasuresTable a={a} b={b} />
        </>
      ) : (
        <p>Choose two structures that can be resolved to compare them.</p>
      )}
    </section>
  );
}
