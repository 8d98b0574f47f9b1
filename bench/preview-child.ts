// The preview server as its own process, as `npm run web` runs it, so its
// memory is its own and not the benchmark's.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './core'
import type { Snapshot } from './snapshot'

export interface PreviewChild {
  url: string
  /** Resident and peak resident memory of the server process, in bytes (Linux /proc). */
  memory(): { rss: number; peak: number }
  close(): Promise<void>
}

function kib(status: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)
  return m ? Number(m[1]) * 1024 : NaN
}

export async function startPreviewChild(build: Snapshot): Promise<PreviewChild> {
  const dataDir = mkdtempSync(join(tmpdir(), 'handbook-bench-data-'))
  // node --import tsx runs the script in this one process (the tsx CLI would add a parent).
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/serve-preview.ts'), build.rendererDir, build.kbPath, dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)
      if (m) resolve(m[1]!)
    })
    child.once('exit', (code) => reject(new Error(`the preview server exited (${code}) before it was ready:\n${out}`)))
  })
  return {
    url,
    memory() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      return { rss: kib(status, 'VmRSS'), peak: kib(status, 'VmHWM') }
    },
    async close() {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGINT')
      })
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
