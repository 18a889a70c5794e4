// The web tier's check that the browser bundles import no Node module (scripts/node-imports.mjs):
// it finds every form of import in a text, and on the real bundles it finds Node's in the Node
// build and none in the web build. npm test builds dist/ before this runs.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../helpers/paths';

type NodeImports = { nodeImportsIn(text: string): Array<{ code: string; line: number }> };
const load = async () => (await import(join(REPO_ROOT, 'scripts', 'node-imports.mjs'))) as NodeImports;

test('every form of a Node import is found, with its line; vscode and plain strings are not', async () => {
  const { nodeImportsIn } = await load();
  const text = [
    'const fs = require("fs");',
    "const path = require('node:path');",
    'import os from "os";',
    'const later = import(`child_process`);',
    'const name = "node:worker_threads";',
    'const lib = require("./local");',
    'const vscode = require("vscode");',
    'const words = "fs path os";',
  ].join('\n');
  assert.deepEqual(nodeImportsIn(text), [
    { code: 'require("fs")', line: 1 },
    { code: "require('node:path')", line: 2 },
    { code: 'from "os"', line: 3 },
    { code: 'import(`child_process`)', line: 4 },
    { code: '"node:worker_threads"', line: 5 },
    { code: 'require("./local")', line: 6 },
  ]);
});

test('the Node bundles import Node modules; the web bundles none', async () => {
  const { nodeImportsIn } = await load();
  const read = (path: string) => readFileSync(join(REPO_ROOT, 'dist', path), 'utf8');
  for (const bundle of ['server.js', 'client.js']) assert.ok(nodeImportsIn(read(bundle)).length > 0, `${bundle} imports Node modules, and the check sees them`);
  for (const bundle of ['web/server.js', 'web/client.js']) assert.deepEqual(nodeImportsIn(read(bundle)), [], bundle);
});
