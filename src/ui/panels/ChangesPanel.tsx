import type { NodeId } from '../../model/types.ts';
import type { Comparison } from '../../store/selectors.ts';
import { selectComparison, selectCurrency, selectLeftStructure, selectRightStructure, selectStructure } from '../../store/selectors.ts';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import type { Structure } from '../../model/types.ts';
import { CHANGE_CATEGORIES, GROUP_TITLE, changeLines, changedCount, type ChangeLine } from '../../words/changes.ts';
import { namesIn } from '../../words/index.ts';
import { CostEffect, costEffectsOf, StaffingChange } from '../people/CostEffects.tsx';
import { CHANGES_PANEL } from '../../words/panels.ts';
import { ChangeGroup } from './ChangeGroup.tsx';
import { ChangeRow } from './ChangeRow.tsx';
import { MeasuresTable } from './MeasuresTable.tsx';
import { UserText } from '../words/UserText.tsx';
import { Words } from '../words/Words.tsx';

const rowKey = (line: ChangeLine): string => JSON.stringify(line.ref);

/** A tag beside a change ("statutory", "gap"): drawn as a badge, read as "(statutory)" so it never runs into the name beside it. */
function Tag({ className, word }: { className: string; word: string }) {
  return (
    <>
      {' '}
      <span className={className}>
        <span className="visually-hidden">(</span>
        {word}
        <span className="visually-hidden">)</span>
      </span>
    </>
  );
}

/** One change line: its subject in bold, then the rest, worded by src/words (the same words as the CLI and the exports). */
function Line({ line }: { line: ChangeLine }) {
  const rest = line.text.slice(line.subject.length);
  return (
    <>
      <strong className={'link' in line.ref ? `link-kind link-${line.ref.link.kind}` : undefined}>
        <Words text={line.subject} />
      </strong>
      {line.statutory ? <Tag className="tag" word={CHANGES_PANEL.statutory} /> : null}
      <Words text={rest} />
      {line.gap ? <Tag className="flag" word={CHANGES_PANEL.gap} /> : null}
    </>
  );
}

/** The row that carries a node's cost effect (people.md): its added or removed row, else its first FTE or pay row. */
function effectRows(lines: readonly ChangeLine[]): Set<ChangeLine> {
  const rows = new Set<ChangeLine>();
  const done = new Set<NodeId>();
  for (const line of lines) {
    const ref = line.ref;
    if (!('node' in ref) || done.has(ref.node)) continue;
    const costly = line.category === 'added' || line.category === 'removed' || ('field' in ref && (ref.field === 'fte' || ref.field === 'pay'));
    if (!costly) continue;
    rows.add(line);
    done.add(ref.node);
  }
  return rows;
}

function Changes({ a, b, c, pick, currency }: { a: Structure; b: Structure; c: Comparison; pick: (id: NodeId) => void; currency: string }) {
  const lines = changeLines(c.diff, a, b, { currency });
  const effects = costEffectsOf(a, b);
  const withEffect = effectRows(lines);
  return (
    <>
      <StaffingChange a={a} b={b} currency={currency} name={namesIn(a, b).node} />
      {CHANGE_CATEGORIES.map((category) => {
        const group = lines.filter((l) => l.category === category);
        const count = category === 'changed' && group.length > 0 ? changedCount(c.diff) : String(group.length);
        return (
          <ChangeGroup key={category} title={GROUP_TITLE[category]} count={count} empty={group.length === 0}>
            {group.map((line) => (
              <ChangeRow key={rowKey(line)} node={line.node} onPick={pick}>
                <Line line={line} />
                {withEffect.has(line) && line.node !== null ? <CostEffect effect={effects.get(line.node)} currency={currency} /> : null}
              </ChangeRow>
            ))}
          </ChangeGroup>
        );
      })}
    </>
  );
}

export function ChangesPanel() {
  const store = useAppStoreApi();
  const comparison = useAppStore(selectComparison);
  const a = useAppStore(selectLeftStructure);
  const b = useAppStore(selectRightStructure);
  const currency = useAppStore(selectCurrency);
  const baseline = useAppStore((s) => selectStructure(s, s.workspace.baseline.id));
  const appraisal = useAppStore((s) => s.workspace.appraisal);
  const pick = (id: NodeId) => store.getState().select(id, true);
  return (
    <section className="panel changes-panel" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{CHANGES_PANEL.heading}</h2>
      {a && b && baseline && comparison ? (
        <>
          <p className="panel-sub">
            {CHANGES_PANEL.from} <em><UserText text={a.title} /></em> {CHANGES_PANEL.to} <em><UserText text={b.title} /></em>
          </p>
          <Changes a={a} b={b} c={comparison} pick={pick} currency={currency} />
          <MeasuresTable a={a} b={b} baseline={baseline} appraisal={appraisal} />
        </>
      ) : (
        <p>{CHANGES_PANEL.nothing}</p>
      )}
    </section>
  );
}
