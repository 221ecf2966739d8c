/**
 * Small statistics for `npm run bench`.
 */

/** Median of `values` (mean of the two middle ones when even); `NaN` when empty. */
export function median(values: ReadonlyArray<number>): number {
  return quantile(values, 0.5)
}

/**
 * Quantile `q` (0 to 1) of `values`, interpolating linearly between the
 * nearest ranks (R’s and NumPy’s default); `NaN` when empty.
 */
export function quantile(values: ReadonlyArray<number>, q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, q))
  const low = Math.floor(at)
  const high = Math.ceil(at)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low)
}

/** `numerators[i] / denominators[i]` for each round `i`. */
export function paired(
  numerators: ReadonlyArray<number>,
  denominators: ReadonlyArray<number>
): Array<number> {
  if (numerators.length !== denominators.length) {
    throw new Error('paired: expected as many numerators as denominators')
  }

  return numerators.map((d, index) => d / denominators[index]!)
}

export interface RatioSummary {
  /** Median of the numerators over median of the denominators: the headline. */
  ofMedians: number
  /** Per-round ratios, in round order. */
  perRound: Array<number>
  /** Median of the per-round ratios. */
  medianOfRounds: number
  /** First and third quartiles of the per-round ratios. */
  q1: number
  q3: number
  /** Smallest and largest per-round ratio. */
  min: number
  max: number
}

/**
 * A ratio of two cases timed in the same rounds: the ratio of their medians,
 * and the spread of the ratios of single rounds.
 */
export function ratioSummary(
  numerators: ReadonlyArray<number>,
  denominators: ReadonlyArray<number>
): RatioSummary {
  const perRound = paired(numerators, denominators)
  return {
    ofMedians: median(numerators) / median(denominators),
    perRound,
    medianOfRounds: median(perRound),
    q1: quantile(perRound, 0.25),
    q3: quantile(perRound, 0.75),
    min: Math.min(...perRound),
    max: Math.max(...perRound)
  }
}
