/**
 * Generated news archives for the CLI benchmarks and tests: small stories
 * (text, Markdown, HTML) made of sentences of each kind of sourcing, from a
 * seeded generator, so runs compare.  The sentences are written for this
 * project.
 */

export const sentences = [
  'Lena Ortiz, the county’s chief election officer, said the count was complete.',
  'The council will vote on the budget next week, according to a statement from the mayor’s office.',
  'A senior official who was not authorized to speak publicly said the plan had stalled.',
  'People familiar with the matter, who asked not to be named, said talks would resume.',
  'Experts say the bridge will take years to finish.',
  'Local media reported that the contractor had been paid in advance.',
  'It is believed that the mayor will not seek a second term.',
  'The project is reportedly over budget.',
  'The meeting began at noon in the old town hall.',
  'Residents lined the street outside the building.',
  'The bridge will cost the city $2.3 billion by 2030.',
  '“We will not back down,” Councillor Ana Ruiz told reporters.',
  'Two diplomats briefed on the talks said the deal was close.',
  'Analysts say the merger will cut hundreds of jobs.',
  'Studies show the new route saves commuters ten minutes.',
  'An aide to the governor said the veto was certain.'
]

export const desks = ['metro', 'politics', 'business', 'world', 'sports'] as const

export type ArchiveFormat = 'text' | 'markdown' | 'html'

export interface ArchiveDocument {
  id: string
  desk: string
  format: ArchiveFormat
  text: string
}

/** A deterministic random number generator (linear congruential). */
export function generator(seed = 42): () => number {
  let state = seed
  return function () {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

/** Paragraphs of 2–4 sentences. */
export function paragraphs(random: () => number, count = 3): Array<string> {
  const result: Array<string> = []
  for (let index = 0; index < count; index++) {
    const size = 2 + Math.floor(random() * 3)
    const paragraph: Array<string> = []
    for (let sentence = 0; sentence < size; sentence++) {
      paragraph.push(sentences[Math.floor(random() * sentences.length)]!)
    }

    result.push(paragraph.join(' '))
  }

  return result
}

/** One story in a format. */
export function story(index: number, format: ArchiveFormat, parts: ReadonlyArray<string>): string {
  return format === 'markdown'
    ? '# Story ' + index + '\n\n' + parts.join('\n\n') + '\n'
    : format === 'text'
      ? parts.join('\n\n') + '\n'
      : '<!doctype html>\n<title>Story ' +
        index +
        '</title>\n' +
        parts.map((d) => '<p>' + d + '</p>').join('\n') +
        '\n'
}

/** Documents of an archive, one at a time (so 100,000 need no memory). */
export function* archive(count: number, seed = 42): Generator<ArchiveDocument> {
  const random = generator(seed)
  const formats: ReadonlyArray<ArchiveFormat> = ['markdown', 'text', 'html']

  for (let index = 0; index < count; index++) {
    const format = formats[index % 3]!
    yield {
      id: 'story-' + index,
      desk: desks[Math.floor(random() * desks.length)]!,
      format,
      text: story(index, format, paragraphs(random))
    }
  }
}
