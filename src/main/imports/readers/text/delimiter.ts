// Delimiter auto-detection on the first lines of a text table. A Vietnamese-locale Excel writes
// ";" because "," is its decimal mark ("0,8002"), so a comma that sits between digits is
// evidence for decimals, not for fields. Title rows ("BẢNG XẾP HẠNG ... NĂM 2022") have no
// delimiters, so we judge by the most common count per line, not by every line agreeing.

const CANDIDATES = ['\t', ';', ',', '|'] as const;

/** Counts of `delim` per line outside double quotes, for up to `maxLines` non-empty lines. */
function countsPerLine(text: string, delim: string, maxLines: number): number[] {
  const counts: number[] = [];
  let inQuotes = false;
  let n = 0;
  let nonEmpty = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (nonEmpty) counts.push(n);
      n = 0;
      nonEmpty = false;
      continue;
    } else if (!inQuotes && ch === delim) n++;
    if (ch !== '\r' && ch !== '\n') nonEmpty = true;
  }
  if (nonEmpty && counts.length < maxLines) counts.push(n);
  return counts;
}

function mode(xs: number[]): { value: number; share: number } {
  const freq = new Map<number, number>();
  for (const x of xs) if (x > 0) freq.set(x, (freq.get(x) ?? 0) + 1);
  let best = 0;
  let bestN = 0;
  for (const [v, n] of freq) if (n > bestN || (n === bestN && v > best)) [best, bestN] = [v, n];
  return { value: best, share: xs.length ? bestN / xs.length : 0 };
}

/** Share of commas that sit between two digits ("0,8002", "99,52"). */
function decimalCommaShare(text: string): number {
  const all = text.match(/,/g)?.length ?? 0;
  if (all === 0) return 0;
  const between = text.match(/\d,\d/g)?.length ?? 0;
  return between / all;
}

/** Returns the most plausible delimiter; "," when nothing is convincing (a one-column file). */
export function detectDelimiter(sample: string, hint?: 'csv' | 'tsv'): string {
  let best = hint === 'tsv' ? '\t' : ',';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = countsPerLine(sample, d, 100);
    const m = mode(counts);
    if (m.value === 0) continue;
    let score = m.share * (1 + Math.log2(1 + m.value));
    if (d === ',' && decimalCommaShare(sample) > 0.5) score *= 0.25;
    if (d === '\t') score *= 1.1; // a tab inside data is rare; a tie goes to tab
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/**
 * Whether the lines hold columns at all: some delimiter splits at least half of them the same
 * number of times. Prose ("tệp rác" saved under an Excel name) has none, or commas at random.
 */
export function hasColumns(sample: string): boolean {
  return CANDIDATES.some((d) => {
    const m = mode(countsPerLine(sample, d, 100));
    return m.value > 0 && m.share >= 0.5;
  });
}
