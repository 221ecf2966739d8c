/** The fuzz run (`./fuzz.ts`) through the processor: MDX. */
import {fuzz} from './fuzz.js'

fuzz('mdx', 'fuzz.mdx')
