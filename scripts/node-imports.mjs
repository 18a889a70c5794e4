// Finds the Node modules a bundle imports: a browser worker has none, so the web tier
// (scripts/test-vscode.mjs --web) fails on any in dist/web/. Shared with its unit test.
import { builtinModules } from 'node:module';

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
// require("fs"), require('node:fs'), from "path", import("os"), "node:…" anywhere.
const IMPORTS = /\brequire\s*\(\s*(["'`])([^"'`]+)\1\s*\)|\bfrom\s*(["'])([^"']+)\3|\bimport\s*\(\s*(["'`])([^"'`]+)\5\s*\)|(["'`])(node:[a-z_/]+)\7/g;

/**
 * The Node imports of a bundle's text, each with its line: Node built-ins by any form, and any
 * `require(…)` at all (a browser has no `require`); `vscode` is the host's own.
 * @param {string} text
 * @returns {Array<{ code: string; line: number }>}
 */
export function nodeImportsIn(text) {
  const found = new Map();
  for (const match of text.matchAll(IMPORTS)) {
    const specifier = match[2] ?? match[4] ?? match[6] ?? match[8];
    if (specifier === 'vscode' || !(BUILTINS.has(specifier) || specifier.startsWith('node:') || match[2])) continue;
    if (!found.has(match[0])) found.set(match[0], text.slice(0, match.index).split('\n').length);
  }
  return [...found].map(([code, line]) => ({ code, line }));
}
