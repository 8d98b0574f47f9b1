// npx tsx scripts/function-lengths.ts [max] : lists every function in src-main, src-shared
// and src-renderer/src longer than max lines (60 by default), longest first.
// tests/unit/function-length.test.ts holds src-main and src-shared to 60.
//
// Measures every function's length in lines from the TypeScript syntax tree (not
// regexes), so a brace inside a string, a template or a comment cannot fool it.
// A function's lines run from its first token (its name or `async`, not its doc
// comment) to its closing brace; a nested function counts inside its parent and on
// its own. Vue single-file components are measured through their <script> blocks.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { parse as parseVue } from 'vue/compiler-sfc'

const ROOT = resolve(import.meta.dirname, '..')

export interface FunctionLength {
  /** Repository-relative path and 1-based line where the function starts. */
  where: string
  name: string
  lines: number
}

function nameOf(node: ts.SignatureDeclaration): string {
  if (node.name) return node.name.getText()
  if (ts.isConstructorDeclaration(node)) return 'constructor'
  const parent = node.parent
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText()
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`
  if (ts.isExportAssignment(parent)) return '(default export)'
  return '(anonymous)'
}

function isFunction(node: ts.Node): node is ts.SignatureDeclaration & { body: ts.Node } {
  return (
    (ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)) &&
    node.body !== undefined
  )
}

/** Every function with a body in one piece of TypeScript, with its length in lines. */
export function functionLengths(path: string, text: string, firstLine = 1): FunctionLength[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const out: FunctionLength[] = []
  const visit = (node: ts.Node): void => {
    if (isFunction(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      out.push({ where: `${path}:${start + firstLine}`, name: nameOf(node), lines: end - start + 1 })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}

/** The functions of one .ts or .vue file (each <script> block of a component). */
export function fileFunctionLengths(path: string, text: string): FunctionLength[] {
  if (!path.endsWith('.vue')) return functionLengths(path, text)
  const { descriptor } = parseVue(text, { filename: path })
  return [descriptor.script, descriptor.scriptSetup].flatMap((block) => (block ? functionLengths(path, block.content, block.loc.start.line) : []))
}

/** Every function in the .ts and .vue files under the given folders (repository-relative), longest first. */
export function repositoryFunctionLengths(folders: string[]): FunctionLength[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : /\.(ts|vue)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
    )
  return folders
    .flatMap((folder) => walk(join(ROOT, folder)))
    .flatMap((file) => fileFunctionLengths(relative(ROOT, file), readFileSync(file, 'utf8')))
    .sort((a, b) => b.lines - a.lines)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const max = Number(process.argv[2] ?? 60)
  const all = repositoryFunctionLengths(['src-main', 'src-shared', 'src-renderer/src'])
  const long = all.filter((f) => f.lines > max)
  for (const f of long) console.log(`${String(f.lines).padStart(4)}  ${f.where}  ${f.name}`)
  console.log(`${long.length} of ${all.length} functions are over ${max} lines`)
}
