/** Greedy word wrap into at most `maxLines` lines; the last line ends in "…" when text is left over. */
export function wrapText(text: string, maxLines: number, fits: (line: string) => boolean): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i]!;
    i += 1;
    while (i < words.length && fits(`${line} ${words[i]!}`)) {
      line = `${line} ${words[i]!}`;
      i += 1;
    }
    lines.push(line);
  }
  const last = lines.length - 1;
  if (last >= 0 && (i < words.length || !fits(lines[last]!))) lines[last] = ellipsise(lines[last]!, fits, i < words.length);
  return lines;
}

function ellipsise(line: string, fits: (line: string) => boolean, more: boolean): string {
  if (!more && fits(line)) return line;
  // By code points, not UTF-16 units: halving an emoji left a lone surrogate, drawn as "�".
  const points = Array.from(line);
  let n = points.length;
  while (n > 1 && !fits(`${points.slice(0, n).join('')}…`)) n -= 1;
  return `${points.slice(0, n).join('').trimEnd()}…`;
}
