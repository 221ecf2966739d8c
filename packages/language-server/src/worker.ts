/**
 * The language server’s checker thread: checks one document at a time for
 * `./schedule.ts`, so that the server’s own thread keeps answering while a
 * long document is checked, and a check of a version the user has already
 * typed past can be stopped.
 *
 * Plain text is checked incrementally (`retext-attribution/incremental`: only the
 * paragraphs that changed are parsed and analysed again), with one checker
 * per document and options, for the last few documents; other formats,
 * plain text long enough to be checked in sections, and plain text with
 * control comments, by the processor.
 * Both give what the processor gives.
 */
import {parentPort} from 'node:worker_threads'
import {VFile} from 'vfile'
import {createIncrementalChecker, type IncrementalChecker} from 'retext-attribution/incremental'
import {
  createProcessor,
  formatFromPath,
  parseText,
  sectionThreshold,
  splitOptions,
  type ProcessorOptions
} from 'retext-attribution-processor'

type VFileMessage = VFile['messages'][number]

/** A check asked of the worker. */
export interface CheckJob {
  id: number
  /** File path (for the format and for messages); none for untitled buffers. */
  path: string | undefined
  /** Document URI, for a buffer without a path (keeps its incremental state apart). */
  uri?: string
  cwd: string
  value: string
  options: ProcessorOptions | undefined
}

/** A message, as plain data that crosses threads. */
export interface PlainMessage {
  reason: string
  place: VFileMessage['place']
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
  actual: string | undefined
  expected: Array<string> | undefined
  url: string | undefined
  note: string | undefined
}

export type CheckResult =
  | {id: number; messages: Array<PlainMessage>; format: string}
  | {id: number; error: {message: string; stack: string | undefined}}

/** Documents whose incremental checkers are kept. */
const maximumDocuments = 8
const incremental = new Map<string, IncrementalChecker>()
const processors = new Map<string, ReturnType<typeof createProcessor>>()

/** Check one job (exported for tests and the bench, which run it in-thread). */
export async function check(job: CheckJob): Promise<CheckResult> {
  try {
    const key = JSON.stringify(job.options ?? {})
    const file = new VFile({cwd: job.cwd, path: job.path, value: job.value})
    const format = job.options?.format ?? (job.path === undefined ? 'text' : formatFromPath(job.path))

    // Plain text with control comments (`<!-- retext-attribution … -->` on a
    // line of their own) goes to the processor, which applies them.
    if (format === 'text' && job.value.length <= sectionThreshold && !job.value.includes('<!--')) {
      const id = key + '\0' + (job.path ?? job.uri ?? '')
      let checker = incremental.get(id)
      if (checker) {
        incremental.delete(id)
      } else {
        checker = createIncrementalChecker(splitOptions(job.options).plugin, {parse: parseText})
        if (incremental.size >= maximumDocuments) {
          incremental.delete(incremental.keys().next().value!)
        }
      }

      // Most recently used last.
      incremental.set(id, checker)
      file.data.attributionFormat = 'text'
      checker.check(file)
    } else {
      let processor = processors.get(key)
      if (!processor) {
        if (processors.size >= 32) processors.clear()
        processor = createProcessor(job.options).freeze()
        processors.set(key, processor)
      }

      await processor.run(processor.parse(file), file)
    }

    return {id: job.id, messages: file.messages.map(plain), format}
  } catch (error) {
    return {
      id: job.id,
      error: {
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined
      }
    }
  }
}

function plain(message: VFileMessage): PlainMessage {
  return {
    reason: message.reason,
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    actual: message.actual,
    expected: message.expected,
    url: message.url,
    note: message.note
  }
}

parentPort?.on('message', async (job: CheckJob) => {
  parentPort!.postMessage(await check(job))
})
