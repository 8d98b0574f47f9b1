import { buildComparison } from '../compare'
import { listGlossary, listGuides } from '../guides'
import { safetyMatrix } from '../safety-matrix'
import { search } from '../search'
import type { Handlers } from './handler-types'

export const readHandlers = {
  'search/query': (args, ctx) => search(ctx.kb(), args.q),
  'guides/list': (_args, ctx) => listGuides(ctx.kb()),
  'glossary/list': (_args, ctx) => listGlossary(ctx.kb()),
  'safety/matrix': (_args, ctx) => safetyMatrix(ctx.kb()),
  'compare/get': (args, ctx) => buildComparison(ctx.kb(), args.slugs, args.fitzpatrick),
} satisfies Partial<Handlers>
