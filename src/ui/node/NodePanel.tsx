import { own } from '../../model/own.ts';
import type { OrgNode, Structure } from '../../model/types.ts';
import { useAppStore } from '../../store/index.ts';
import { selectCurrency, selectSelected, selectWorkspace } from '../../store/selectors.ts';
import { StaffingDetails } from '../people/StaffingDetails.tsx';
import { namesIn } from '../../words/index.ts';
import { selectEditTarget } from './editTarget.ts';
import { EditorDialogs, useEditor, type Editor, type PlainEditor } from './NodeActions.tsx';

function Links({ s, node, open }: { s: Structure; node: OrgNode; open: (e: Editor) => void }) {
  const links = (s.links ?? []).filter((l) => l.from === node.id || l.to === node.id);
  return (
    <section aria-label="Links">
      <h3>Links ({links.length})</h3>
      {links.length === 0 ? <p className="none">No links.</p> : null}
      <ul className="detail-list">
        {links.map((l) => {
          const out = l.from === node.id;
          const other = namesIn(s).node(out ? l.to : l.from);
          const text = `${l.kind} link ${out ? 'to' : 'from'} ${other}`;
          return (
            <li key={`${l.kind}/${l.from}/${l.to}`}>
              <span>
                <span className={`link-kind link-${l.kind}`}>{l.kind}</span> {out ? 'to' : 'from'} {other}
              </span>
              <button type="button" className="small" aria-label={`Remove ${text}`} onClick={() => open({ kind: 'unlink', link: l })}>
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => open({ kind: 'link' })}>
        Add link…
      </button>
    </section>
  );
}

function Accountability({ s, node, open }: { s: Structure; node: OrgNode; open: (e: Editor) => void }) {
  const mine = (s.functions ?? []).filter((f) => own(s.accountable, f.id) === node.id);
  return (
    <section aria-label="Accountability">
      <h3>Accountable for ({mine.length})</h3>
      {mine.length === 0 ? <p className="none">No functions.</p> : null}
      <ul className="detail-list">
        {mine.map((f) => (
          <li key={f.id}>
            <span>
              {f.name}
              {f.statutory ? <span className="tag">statutory</span> : null}
            </span>
            <button type="button" className="small" aria-label={`Clear accountability for ${f.name}`} onClick={() => open({ kind: 'clear', fn: f.id, fnName: f.name })}>
              Clear
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => open({ kind: 'assign' })} disabled={(s.functions ?? []).length === mine.length}>
        Assign function…
      </button>
    </section>
  );
}

/**
 * The selected node in the pane last used: its details, links and accountabilities, and every editor for it
 * (add post or unit under it, edit details, move, merge, remove, links, accountability), each a dialog.
 */
export function NodePanel() {
  const selected = useAppStore(selectSelected);
  const structure = useAppStore(selectEditTarget);
  const isBaseline = useAppStore((s) => structure?.id === selectWorkspace(s).baseline.id);
  const [editor, setEditor] = useEditor();
  const currency = useAppStore(selectCurrency);
  const node = selected && structure ? structure.nodes.find((n) => n.id === selected) : undefined;
  if (!structure || !node) {
    return (
      <section className="panel node-panel" aria-labelledby="node-heading">
        <h2 id="node-heading">Details</h2>
        <p className="none">Select a unit or post in a pane (click it, or use Find unit) to see and edit it here.</p>
      </section>
    );
  }
  const reports = structure.nodes.filter((n) => n.manager === node.id).length;
  const open = (e: Editor) => setEditor(e);
  const action = (kind: PlainEditor, label: string, danger = false) => (
    <button type="button" className={danger ? 'danger' : undefined} onClick={() => open({ kind })}>
      {label}
    </button>
  );
  return (
    <section className="panel node-panel" aria-labelledby="node-heading">
      <h2 id="node-heading">Details: {node.name}</h2>
      <p className="panel-sub">
        In {structure.title}
        {isBaseline ? ': the baseline is not changed, so a change here starts a new option.' : '.'}
      </p>
      <dl className="details">
        <dt>Kind</dt>
        <dd>{node.kind}</dd>
        <dt>Holder</dt>
        <dd>{node.holder === null ? 'Vacant' : (node.holder ?? 'not recorded')}</dd>
        <dt>Manager</dt>
        <dd>{namesIn(structure).manager(node.manager ?? null)}</dd>
        <dt>Direct reports</dt>
        <dd>{reports}</dd>
        {node.note ? (
          <>
            <dt>Note</dt>
            <dd>{node.note}</dd>
          </>
        ) : null}
      </dl>
      <StaffingDetails structure={structure} node={node} currency={currency} />
      <div className="node-actions" role="group" aria-label={`Edit ${node.name}`}>
        {action('add-post', 'Add post')}
        {action('add-unit', 'Add unit')}
        {action('edit', 'Edit details')}
        {action('move', 'Move to…')}
        {action('merge', 'Merge into…')}
        {action('remove', 'Remove', true)}
      </div>
      <Links s={structure} node={node} open={open} />
      <Accountability s={structure} node={node} open={open} />
      <EditorDialogs structure={structure} node={node.id} editor={editor} close={() => setEditor(null)} />
    </section>
  );
}
