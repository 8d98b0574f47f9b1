// The shape of window.handbook, derived from the contract: 'treatment/get'
// becomes handbook.treatment.get(args). Each call resolves to an envelope so
// errors cross IPC intact instead of being flattened into strings. Both bridges
// build this shape with buildBridge from src-shared/bridge.ts.
import type { Envelope } from '../../src-shared/errors'
import type { ArgsOf, Channel, ResultOf } from './contract'

type DomainOf<C extends string> = C extends `${infer D}/${string}` ? D : never
type VerbOf<C extends string, D extends string> = C extends `${D}/${infer V}` ? V : never

/** What the preload exposes: each call resolves to an envelope. */
export type HandbookBridge = {
  [D in DomainOf<Channel>]: {
    [V in VerbOf<Channel, D>]: `${D}/${V}` extends infer C extends Channel ? (args: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>> : never
  }
}

/** What the renderer uses: envelopes unwrapped, errors thrown. */
export type HandbookApi = {
  [D in DomainOf<Channel>]: {
    [V in VerbOf<Channel, D>]: `${D}/${V}` extends infer C extends Channel ? (args: ArgsOf<C>) => Promise<ResultOf<C>> : never
  }
}
