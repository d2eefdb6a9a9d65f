/**
 * Words of the app's toolbar: the pane pickers, view and chart controls, undo and redo, Move to…, Find, Import,
 * the export buttons and the reset. The export dialog's own words are print.ts's (EXPORT_DIALOG); Find's label,
 * placeholder and status are chart.ts's. Titles and file names officers gave are shown safely (text.ts).
 */
import { ZOOM_WORDS } from './chart.ts';
import { NODE_ACTIONS } from './details.ts';
import { EXPORT_DIALOG } from './print.ts';
import { userText } from './text.ts';

/** The toolbar's accessible name. */
export const TOOLBAR_LABEL = 'Workspace';

/** Prints what is on screen (the panes, or the Appraisal view). */
export const PRINT = 'Print';

/** The pickers of what each pane shows. */
export const PANE_PICKER = {
  left: 'Left',
  right: 'Right',
  /** A structure in the list: the baseline says so after its title. */
  choice: (title: string, isBaseline: boolean): string => (isBaseline ? `${userText(title)} (baseline)` : userText(title)),
} as const;

/** View and chart controls; each `…Hint` is the button's tooltip. */
export const VIEW_CONTROLS = {
  /** The button says the view it switches to. */
  singlePane: 'Single pane',
  splitView: 'Split view',
  sync: 'Sync',
  syncHint: 'Pan and zoom both panes together',
  peopleOnBoxes: 'Show FTE and cost on boxes',
  peopleOnBoxesHint: 'Rolled-up FTE and cost a year under each box',
  /** The same word as each chart's own Fit control, doing the same in both panes. */
  fit: ZOOM_WORDS.fit,
  expandAll: 'Expand all',
  expandAllHint: 'Unfold every collapsed unit in both panes',
  collapseAll: 'Collapse all',
  collapseAllHint: 'Fold both charts to their top levels',
} as const;

/** Undo and redo, with their keys as the tooltip. */
export const HISTORY = {
  undo: 'Undo',
  undoKeys: 'Ctrl+Z',
  redo: 'Redo',
  redoKeys: 'Ctrl+Shift+Z',
} as const;

/** The toolbar's button that moves the selected node under a new manager: the Details panel's word for it. */
export const MOVE_TO = NODE_ACTIONS.move;

/** The toolbar's Move to… tooltip: where the move is made, or why the button is off. */
export const moveToHint = (structureTitle: string | null): string =>
  structureTitle === null ? 'Select a unit in the pane first' : `Move the selected unit in ${userText(structureTitle)}`;

/** The button that runs Find (its label and status are chart.ts's FIND_LABEL and findStatus). */
export const FIND_BUTTON = 'Find';

/** The button that imports a workspace file or organogram CSVs (what the import then says is importDialog.ts's). */
export const IMPORT_BUTTON = { label: 'Import' } as const;

/** The formats a chart exports to, as the export buttons and dialog name them. */
export const EXPORT_FORMAT = { svg: 'SVG', png: 'PNG' } as const;

/** The export buttons: the workspace file, a chart, or the comparison of the two panes. */
export const EXPORT_BUTTONS = {
  workspace: 'Export workspace',
  svg: `Export ${EXPORT_FORMAT.svg}`,
  png: `Export ${EXPORT_FORMAT.png}`,
  comparison: 'Export comparison',
} as const;

/** The notice when drawing or converting the pages failed: "Export chart failed: …". */
export const exportFailed = (reason: string): string => `${EXPORT_DIALOG.title} failed: ${reason}`;

/** Replacing the workspace with the Leeds fixture, and the question asked first. */
export const RESET_TO_LEEDS = {
  button: 'Reset to Leeds',
  title: 'Reset to Leeds?',
  body: 'This replaces the workspace with the Leeds fixture. Undo brings your work back; export it first to keep a copy.',
  confirm: 'Reset to Leeds',
} as const;
