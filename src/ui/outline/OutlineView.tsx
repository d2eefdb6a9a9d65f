import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ChangeMark } from '../../diff/index.ts';
import type { NodeId, Structure } from '../../model/types.ts';
import { nodeIndex } from '../../model/queries.ts';
import { markWords, nodeSpeechParts } from '../../words/chart.ts';
import { outlineLabel } from '../../words/panes.ts';
import { namesIn } from '../../words/names.ts';
import { childrenIndex } from '../../model/queries.ts';
import { initialExpanded, outlineRows } from './outlineRows.ts';
import './outline.css';

export interface OutlineViewProps {
  structure: Structure;
  marks: ReadonlyMap<NodeId, ChangeMark>;
  selected: NodeId | null;
  onSelect(id: NodeId): void;
}

/**
 * The text alternative to a pane's chart (WCAG 2.2 1.1.1, 2.1.1): an ARIA tree with one treeitem per visible
 * node, keyboard per the APG tree pattern (up/down move, right opens or goes to the first report, left closes or
 * goes to the line manager, Home/End, Enter or Space selects). Each item's text is the chart box's accessible name
 * (name, kind, holder, line manager, change mark in words, reports), so the chart and the outline say the same. Printable as it stands.
 */
export function OutlineView({ structure, marks, selected, onSelect }: OutlineViewProps) {
  const index = useMemo(() => nodeIndex(structure), [structure]);
  const names = namesIn(structure);
  const children = useMemo(() => childrenIndex(structure.nodes), [structure]);
  const [expanded, setExpanded] = useState<Set<NodeId>>(() => initialExpanded(structure, 2, [...marks.keys(), ...(selected ? [selected] : [])]));
  const rows = useMemo(() => outlineRows(structure, expanded), [structure, expanded]);
  const [active, setActive] = useState<NodeId | null>(selected);
  const activeId = rows.some((r) => r.node.id === active) ? active : (rows[0]?.node.id ?? null);
  const items = useRef(new Map<NodeId, HTMLLIElement>());
  const moved = useRef(false);

  useEffect(() => {
    if (selected === null || !index.has(selected)) return;
    setExpanded((open) => {
      const path = initialExpanded(structure, 0, [selected]);
      if ([...path].every((id) => open.has(id))) return open;
      return new Set([...open, ...path]);
    });
    setActive(selected);
  }, [selected, index, structure]);

  useEffect(() => {
    if (!moved.current || activeId === null) return;
    moved.current = false;
    items.current.get(activeId)?.focus();
  }, [activeId, rows]);

  const focusRow = (id: NodeId | null | undefined) => {
    if (id == null) return;
    moved.current = true;
    setActive(id);
  };
  const toggle = (id: NodeId, open: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const at = rows.findIndex((r) => r.node.id === activeId);
    const row = rows[at];
    if (!row) return;
    switch (e.key) {
      case 'ArrowDown': focusRow(rows[at + 1]?.node.id); break;
      case 'ArrowUp': focusRow(rows[at - 1]?.node.id); break;
      case 'Home': focusRow(rows[0]?.node.id); break;
      case 'End': focusRow(rows.at(-1)?.node.id); break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) toggle(row.node.id, true);
        else if (row.expanded) focusRow(rows[at + 1]?.node.id);
        break;
      case 'ArrowLeft':
        if (row.expanded) toggle(row.node.id, false);
        else focusRow(row.parent);
        break;
      case 'Enter':
      case ' ':
        onSelect(row.node.id);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <ul role="tree" aria-label={outlineLabel(structure.title)} className="outline" onKeyDown={onKeyDown}>
      {rows.map((r) => {
        const id = r.node.id;
        const mark = marks.get(id) ?? 'unchanged';
        const manager = r.node.manager != null && index.has(r.node.manager) ? names.node(r.node.manager) : null;
        const markPart = markWords(mark);
        const [name, ...rest] = nodeSpeechParts({
          name: r.node.name, kind: r.node.kind, holder: r.node.holder, manager, mark, reports: children.get(id)?.length ?? 0,
        });
        return (
          <li
            key={id}
            ref={(el) => {
              if (el) items.current.set(id, el);
              else items.current.delete(id);
            }}
            role="treeitem"
            aria-level={r.level}
            aria-posinset={r.posInSet}
            aria-setsize={r.setSize}
            aria-expanded={r.hasChildren ? r.expanded : undefined}
            aria-selected={selected === id}
            tabIndex={id === activeId ? 0 : -1}
            data-node-id={id}
            data-change={mark}
            className="outline-item"
            style={{ paddingInlineStart: `${(r.level - 1) * 1.25}rem` }}
            onClick={() => {
              setActive(id);
              onSelect(id);
            }}
          >
            <span
              className="outline-twisty"
              aria-hidden="true"
              onClick={(e) => {
                e.stopPropagation();
                if (r.hasChildren) toggle(id, !r.expanded);
              }}
            >
              {r.hasChildren ? (r.expanded ? '▾' : '▸') : '·'}
            </span>
            <bdi dir="auto" className="outline-name">{name}</bdi>
            {rest.map((part, i) => (
              <span key={i} className={part === markPart ? `outline-mark outline-mark-${mark}` : undefined}>
                , <bdi dir="auto">{part}</bdi>
              </span>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
