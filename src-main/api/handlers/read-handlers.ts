import { buildComparison } from '../../core/compare'
import { listGlossary, listGuides } from '../../core/guides'
import { safetyMatrix } from '../../core/safety-matrix'
import { search } from '../../core/search'
import type { Handlers } from './handler-types'

export const readHandlers = {
  'search/query': (args, ctx) => search(ctx.kb(), args.q),
  'guides/list': (_args, ctx) => listGuides(ctx.kb()),
  'glossary/list': (_args, ctx) => listGlossary(ctx.kb()),
  'safety/matrix': (_args, ctx) => safetyMatrix(ctx.kb()),
  'compare/get': (args, ctx) => buildComparison(ctx.kb(), args.slugs, args.fitzpatrick),
} satisfies Partial<Handlers>
