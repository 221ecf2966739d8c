/**
 * “Did you mean …” for misspelt rule ids, presets and option names: the
 * closest candidate by edit distance (insertions, deletions, substitutions
 * and swaps of neighbours, case-insensitive), when it is close enough to be
 * a typo rather than another word.
 */

/** ` (did you mean `x`?)` or an empty string when nothing is close. */
export function didYouMean(value: unknown, candidates: Iterable<string>): string {
  const best = closest(value, candidates)
  return best === undefined ? '' : ' (did you mean `' + best + '`?)'
}

/** The candidate closest to `value`, if one is close enough. */
export function closest(
  value: unknown,
  candidates: Iterable<string>
): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const given = String(value).toLowerCase()
  // Long garbage has no near miss worth the quadratic work.
  if (given.length === 0 || given.length > 64) return undefined
  let best: string | undefined
  let bestDistance = Infinity

  for (const candidate of candidates) {
    const limit = Math.max(1, Math.min(3, Math.floor(candidate.length / 3)))
    const distance = editDistance(given, candidate.toLowerCase())
    if (distance <= limit && distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }

  return best
}

/** Optimal string alignment distance (Damerau–Levenshtein without reuse). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let previous2: Array<number> = []
  let previous = Array.from({length: b.length + 1}, (_, index) => index)

  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + cost
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2]! + 1)
      }

      current.push(value)
    }

    previous2 = previous
    previous = current
  }

  return previous[b.length]!
}
