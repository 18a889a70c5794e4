// The TextMate injection grammar, tokenised by vscode-textmate with Oniguruma (as VS Code
// does) on top of the markdown grammar, over lines of the real term files.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { readFixture, REPO_ROOT } from '../../helpers/paths';

const INJECTION = 'markdown.lfx-proposals.injection';
let grammar: textmate.IGrammar;

before(async () => {
  const wasm = readFileSync(join(REPO_ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (text) => new oniguruma.OnigString(text) }),
    loadGrammar: async (scopeName) => {
      const path =
        scopeName === 'text.html.markdown'
          ? join(REPO_ROOT, 'node_modules', 'tm-grammars', 'grammars', 'markdown.json')
          : scopeName === INJECTION
            ? join(REPO_ROOT, 'syntaxes', 'lfx-proposals.tmLanguage.json')
            : undefined;
      return path ? textmate.parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [INJECTION] : undefined),
  });
  const loaded = await registry.loadGrammar('text.html.markdown');
  assert.ok(loaded);
  grammar = loaded;
});

/** The pieces of a line that carry a scope of this grammar: `text → scope`. */
function ours(line: string): string[] {
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  return tokens.flatMap((token) => {
    const scope = [...token.scopes].reverse().find((candidate) => candidate.endsWith('.lfx-proposals'));
    return scope ? [`${line.slice(token.startIndex, token.endIndex)} → ${scope}`] : [];
  });
}

/** The first line of a corpus file that contains `needle`. */
function corpusLine(file: string, needle: string): string {
  const line = readFixture('corpus', file).split('\n').find((candidate) => candidate.includes(needle));
  assert.ok(line, needle);
  return line;
}

test('field labels at the start of a list item', () => {
  assert.deepEqual(ours(corpusLine('2021_03-Fall_README.md', '- Recommended Skills: Golang, unit')), [
    'Recommended Skills → keyword.other.field-label.lfx-proposals',
    ': → punctuation.separator.key-value.lfx-proposals',
  ]);
  assert.deepEqual(ours('- **Mentor(s)**: Prateek Pandey (@prateekpandey14)').slice(0, 2), [
    'Mentor(s) → keyword.other.field-label.lfx-proposals',
    ': → punctuation.separator.key-value.lfx-proposals',
  ]);
});

test('handles and emails of a mentor sub-list item', () => {
  assert.deepEqual(ours(corpusLine('2023_01-Mar-May_README.md', 'Bill Mulligan (@xmulligan')), [
    'Mentor(s) → keyword.other.field-label.lfx-proposals',
    ': → punctuation.separator.key-value.lfx-proposals',
    '@ → punctuation.definition.handle.lfx-proposals',
    'xmulligan → entity.name.tag.handle.lfx-proposals',
    'bill@isovalent.com → string.unquoted.email.lfx-proposals',
  ]);
});

test('inline mentors in the 2021 form', () => {
  const tokens = ours(corpusLine('2021_03-Fall_README.md', 'Davanum Srinivas (@dims), Carlos'));
  assert.deepEqual(
    tokens.filter((token) => token.includes('entity.name.tag.handle')),
    ['dims → entity.name.tag.handle.lfx-proposals', 'cpanato → entity.name.tag.handle.lfx-proposals'],
  );
});

test('a bare upstream URL', () => {
  assert.deepEqual(ours(corpusLine('2025_03-Sep-Nov_README.md', '- Upstream Issue: https://github.com/opencost/opencost/issues/3239')), [
    'Upstream Issue → keyword.other.field-label.lfx-proposals',
    ': → punctuation.separator.key-value.lfx-proposals',
    'https://github.com/opencost/opencost/issues/3239 → markup.underline.link.lfx-proposals',
  ]);
});

test('prose, emails outside mentor entries and code are left alone', () => {
  assert.deepEqual(ours('Mentee application instructions can be found on the Program Guidelines page.'), []);
  assert.deepEqual(ours('Write to someone@example.com or ping me@there'), []);
  assert.deepEqual(ours('    - Description: indented code, not a list item'), []);
});
