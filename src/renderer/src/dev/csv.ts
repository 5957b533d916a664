// Minimal CSV reader for the bundled reference files used by the development fake. Those files
// have no quoted fields containing commas except in free-text notes, which the fake ignores.
export function readCsv(text: string): Record<string, string>[] {
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const cols = head!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').trim()]));
  });
}
