/**
 * The worker thread of `--jobs`: checks a batch of files, or of JSONL lines,
 * and posts the result back.
 */
import {parentPort} from 'node:worker_threads'
import type {VFile} from 'vfile'
import {configGuard} from './config-guard.js'
import {sendFile, type FilesResult, type JobOptions} from './jobs.js'
import {checkLines, type JsonlResult, type JsonlSettings, type Line} from './jsonl-check.js'
import {check} from './run.js'

export type WorkerTask =
  | {type: 'files'; options: JobOptions; files: Array<string>}
  | {type: 'jsonl'; settings: JsonlSettings; lines: Array<Line>}

export type WorkerResult =
  | FilesResult
  | JsonlResult
  | {type: 'error'; message: string; stack: string | undefined}

async function handle(task: WorkerTask): Promise<WorkerResult> {
  if (task.type === 'jsonl') return checkLines(task.settings, task.lines)

  const files: Array<VFile> = []
  const result = await check({
    ...task.options,
    files: task.files,
    // Found (and not ignored) by the main thread already.
    silentlyIgnore: true,
    batchSize: task.files.length,
    jobs: 1,
    onFile(file) {
      files.push(file)
    }
  })
  const refused: Array<[string, string]> = [...configGuard.refused]
  return {
    type: 'files',
    files: files.map(sendFile),
    configProblems: result.configProblems,
    refused,
    failed: result.code === 1
  }
}

if (parentPort) {
  const port = parentPort
  port.on('message', function (task: WorkerTask) {
    handle(task).then(
      (result) => port.postMessage(result),
      (error: unknown) =>
        port.postMessage({
          type: 'error',
          message: String((error as Error)?.message ?? error),
          stack: (error as Error)?.stack
        })
    )
  })
}
