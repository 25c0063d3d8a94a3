/** Pure scoring arithmetic shared by the ranking, the review page and the CSV export. */

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** Every score a reviewer can give, lowest first (each has its label under review.scores.scale). */
export const SCORE_SCALE = [1, 2, 3, 4, 5] as const satisfies readonly number[];

/** One reviewer's weighted mean over the criteria they scored; null when nothing counts. */
export function weightedMean(scores: { score: number; weight: number }[]): number | null {
  const total = scores.reduce((sum, s) => sum + s.weight, 0);
  if (total <= 0) return null;
  return scores.reduce((sum, s) => sum + s.score * s.weight, 0) / total;
}

export type ScoreSummary = { count: number; mean: number; median: number; min: number; max: number; sd: number };

/** Mean, median, range and (population) standard deviation of the reviewers' weighted means. */
export function summarize(values: number[]): ScoreSummary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const count = sorted.length;
  const mean = sorted.reduce((a, b) => a + b, 0) / count;
  const mid = Math.floor(count / 2);
  const median = count % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const sd = Math.sqrt(sorted.reduce((sum, v) => sum + (v - mean) ** 2, 0) / count);
  return { count, mean, median, min: sorted[0]!, max: sorted[count - 1]!, sd };
}
