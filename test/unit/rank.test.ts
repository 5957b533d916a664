import { describe, expect, it } from 'vitest';
import {
  competitionRanks,
  rankOrder,
  decimalsOf,
  isValidRank,
  isValidScore,
  rankChange,
} from '../../src/shared/rank';
import { rankChangePhrase, rankChangeShort } from '../../src/shared/format';

describe('competition ranks', () => {
  it('ties share a rank and the next rank is skipped (2022: two at 15, next 17)', () => {
    const scores = Array.from({ length: 20 }, (_, i) => 0.9 - i * 0.01);
    scores[15] = scores[14]!; // units 15 and 16 tie
    const ranks = competitionRanks(scores);
    expect(ranks.slice(13, 18)).toEqual([14, 15, 15, 17, 18]);
  });
  it('compares at 4 decimals and leaves missing scores unranked', () => {
    expect(competitionRanks([0.61, 0.6100000001, null, 0.7])).toEqual([2, 2, null, 1]);
  });
  it('finds ranks out of score order, allowing ties, rounding and excerpts', () => {
    const order = (rows: { score: number; rank: number }[]) =>
      rankOrder(rows, decimalsOf(rows.map((r) => r.score)));
    expect(
      order([
        { score: 0.8, rank: 1 },
        { score: 0.7, rank: 3 },
        { score: 0.6, rank: 3 },
      ]).inconsistent,
    ).toEqual([1, 2]);
    expect(
      order([
        { score: 0.8, rank: 2 },
        { score: 0.9, rank: 5 },
      ]).inconsistent,
    ).toEqual([0, 1]);
    // each one out of order is paired with one it contradicts (the message names that unit)
    expect(
      order([
        { score: 0.8, rank: 2 },
        { score: 0.9, rank: 5 },
      ]).against,
    ).toEqual(
      new Map([
        [0, 1],
        [1, 0],
      ]),
    );
    // ties share a rank; an excerpt (top 5 and rank 25) is consistent
    expect(
      order([
        { score: 0.61, rank: 15 },
        { score: 0.61, rank: 15 },
        { score: 0.6, rank: 17 },
      ]),
    ).toEqual({ inconsistent: [], tied: [], against: new Map() });
    // equal at the precision written, ranked apart: rounding, not an inconsistency
    expect(
      order([
        { score: 0.61, rank: 15 },
        { score: 0.61, rank: 16 },
      ]),
    ).toEqual({ inconsistent: [], tied: [0, 1], against: new Map() });
    expect(
      order([
        { score: 0.8002, rank: 1 },
        { score: 0.6077, rank: 25 },
      ]).inconsistent,
    ).toEqual([]);
    expect(decimalsOf([0.7, 0.65])).toBe(2);
    expect(decimalsOf([0.8002])).toBe(4);
  });
});

describe('rank change', () => {
  it('is the old rank minus the new rank', () => {
    expect(rankChange(25, 9)).toBe(16);
    expect(rankChange(9, 12)).toBe(-3);
    expect(rankChange(7, 7)).toBe(0);
    expect(rankChange(null, 7)).toBeNull();
  });
  it('is phrased as the press does', () => {
    expect(rankChangePhrase(16, 'vi')).toBe('tăng 16 bậc');
    expect(rankChangePhrase(-3, 'vi')).toBe('giảm 3 bậc');
    expect(rankChangePhrase(0, 'vi')).toBe('giữ nguyên');
    expect(rankChangePhrase(1, 'en')).toBe('up 1 place');
    expect(rankChangePhrase(-3, 'en')).toBe('down 3 places');
    expect(rankChangeShort(-3)).toBe('▼3');
  });
  it('validates ranks against their denominator and scores against 0..1', () => {
    expect(isValidRank(63, 63)).toBe(true);
    expect(isValidRank(35, 34)).toBe(false);
    expect(isValidRank(2.5, 63)).toBe(false);
    expect(isValidRank(0, 63)).toBe(false);
    expect(isValidScore(0.8002)).toBe(true);
    expect(isValidScore(1.2)).toBe(false);
    expect(isValidScore(Number.NaN)).toBe(false);
  });
});
