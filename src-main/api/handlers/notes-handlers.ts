import { setBookmark } from '../../core/user-data/bookmarks'
import { bookmarkItems, handbookNames, noteItems } from '../../core/user-data/notebook'
import { deleteNote, getNote, saveNote } from '../../core/user-data/notes'
import type { Handlers } from './handler-types'
import { withUser } from './with-user'

const plain = <T extends { treatmentName?: unknown }>(n: T | null) => {
  if (!n) return null
  const { treatmentName: _drop, ...note } = n
  return note
}

export const notesHandlers = {
  'notes/list': (args, ctx) => withUser(ctx, 'list your notes', (u) => noteItems(u.db, handbookNames(ctx.kb()), args.query)),
  'notes/get': (args, ctx) => withUser(ctx, 'read your note', (u) => plain(getNote(u.db, args.slug))),
  'notes/save': (args, ctx) => withUser(ctx, 'save your note', (u) => plain(saveNote(u.db, args.slug, args.body, handbookNames(ctx.kb())(args.slug)))),
  'notes/delete': (args, ctx) => withUser(ctx, 'delete the note', (u) => ({ deleted: deleteNote(u.db, args.slug) })),
  'bookmarks/list': (args, ctx) => withUser(ctx, 'list your bookmarks', (u) => bookmarkItems(u.db, handbookNames(ctx.kb()), args.query)),
  'bookmarks/toggle': (args, ctx) =>
    withUser(ctx, 'change the bookmark', (u) => ({
      slug: args.slug,
      bookmarked: setBookmark(u.db, args.slug, args.bookmarked, handbookNames(ctx.kb())(args.slug)),
    })),
} satisfies Partial<Handlers>
