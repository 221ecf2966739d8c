/**
 * Programmatic access to the `retext-attribution` command and its parts:
 * checking files with config and ignore files, the reporters and the
 * sourcing summary.
 */
export {main, help, reporters, type Io, type ReporterName} from './main.js'
export {
  check,
  extensions,
  ignoreName,
  packageField,
  rcName,
  type CheckOptions,
  type CheckResult,
  type ConfigProblem
} from './run.js'
export {
  jsonChunks,
  jsonWriter,
  reportJson,
  toJson,
  type JsonFile,
  type JsonMessage,
  type JsonOptions,
  type JsonReport,
  type ReportWriter
} from './json.js'
export {
  reportSarif,
  sarifChunks,
  sarifWriter,
  toSarif,
  type SarifOptions
} from './sarif.js'
export {
  formatSummary,
  summarizeFile,
  totalSummary,
  type SourcingSummary
} from './summary.js'
export {cliFilePlugin} from './file-plugin.js'
export {version} from './version.js'
