import { buildHandout } from '../../core/handout'
import { needPrinter, saveHandoutPdf } from '../../core/handout-printing'
import type { Handlers } from './handler-types'

/**
 * Printing needs the desktop app's hidden window and system dialogs
 * (ctx.printer); the browser preview has none and says to use the browser's
 * Print. The request is built once first, so an unknown treatment is reported
 * before any window opens.
 */
export const printHandlers = {
  'print/handout-pdf': async (args, ctx) => {
    const printer = needPrinter(ctx.printer, 'Saving a handout straight to a PDF file')
    const { fileName } = buildHandout(ctx.kb(), args.request)
    return saveHandoutPdf(printer, args.request, args.paper, fileName)
  },
  'print/handout-dialog': async (args, ctx) => {
    const printer = needPrinter(ctx.printer, 'The system print dialog')
    buildHandout(ctx.kb(), args.request)
    return { printed: await printer.print(args.request, args.paper) }
  },
} satisfies Partial<Handlers>
