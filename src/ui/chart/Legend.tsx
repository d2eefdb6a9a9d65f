import { LINK_STYLES, MARK_STYLES, NODE_KIND_STYLES } from '../../chart/index.ts';
import { LINK_KINDS, NODE_KINDS } from '../../model/types.ts';
import { LEGEND } from '../../words/panes.ts';

const MARK_KEYS = ['added', 'moved', 'changed', 'removed'] as const;
const swatch = { width: 44, height: 22 } as const;
const listStyle = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 } as const;
const itemStyle = { display: 'flex', alignItems: 'center', gap: 8, fontSize: 13 } as const;

/** Key to the charts: node kinds, link kinds and change marks, drawn with the chart's own styles. */
export function Legend({ showMarks = true }: { showMarks?: boolean }) {
  return (
    <section className="chart-legend" aria-label={LEGEND.heading} style={{ display: 'grid', gap: 10 }}>
      <div>
        <h3 style={{ fontSize: 13, margin: '0 0 4px' }}>{LEGEND.boxes}</h3>
        <ul style={listStyle}>
          {NODE_KINDS.map((kind) => {
            const k = NODE_KIND_STYLES[kind];
            return (
              <li key={kind} style={itemStyle} data-legend-kind={kind}>
                <svg {...swatch} aria-hidden="true">
                  <rect x={2} y={2} width={40} height={18} rx={k.rx >= 20 ? 9 : Math.min(k.rx, 5)} fill={k.fill} stroke={k.stroke} strokeWidth={1.2} />
                  {(kind === 'post' || kind === 'unit') && <rect x={2.6} y={2.6} width={4} height={16.8} fill={k.accent} />}
                </svg>
                <span>{k.label}</span>
              </li>
            );
          })}
        </ul>
      </div>
      <div>
        <h3 style={{ fontSize: 13, margin: '0 0 4px' }}>{LEGEND.lines}</h3>
        <ul style={listStyle}>
          <li style={itemStyle} data-legend-link="line">
            <svg {...swatch} aria-hidden="true"><line x1={2} y1={11} x2={42} y2={11} stroke="#9aa5b1" strokeWidth={1.5} /></svg>
            <span>{LEGEND.lineManagement}</span>
          </li>
          {LINK_KINDS.map((kind) => {
            const s = LINK_STYLES[kind];
            return (
              <li key={kind} style={itemStyle} data-legend-link={kind}>
                <svg {...swatch} aria-hidden="true">
                  <line x1={2} y1={11} x2={42} y2={11} stroke={s.colour} strokeWidth={s.width} strokeDasharray={s.dash} strokeLinecap="round" />
                </svg>
                <span>{s.label}</span>
              </li>
            );
          })}
        </ul>
      </div>
      {showMarks && (
        <div>
          <h3 style={{ fontSize: 13, margin: '0 0 4px' }}>{LEGEND.changes}</h3>
          <ul style={listStyle}>
            {MARK_KEYS.map((mark) => {
              const m = MARK_STYLES[mark];
              return (
                <li key={mark} style={itemStyle} data-legend-mark={mark}>
                  <svg {...swatch} aria-hidden="true">
                    <rect x={2} y={4} width={40} height={16} rx={3} fill="#fff" stroke={m.colour} strokeWidth={2.5} strokeDasharray={m.dash ?? undefined} />
                  </svg>
                  <span>
                    <strong style={{ color: m.colour, fontSize: 11, letterSpacing: 0.5 }}>{m.badge}</strong> {m.label}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
