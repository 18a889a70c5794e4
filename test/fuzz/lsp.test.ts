// Fuzz tier, language server: mutated corpus text (test/fuzz/mutate.ts) opened in the bundled
// server over stdio, then edited with ranged didChange notifications. No request may fail or
// crash the server, every range it returns lies inside the document in UTF-16 units, and the
// state reached by edits equals the state of the same text opened afresh.
// Seeded: FUZZ_SEED=<n> FUZZ_LSP_CASES=<count> reruns a run, FUZZ_CASE=<i> one case of it.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../helpers/lsp';
import { readFixture, temporaryTree } from '../helpers/paths';
import { random, seedFrom } from '../helpers/random';
import { type FuzzCase, fuzzCases, lspLines, rangeProblems, reproduce } from './mutate';

const seed = seedFrom('FUZZ_SEED');
const count = Number(process.env.FUZZ_LSP_CASES ?? 25);
const cases = fuzzCases(seed, count);
const POSITIONS_PER_CASE = 10;
const EDITS_PER_CASE = 8;

/** Settles with `promise`, or fails naming `what` after `ms`. */
function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer after ${ms} ms: ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The LSP position of an offset (lines end at \n, \r\n or a lone \r). */
function positionOf(text: string, offset: number) {
  const lines = lspLines(text.slice(0, offset));
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** An offset that an editor can address: not between \r and \n, not inside a surrogate pair. */
function addressable(text: string, offset: number): number {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before === 13 && after === 10) return offset - 1;
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return offset - 1;
  return offset;
}

const TYPED = ['x', ' ', '\n', '\r\n', '#', '#### Typed\n', '- ', '- Mentor(s): ', '@', '(@a)', ', ', '😀', '```\n', '<!-- ', '  - ', ']('];

test(`fuzz (language server): ${cases.length} mutated documents, seed ${seed}`, { timeout: 900_000 }, async () => {
  console.log(`fuzz LSP: seed ${seed}, ${cases.length} cases; rerun with FUZZ_SEED=${seed} FUZZ_LSP_CASES=${count}`);
  // One indexed file, so completion and hover have mentors and skills to offer.
  const root = temporaryTree({ 'indexed/project_ideas.md': readFixture('corpus', '2025_03-Sep-Nov_README.md') }, 'lfx-fuzz-lsp-');
  const server = await startServer(root, { settings: { validation: { delayMs: 0 } } });
  let exited: string | undefined;
  server.process.once('exit', (code, signal) => (exited = `the server exited (${code ?? signal})`));
  await bounded(server.indexed, 60_000, 'the workspace index');
  // A failed assertion must not leave the server running: its pipes would keep this file's process alive.
  let requests = 0;
  try {
    async function request(fuzz: FuzzCase, text: string, method: string, params: object): Promise<unknown> {
      requests++;
      let answer: unknown;
      try {
        answer = await bounded(server.connection.sendRequest(method, params), 30_000, `${method} in ${reproduce(fuzz)}`);
      } catch (error) {
        assert.fail(`${method} ${JSON.stringify(params).slice(0, 200)} failed (${exited ?? (error as Error).message}) in ${reproduce(fuzz)}`);
      }
      const problems = rangeProblems(text, answer);
      assert.deepEqual(problems, [], `${method} answered ranges outside the document in ${reproduce(fuzz)}`);
      return answer;
    }

    /** Diagnostics, outline and org tree of the document's current state. */
    async function state(fuzz: FuzzCase, uri: string, text: string, version: number): Promise<string> {
      const diagnostics = await bounded(server.diagnostics(uri, version), 60_000, `diagnostics of version ${version} of ${reproduce(fuzz)}`);
      assert.deepEqual(rangeProblems(text, diagnostics), [], `diagnostics outside the document in ${reproduce(fuzz)}`);
      const symbols = await request(fuzz, text, DocumentSymbolRequest.method, { textDocument: { uri } });
      const tree = await request(fuzz, text, 'lfxProposals/orgTree', { uri });
      await request(fuzz, text, 'lfxProposals/tableOfContents', { uri });
      const sorted = [...diagnostics].map((diagnostic) => JSON.stringify(diagnostic)).sort();
      return JSON.stringify({ diagnostics: sorted, symbols, tree });
    }

    async function close(fuzz: FuzzCase, uri: string): Promise<void> {
      await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      // Closing clears the file's diagnostics (published without a version) once the index has dropped it.
      await bounded(server.diagnostics(uri, null), 30_000, `the close of ${reproduce(fuzz)}`);
    }

    for (const fuzz of cases) {
      const path = join(root, `case-${fuzz.index}`, 'project_ideas.md');
      const next = random(fuzz.seed ^ Math.imul(fuzz.index + 1, 0x85ebca6b));
      let text = fuzz.text;
      const uri = server.open(path, text, 1);
      await state(fuzz, uri, text, 1);

      // Requests at positions anywhere in the document, a little past line ends and the last line too.
      const lines = lspLines(text);
      for (let probe = 0; probe < POSITIONS_PER_CASE; probe++) {
        const line = Math.floor(next() * (lines.length + 1));
        const character = Math.floor(next() * ((lines[line]?.length ?? 0) + 3));
        const position = { line, character };
        const textDocument = { uri };
        await request(fuzz, text, CompletionRequest.method, { textDocument, position });
        await request(fuzz, text, HoverRequest.method, { textDocument, position });
        await request(fuzz, text, CodeActionRequest.method, { textDocument, range: { start: { line: Math.max(0, line - 3), character: 0 }, end: position }, context: { diagnostics: [] } });
      }

      // Edits by range, as an editor sends them; then the same text opened afresh must give the same state.
      let version = 1;
      for (let edit = 0; edit < EDITS_PER_CASE; edit++) {
        const changes: TextDocumentContentChangeEvent[] = [];
        for (let change = 1 + Math.floor(next() * 2); change > 0; change--) {
          const start = addressable(text, Math.floor(next() * (text.length + 1)));
          const end = next() < 0.5 ? start : addressable(text, Math.min(text.length, start + Math.floor(next() * 60)));
          const newText = next() < 0.7 ? TYPED[Math.floor(next() * TYPED.length)] : '';
          changes.push({ range: { start: positionOf(text, start), end: positionOf(text, end) }, text: newText });
          text = text.slice(0, start) + newText + text.slice(end);
        }
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: changes });
      }
      const edited = await state(fuzz, uri, text, version);
      await close(fuzz, uri);
      server.open(path, text, 1);
      const reopened = await state(fuzz, uri, text, 1);
      assert.equal(edited, reopened, `after ${EDITS_PER_CASE} ranged edits the state differs from the same text opened afresh in ${reproduce(fuzz)}`);
      await close(fuzz, uri);
    }

    assert.equal(exited, undefined);
    const errors = server.logs.filter((log) => log.type === 1).map((log) => log.message);
    assert.deepEqual(errors, [], 'the server logged errors');
    await server.stop();
  } finally {
    if (server.process.exitCode === null) server.process.kill();
  }
  console.log(`fuzz LSP: ${requests} requests, ${cases.length * (EDITS_PER_CASE + 2)} versions checked`);
});
