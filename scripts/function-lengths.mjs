// The longest functions of product code (entrypoints/, components/, utils/; tests left out),
// measured in lines from the function's first line to its last. `npm run lint` runs it with
// --max 120 (issue 14: no function over ~120 lines); `node scripts/function-lengths.mjs` alone
// lists the 15 longest. A function's length counts its nested functions too: a factory that
// only wires small named helpers is short because the helpers live outside it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript5';

const ROOTS = ['entrypoints', 'components', 'utils'];
const args = process.argv.slice(2);
const maxAt = args.indexOf('--max');
const max = maxAt >= 0 ? Number(args[maxAt + 1]) : Infinity;
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.tsx?$/.test(e.name) && !/\.(test|e2e)\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) yield p;
  }
}

function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const p = node.parent;
  if (p && ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if (p && ts.isPropertyAssignment(p) && ts.isIdentifier(p.name)) return p.name.text;
  return '(anonymous)';
}

const found = [];
for (const root of ROOTS) {
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(node.end).line;
        found.push({ file, line: start + 1, name: nameOf(node), lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
}

found.sort((a, b) => b.lines - a.lines);
const over = found.filter((f) => f.lines > max);
const shown = Number.isFinite(max) ? over : found.slice(0, top);
for (const f of shown) console.log(`${String(f.lines).padStart(5)}  ${f.name}  ${f.file}:${f.line}`);
console.log(
  `${found.length} functions; longest ${found[0]?.lines ?? 0} lines` +
    (Number.isFinite(max) ? `; ${over.length} over ${max}` : ''),
);
process.exit(over.length ? 1 : 0);
