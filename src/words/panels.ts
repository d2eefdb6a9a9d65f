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
