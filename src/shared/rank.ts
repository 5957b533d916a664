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

/**
 * Ranks consistent with scores, ties allowed: a higher score never has a worse rank, and equal
 * scores (at 4 decimals) share a rank. Works on excerpts too (top 10, a few known units), where
 * competition ranks recomputed from the excerpt would differ from the published ones.
 * Returns the indices of both rows of every out-of-order neighbour pair.
 */
export function inconsistentRanks(
  rows: readonly { score: number | null; rank: number | null }[],
  decimals = 4,
): number[] {
  const factor = 10 ** decimals;
  const known = rows
    .map((r, i) => ({ i, k: r.score == null ? null : Math.round(r.score * factor), rank: r.rank }))
    .filter((x): x is { i: number; k: number; rank: number } => x.k !== null && x.rank != null)
    .sort((a, b) => b.k - a.k || a.rank - b.rank);
  const bad = new Set<number>();
  for (let j = 1; j < known.length; j++) {
    const prev = known[j - 1]!;
    const cur = known[j]!;
    if (cur.k === prev.k ? cur.rank !== prev.rank : cur.rank <= prev.rank) {
      bad.add(cur.i);
      bad.add(prev.i);
    }
  }
  return [...bad].sort((a, b) => a - b);
}

/** Is `rank` a valid rank among `of` units? */
export const isValidRank = (rank: number, of: number): boolean =>
  Number.isInteger(rank) && rank >= 1 && rank <= of;
/** Is `score` a valid DTI score (0..1)? */
export const isValidScore = (score: number): boolean => Number.isFinite(score) && score >= 0 && score <= 1;
