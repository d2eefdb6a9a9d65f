import { useState } from 'react';
import { useAppStore } from '../store/index.ts';
import { selectComparison, selectEditingOption, selectEditingStepErrors } from '../store/selectors.ts';
import { changeLineCount } from '../words/changes.ts';
import { SIDE_PANELS, stepsTabLabel, tabLabel } from '../words/panels.ts';
import { LEGEND } from '../words/panes.ts';
import { Legend } from './chart/Legend.tsx';
import { ChangesPanel } from './panels/ChangesPanel.tsx';
import { StepsPanel } from './steps/StepsPanel.tsx';
import { NodePanel } from './node/NodePanel.tsx';

type Panel = 'changes' | 'steps' | 'details' | 'legend';

function useLabels(): Record<Panel, string> {
  const comparison = useAppStore(selectComparison);
  const option = useAppStore(selectEditingOption);
  const errors = useAppStore(selectEditingStepErrors).length;
  // The tab counts the lines the Changes panel lists (each changed field once), so the two always agree.
  const total = comparison ? changeLineCount(comparison.diff) : null;
  return {
    changes: tabLabel(SIDE_PANELS.changes, total),
    steps: stepsTabLabel(option ? option.steps.length : null, errors),
    details: SIDE_PANELS.details,
    legend: SIDE_PANELS.legend,
  };
}

/** Changes, Steps, Details (the selected node and its editors) and Legend beside the panes, one at a time on screen; all of them in print. */
export function SidePanels() {
  const [shown, setShown] = useState<Panel>('changes');
  const labels = useLabels();
  const panels: Panel[] = ['changes', 'steps', 'details', 'legend'];
  return (
    <aside className="side-panels">
      <div className="side-tabs" role="tablist" aria-label={SIDE_PANELS.label}>
        {panels.map((p) => (
          <button key={p} type="button" role="tab" id={`side-tab-${p}`} aria-controls={`side-panel-${p}`} aria-selected={shown === p} onClick={() => setShown(p)}>
            {labels[p]}
          </button>
        ))}
      </div>
      <div id="side-panel-changes" role="tabpanel" aria-labelledby="side-tab-changes" hidden={shown !== 'changes'} className="side-panel">
        <ChangesPanel />
      </div>
      <div id="side-panel-steps" role="tabpanel" aria-labelledby="side-tab-steps" hidden={shown !== 'steps'} className="side-panel">
        <StepsPanel />
      </div>
      <div id="side-panel-details" role="tabpanel" aria-labelledby="side-tab-details" hidden={shown !== 'details'} className="side-panel">
        <NodePanel />
      </div>
      <div id="side-panel-legend" role="tabpanel" aria-labelledby="side-tab-legend" hidden={shown !== 'legend'} className="side-panel">
        <section className="panel legend-panel" aria-label={LEGEND.heading}>
          <Legend />
        </section>
      </div>
    </aside>
  );
}
