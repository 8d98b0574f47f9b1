import { changelogOf, getTreatment, listCatalog, metaInfo, taxonomy } from '../../core/catalog'
import { getConcernPage } from '../../core/concerns'
import type { Handlers } from './handler-types'

export const catalogHandlers = {
  'meta/get': (_args, ctx) => metaInfo(ctx.kb()),
  'meta/changelog': (_args, ctx) => changelogOf(ctx.kb()),
  'taxonomy/get': (_args, ctx) => taxonomy(ctx.kb()),
  'catalog/list': (args, ctx) => listCatalog(ctx.kb(), args),
  'treatment/get': (args, ctx) => getTreatment(ctx.kb(), args.slug),
  'concern/get': (args, ctx) => getConcernPage(ctx.kb(), args.id),
} satisfies Partial<Handlers>
