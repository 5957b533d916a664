// Rank arithmetic of the ministry's tables.

/**
 * Competition ("1224") ranks: the highest score ranks 1, ties share a rank and the next rank
 * skips (2022: two units at 15, the next one is 17). Missing scores get no rank.
 * Scores are compared at the published precision (4 decimals) so 0.61 and 0.6100000001 tie.
 */
export function competitionRanks(
  scores: readonly (number | null | undefined)[],
  decimals = 4,
): (number | null)[] {
  const factor = 10 ** decimals;
  const keyed = scores.map((s, i) => ({
    i,
    k: s == null || !Number.isFinite(s) ? null : Math.round(s * factor),
  }));
  const present = keyed.filter((x): x is { i: number; k: number } => x.k !== null).sort((a, b) => b.k - a.k);
  const out: (number | null)[] = scores.map(() => null);
  let rank = 0;
  let prev: number | null = null;
  present.forEach((x, pos) => {
    if (prev === null || x.k !== prev) rank = pos + 1;
    out[x.i] = rank;
    prev = x.k;
  });
  return out;
}

/** Old rank minus new rank: 25 → 9 is +16 ("tăng 16 bậc"); null when either is unknown. */
export function rankChange(
  previousRank: number | null | undefined,
  currentRank: number | null | undefined,
): number | null {
  if (previousRank == null || currentRank == null) return null;
  return previousRank - currentRank;
}

/** The decimals a column of scores is written with: the most any of them needs, 1 to 4. */
export function decimalsOf(scores: readonly number[]): number {
  let most = 1;
  for (const v of scores) {
    let d = most;
    while (d < 4 && Math.abs(Number(v.toFixed(d)) - v) > 1e-9) d++;
    most = d;
    if (most === 4) break;
  }
  return most;
}

/**
 * Ranks against scores compared at `decimals`: a unit with a higher score ranked below another,
 * or level with it, is out of order (`inconsistent`: the indices of both, where the order breaks). Equal scores with
 * different ranks are not: the ministry ranks on unrounded scores (`tied`: the indices of the
 * units in such groups, in row order).
 */
export function rankOrder(
  rows: readonly { score: number; rank: number }[],
  decimals: number,
): { inconsistent: number[]; tied: number[]; against: Map<number, number> } {
  const factor = 10 ** decimals;
  const known = rows
    .map((r, i) => ({ i, k: Math.round(r.score * factor), rank: r.rank }))
    .sort((a, b) => b.k - a.k || a.rank - b.rank);
  const bad = new Set<number>();
  const tied = new Set<number>();
  // (for each row out of order, one it conflicts with: the message names it)
  const against = new Map<number, number>();
  // Each group of equal scores against the group just above it (enough: if every group ranks
  // below the one above, all do), as the ministry's order goes.
  let above: (typeof known)[number][] = [];
  for (let g = 0; g < known.length;) {
    let end = g;
    while (end < known.length && known[end]!.k === known[g]!.k) end++;
    const group = known.slice(g, end);
    if (group[0]!.rank !== group[group.length - 1]!.rank) for (const x of group) tied.add(x.i);
    for (const x of group)
      for (const y of above)
        if (x.rank <= y.rank) {
          bad.add(x.i);
          bad.add(y.i);
          if (!against.has(x.i)) against.set(x.i, y.i);
          if (!against.has(y.i)) against.set(y.i, x.i);
        }
    above = group;
    g = end;
  }
  return { inconsistent: [...bad].sort((a, b) => a - b), tied: [...tied].sort((a, b) => a - b), against };
}

/** Is `rank` a valid rank among `of` units? */
export const isValidRank = (rank: number, of: number): boolean =>
  Number.isInteger(rank) && rank >= 1 && rank <= of;
/** Is `score` a valid DTI score (0..1)? */
export const isValidScore = (score: number): boolean => Number.isFinite(score) && score >= 0 && score <= 1;
