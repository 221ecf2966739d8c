/**
 * A small RFC 4180 CSV reader for the evaluation data (FactAppeal ships its
 * splits as CSV with quoted fields that hold commas, doubled quotes and line
 * breaks).  No CSV package is a dependency, and this is all the eval needs.
 */

/**
 * Parse CSV text into rows of fields.
 *
 * Fields are separated by `,`, records by CRLF, LF or CR; a field in double
 * quotes may hold any of those and `""` for a literal quote.  A trailing line
 * break does not make an empty last record.
 *
 * @throws {Error} on an unterminated quoted field or a quote in the middle of
 *   an unquoted field, naming the line.
 */
export function parseCsv(input: string): Array<Array<string>> {
  const text = input.charCodeAt(0) === 0xfe_ff ? input.slice(1) : input
  const rows: Array<Array<string>> = []
  let row: Array<string> = []
  let field = ''
  let index = 0
  let line = 1
  // Whether the current record has any content yet (so a final line break
  // does not add an empty record).
  let started = false

  while (index < text.length) {
    const char = text[index]

    if (char === '"') {
      if (field !== '') {
        throw new Error(
          'CSV: unexpected `"` inside an unquoted field on line ' + line
        )
      }

      const open = line
      index++
      started = true

      // Quoted field: read up to the closing quote.
      for (;;) {
        if (index >= text.length) {
          throw new Error(
            'CSV: unterminated quoted field starting on line ' + open
          )
        }

        const next = text.indexOf('"', index)
        if (next === -1) {
          throw new Error(
            'CSV: unterminated quoted field starting on line ' + open
          )
        }

        const chunk = text.slice(index, next)
        line += countLineBreaks(chunk)
        field += chunk

        if (text[next + 1] === '"') {
          field += '"'
          index = next + 2
        } else {
          index = next + 1
          break
        }
      }

      const after = text[index]
      if (
        after !== undefined &&
        after !== ',' &&
        after !== '\n' &&
        after !== '\r'
      ) {
        throw new Error(
          'CSV: unexpected `' + after + '` after a quoted field on line ' + line
        )
      }

      continue
    }

    if (char === ',') {
      row.push(field)
      field = ''
      started = true
      index++
      continue
    }

    if (char === '\n' || char === '\r') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      started = false
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1
      line++
      continue
    }

    field += char
    started = true
    index++
  }

  if (started) {
    row.push(field)
    rows.push(row)
  }

  return rows
}

/**
 * Parse CSV text with a header row into records keyed by column name.
 *
 * @throws {Error} when a record has a different number of fields than the
 *   header, naming the record.
 */
export function parseCsvRecords(input: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(input)
  if (!header) return []

  return rows.map((row, index) => {
    if (row.length !== header.length) {
      throw new Error(
        'CSV: record ' +
          (index + 1) +
          ' has ' +
          row.length +
          ' fields, expected ' +
          header.length
      )
    }

    const record: Record<string, string> = {}
    for (const [column, name] of header.entries()) {
      record[name] = row[column] ?? ''
    }

    return record
  })
}

function countLineBreaks(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const char = value[index]
    if (char === '\n') count++
    else if (char === '\r' && value[index + 1] !== '\n') count++
  }

  return count
}
