// Excel-style addresses: column 1 → "A", 28 → "AB"; (7, 3) → "C7".

export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const cellRef = (row: number, col: number): string => `${columnLetters(col)}${row}`;

/** "C7" → {row: 7, col: 3}; "$C$7" accepted; null when it is not an address. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  return { row: Number(m[2]), col: parseColumnLetters(m[1]!) };
}

/** Column letters only ("AB" → 28); used for `<c r="AB7">` and for row-less ranges. */
export function parseColumnLetters(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}
