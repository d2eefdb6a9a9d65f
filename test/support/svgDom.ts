// Reads exported SVG back with the DOM (jsdom), for tests that run with `// @vitest-environment jsdom`.

export function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text of a node's box, lines joined with spaces. */
export function nodeText(doc: Document, id: string): string {
  const groups = [...doc.querySelectorAll('g[data-node]')].filter((g) => g.getAttribute('data-node') === id);
  return normalise(groups.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' ')).join(' | '));
}

/** Every run of text in the document, whitespace normalised, joined with spaces. */
export function allText(doc: Document): string {
  return normalise([...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' '));
}
