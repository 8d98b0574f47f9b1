import { deleteComparison, getSelection, saveComparison, setSelection } from '../../core/user-data/comparisons'
import { comparisonItem, comparisonItems, handbookNames, selectionView } from '../../core/user-data/notebook'
import type { Handlers } from './handler-types'
import { withUser } from './with-user'

export const comparisonHandlers = {
  'comparisons/list': (_args, ctx) => withUser(ctx, 'list your saved comparisons', (u) => comparisonItems(u.db, handbookNames(ctx.kb()))),
  'comparisons/save': (args, ctx) =>
    withUser(ctx, 'save the comparison', (u) => comparisonItem(saveComparison(u.db, args.name, args.slugs), handbookNames(ctx.kb()))),
  'comparisons/delete': (args, ctx) => withUser(ctx, 'delete the comparison', (u) => ({ deleted: deleteComparison(u.db, args.id) })),
  'selection/get': (_args, ctx) => withUser(ctx, 'read the comparison selection', (u) => selectionView(getSelection(u.db), handbookNames(ctx.kb()))),
  'selection/set': (args, ctx) =>
    withUser(ctx, 'remember the comparison selection', (u) => selectionView(setSelection(u.db, args.slugs), handbookNames(ctx.kb()))),
} satisfies Partial<Handlers>
