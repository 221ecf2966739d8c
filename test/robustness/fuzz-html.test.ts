/** The fuzz run (`./fuzz.ts`) through the processor: HTML. */
import {fuzz} from './fuzz.js'

fuzz('html', 'fuzz.html')
