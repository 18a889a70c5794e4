// The layers of ARCHITECTURE.md, enforced: every import of server/src, client/src and protocol/
// is read, and the test fails on an LSP, VS Code or Node import below the adapters (core/,
// rules/, features/ and the language service, service/, run in a browser worker and in tests
// without a server), on an import that points up (core → rules or features, rules → features,
// features → service, the service into the protocol, the client into the server's sources,
// the protocol into either), and on a cycle (type-only imports count: a cycle of types is still
// two modules that cannot be read apart).

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../helpers/paths';

/** The layers from the bottom; a file may import its own layer and those below. */
const LAYERS = ['core', 'rules', 'features', 'service', 'adapters'] as const;
type Layer = (typeof LAYERS)[number] | 'client' | 'protocol';

const ROOTS = ['server/src', 'client/src', 'protocol'];
const LSP_OR_VSCODE = /^(?:vscode|vscode-languageserver(?:-[a-z]+)?|vscode-languageclient|vscode-jsonrpc)(?:\/|$)/;
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

// `import … from '…'`, `export … from '…'`, `import '…'`, `import('…')`, `require('…')`, each
// at the start of a statement so that comments and strings that mention one are not read.
const IMPORT = /^(?:import|export)\s+(?:type\s+)?(?:\*\s+as\s+[\w$]+|[\w$]+)?\s*,?\s*(?:\{[^}]*\})?\s*from\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The module specifiers a TypeScript source imports, in order. */
export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3] ?? match[4]);
}

/** Which layer a repository-relative path belongs to. */
function layerOf(path: string): Layer {
  if (path.startsWith('server/src/core/')) return 'core';
  if (path.startsWith('server/src/rules/')) return 'rules';
  if (path.startsWith('server/src/features/')) return 'features';
  if (path.startsWith('server/src/service/')) return 'service';
  if (path.startsWith('client/src/')) return 'client';
  if (path.startsWith('protocol/')) return 'protocol';
  return 'adapters';
}

/** Every `.ts` source below the roots, repository-relative with `/`. */
function sources(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(join(REPO_ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
      const path = posix.join(folder, entry.name);
      if (entry.isDirectory()) return walk(path);
      return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
    });
  return ROOTS.filter((root) => existsSync(join(REPO_ROOT, root))).flatMap(walk);
}

/** The source a relative specifier names, or undefined for a data file (`.yml`, `.json`). */
function resolve(from: string, specifier: string): string | undefined {
  const base = posix.join(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
    const absolute = join(REPO_ROOT, candidate);
    if (candidate.endsWith('.ts') && existsSync(absolute) && statSync(absolute).isFile()) return candidate;
  }
  return undefined;
}

interface ImportGraph {
  /** Each source and the sources it imports. */
  edges: Map<string, string[]>;
  /** Each source and its package (non-relative) imports. */
  packages: Map<string, string[]>;
}

function importGraph(): ImportGraph {
  const edges = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  for (const path of sources()) {
    const specifiers = importsOf(readFileSync(join(REPO_ROOT, path), 'utf8'));
    edges.set(path, specifiers.filter((specifier) => specifier.startsWith('.')).flatMap((specifier) => resolve(path, specifier) ?? []));
    packages.set(path, specifiers.filter((specifier) => !specifier.startsWith('.')));
  }
  return { edges, packages };
}

/** The strongly connected components of more than one module (or a module importing itself): the cycles. */
function cycles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    lowest.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowest.set(node, Math.min(lowest.get(node)!, lowest.get(next)!));
      } else if (onStack.has(next)) lowest.set(node, Math.min(lowest.get(node)!, index.get(next)!));
    }
    if (lowest.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** Whether a file of layer `from` may import one of layer `to`. */
function mayImport(from: Layer, to: Layer): boolean {
  if (from === 'protocol') return to === 'protocol';
  if (from === 'client') return to === 'client' || to === 'protocol';
  if (to === 'client') return false;
  if (to === 'protocol') return from === 'adapters';
  return LAYERS.indexOf(from as (typeof LAYERS)[number]) >= LAYERS.indexOf(to as (typeof LAYERS)[number]);
}

test('the import reader finds every form of import and skips comments', () => {
  const text = [
    "import { a } from './a';",
    "import type { B } from '../b';",
    "import * as c from 'c-package';",
    "import d, { e } from \"./d\";",
    "export { f } from './f';",
    "export type { G } from './g';",
    "import {\n  h,\n  type H,\n} from './h';",
    "import './side-effect';",
    "const later = await import('./later');",
    "const old = require('old');",
    "// import { nothing } from './comment';",
    "const words = 'from ./nowhere';",
  ].join('\n');
  assert.deepEqual(importsOf(text), ['./a', '../b', 'c-package', './d', './f', './g', './h', './side-effect', './later', 'old']);
});

test('no LSP, VS Code or Node import below the adapters (core, rules, features, service)', () => {
  const { packages } = importGraph();
  const found: string[] = [];
  for (const [path, imported] of packages) {
    if (!['core', 'rules', 'features', 'service'].includes(layerOf(path))) continue;
    for (const specifier of imported) if (LSP_OR_VSCODE.test(specifier) || NODE_BUILTINS.has(specifier)) found.push(`${path} imports ${specifier}`);
  }
  assert.ok(packages.size > 90, `read ${packages.size} sources`);
  assert.deepEqual(found, []);
});

test('imports point down only: core → rules → features → service → adapters; the client and the server meet only in protocol/', () => {
  const { edges } = importGraph();
  const found: string[] = [];
  for (const [path, imported] of edges) {
    for (const target of imported) if (!mayImport(layerOf(path), layerOf(target))) found.push(`${path} (${layerOf(path)}) imports ${target} (${layerOf(target)})`);
  }
  assert.ok([...edges.values()].flat().length > 300, 'the graph holds the imports');
  assert.deepEqual(found, []);
});

test('no import cycle', () => {
  assert.deepEqual(cycles(importGraph().edges), []);
  assert.deepEqual(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]])), [['a', 'b', 'c']], 'the search finds a cycle');
});
