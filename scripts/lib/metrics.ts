/**
 * Span matching and precision / recall for the evaluation.
 *
 * A prediction matches a gold span of the same rule when their character
 * ranges overlap; each gold span and each prediction is used at most once
 * (a maximum bipartite matching, so the count does not depend on order).
 */

export interface Range {
  start: number
  end: number
}

export interface Counts {
  gold: number
  predicted: number
  matched: number
}

export interface Scores {
  /** `null` when nothing was predicted. */
  precision: number | null
  /** `null` when there is no gold. */
  recall: number | null
  /** `null` when precision or recall is undefined. */
  f1: number | null
}

/**
 * Whether two ranges share a character.  An empty range (a point) overlaps
 * a range that contains its position.
 */
export function overlaps(a: Range, b: Range): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start < b.end
  if (b.start === b.end) return a.start <= b.start && b.start < a.end
  return a.start < b.end && b.start < a.end
}

export interface Matching {
  /** Pairs of `[goldIndex, predictedIndex]`. */
  pairs: Array<[number, number]>
  unmatchedGold: Array<number>
  unmatchedPredicted: Array<number>
}

/**
 * Match predictions to gold spans one-to-one where they overlap, as many as
 * possible (Kuhn's augmenting paths; the lists are per file and per rule,
 * so small).
 */
export function matchSpans(
  gold: ReadonlyArray<Range>,
  predicted: ReadonlyArray<Range>
): Matching {
  const edges = gold.map((g) =>
    predicted.flatMap((p, index) => (overlaps(g, p) ? [index] : []))
  )
  // For each prediction, the gold index it is matched to (or -1).
  const owner: Array<number> = predicted.map(() => -1)

  for (const [index] of gold.entries()) {
    augment(index, new Set())
  }

  const pairs: Array<[number, number]> = []
  for (const [p, g] of owner.entries()) if (g !== -1) pairs.push([g, p])
  pairs.sort((a, b) => a[0] - b[0])
  const matchedGold = new Set(pairs.map((d) => d[0]))

  return {
    pairs,
    unmatchedGold: gold.flatMap((_, index) =>
      matchedGold.has(index) ? [] : [index]
    ),
    unmatchedPredicted: owner.flatMap((g, index) => (g === -1 ? [index] : []))
  }

  function augment(g: number, visited: Set<number>): boolean {
    for (const p of edges[g] ?? []) {
      if (visited.has(p)) continue
      visited.add(p)
      const current = owner[p] ?? -1
      if (current === -1 || augment(current, visited)) {
        owner[p] = g
        return true
      }
    }

    return false
  }
}

export function scores(counts: Counts): Scores {
  const precision =
    counts.predicted === 0 ? null : counts.matched / counts.predicted
  const recall = counts.gold === 0 ? null : counts.matched / counts.gold
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1}
}

/** Add `b` into `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  a.gold += b.gold
  a.predicted += b.predicted
  a.matched += b.matched
  return a
}

/** `0.873` for a ratio, `—` for an undefined one. */
export function formatRatio(value: number | null): string {
  return value === null ? '—' : value.toFixed(3)
}
