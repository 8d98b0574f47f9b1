import { buildComparison } from '../compare'
import { listGlossary, listGuides } from '../guides'
import { search } from '../search'
import type { Handlers } from './handler-types'

export const readHandlers = {
  'search/query': (args, ctx) => search(ctx.kb(), args.q),
  'guides/list': (_args, ctx) => listGuides(ctx.kb()),
  'glossary/list': (_args, ctx) => listGlossary(ctx.kb()),
  'compare/get': (args, ctx) => buildComparison(ctx.kb(), args.slugs, args.fitzpatrick),
} satisfies Partial<Handlers>
