import { ZOOM_WORDS } from '../../words/chart.ts';

export interface ZoomControlsProps {
  onZoomIn(): void;
  onZoomOut(): void;
  onReset(): void;
  onFit(): void;
}

/** Zoom in, Zoom out, Reset view and Fit, over the chart's top right corner; the pane also takes + − 0 from the keyboard. */
export function ZoomControls({ onZoomIn, onZoomOut, onReset, onFit }: ZoomControlsProps) {
  return (
    <div className="zoom-controls" role="group" aria-label={ZOOM_WORDS.group} title={ZOOM_WORDS.keys}>
      <button type="button" aria-label={ZOOM_WORDS.zoomIn} title={`${ZOOM_WORDS.zoomIn} (+)`} onClick={onZoomIn}>+</button>
      <button type="button" aria-label={ZOOM_WORDS.zoomOut} title={`${ZOOM_WORDS.zoomOut} (−)`} onClick={onZoomOut}>−</button>
      <button type="button" title={`${ZOOM_WORDS.reset} (0)`} onClick={onReset}>{ZOOM_WORDS.reset}</button>
      <button type="button" onClick={onFit}>{ZOOM_WORDS.fit}</button>
    </div>
  );
}

/** The zoom action of a key pressed in a pane, or null: + or = zooms in, − or _ out, 0 resets. */
export function zoomKey(key: string): 'in' | 'out' | 'reset' | null {
  if (key === '+' || key === '=') return 'in';
  if (key === '-' || key === '_' || key === '−') return 'out';
  if (key === '0') return 'reset';
  return null;
}
