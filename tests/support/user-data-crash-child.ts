// Child process of the crash test: saves notes through the core one by one and
// acknowledges each on stdout only after saveNote has returned. The parent
// kills it with SIGKILL at a random moment.
import { openUserDb } from '../../src-main/core/user-data/open-user-db'
import { saveNote } from '../../src-main/core/user-data/notes'
import { crashNoteBody } from './crash-note'

const [folder, count] = [process.argv[2]!, Number(process.argv[3])]
const u = await openUserDb(folder)
for (let i = 0; i < count; i++) {
  saveNote(u.db, `note-${i}`, crashNoteBody(i), `Treatment ${i}`)
  // Pipes are written synchronously on POSIX: once this returns, the parent can read the acknowledgement.
  process.stdout.write(`${i}\n`)
}
process.stdout.write('done\n')
// Stay alive for the parent's SIGKILL, but never linger when run by hand.
setTimeout(() => process.exit(0), 10_000)
