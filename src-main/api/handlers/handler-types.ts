import type { ArgsOf, Channel, ResultOf } from '../contract'
import type { HandlerContext } from './context'

export type Handler<C extends Channel> = (args: ArgsOf<C>, ctx: HandlerContext) => ResultOf<C> | Promise<ResultOf<C>>
export type Handlers = { [C in Channel]: Handler<C> }
