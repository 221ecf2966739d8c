/** The fuzz run (`./fuzz.ts`) through the processor: Markdown. */
import {fuzz} from './fuzz.js'

fuzz('markdown', 'fuzz.md')
