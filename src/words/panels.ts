/** The fixed words of the app's side panels (headings, tags, empty states). */

export const CHANGES_PANEL = {
  heading: 'Changes',
  from: 'From',
  to: 'to',
  statutory: 'statutory',
  gap: 'gap',
  none: 'None',
  nothing: 'Choose two structures that can be resolved to compare them.',
} as const;

/** A tab's label with what it counts: "Changes (14)". */
export const tabLabel = (title: string, count: number | null): string => (count === null ? title : `${title} (${count})`);

/** The tabs of the side panels beside the panes. */
export const SIDE_PANELS = {
  label: 'Panels',
  changes: CHANGES_PANEL.heading,
  steps: 'Steps',
  details: 'Details',
  legend: 'Legend',
} as const;

/** The Steps tab with the option's step count and how many fail: "Steps (7, 2 failing)"; "Steps" with no option open. */
export const stepsTabLabel = (steps: number | null, failing: number): string =>
  steps === null ? SIDE_PANELS.steps : `${SIDE_PANELS.steps} (${steps}${failing > 0 ? `, ${failing} failing` : ''})`;
