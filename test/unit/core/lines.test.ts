// LineIndex: offsets ↔ 0-based line/character positions in UTF-16 code units, as LSP counts
// them, with lines ending at \n, \r\n or a lone \r.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../../server/src/core/lines';
import { random } from '../../helpers/random';

test('positionAt on \\n line endings gives the line and the character within it', () => {
  const lines = new LineIndex('#### Kyverno\n\n- Description: x\n');
  assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(lines.positionAt(5), { line: 0, character: 5 });
  // The \n itself is the last character of its line.
  assert.deepEqual(lines.positionAt(12), { line: 0, character: 12 });
  assert.deepEqual(lines.positionAt(13), { line: 1, character: 0 });
  assert.deepEqual(lines.positionAt(14), { line: 2, character: 0 });
  assert.deepEqual(lines.positionAt(16), { line: 2, character: 2 });
  // The text ends with a line break: its end is the start of an empty last line.
  assert.deepEqual(lines.positionAt(31), { line: 3, character: 0 });
});

test('positionAt on \\r\\n line endings counts the pair as one line break', () => {
  const text = 'ab\r\ncd\r\n\r\nef';
  const lines = new LineIndex(text);
  assert.deepEqual(lines.positionAt(2), { line: 0, character: 2 }); // the \r
  assert.deepEqual(lines.positionAt(3), { line: 0, character: 3 }); // the \n of the pair
  assert.deepEqual(lines.positionAt(4), { line: 1, character: 0 });
  assert.deepEqual(lines.positionAt(8), { line: 2, character: 0 });
  assert.deepEqual(lines.positionAt(10), { line: 3, character: 0 });
  assert.deepEqual(lines.positionAt(12), { line: 3, character: 2 });
});

test('positionAt on a lone \\r ends the line, as LSP says', () => {
  const lines = new LineIndex('ab\rcd\r\rx');
  assert.deepEqual(lines.positionAt(3), { line: 1, character: 0 });
  assert.deepEqual(lines.positionAt(4), { line: 1, character: 1 });
  assert.deepEqual(lines.positionAt(6), { line: 2, character: 0 });
  assert.deepEqual(lines.positionAt(7), { line: 3, character: 0 });
  assert.deepEqual(lines.positionAt(8), { line: 3, character: 1 });
});

test('mixed line endings: \\n, \\r\\n and \\r each end exactly one line', () => {
  const text = 'a\nb\r\nc\rd';
  const lines = new LineIndex(text);
  assert.deepEqual(
    [...text].map((_, offset) => lines.positionAt(offset).line),
    [0, 0, 1, 1, 1, 2, 2, 3],
  );
  assert.equal(lines.offsetAt({ line: 3, character: 0 }), text.indexOf('d'));
});

test('characters are counted in UTF-16 code units: an emoji outside the BMP counts two', () => {
  // "🚀" is U+1F680, a surrogate pair; "é" is one unit.
  const text = '- Description: 🚀 é fast\n- Mentor(s): Ann (@ann)';
  const lines = new LineIndex(text);
  const afterRocket = text.indexOf(' é');
  assert.equal(afterRocket - text.indexOf('🚀'), 2);
  assert.deepEqual(lines.positionAt(afterRocket), { line: 0, character: 17 });
  const handle = text.indexOf('@ann');
  assert.deepEqual(lines.positionAt(handle), { line: 1, character: 18 });
  assert.equal(lines.offsetAt({ line: 1, character: 18 }), handle);
});

test('positionAt clamps offsets before the start and past the end', () => {
  const lines = new LineIndex('ab\ncd');
  assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
  assert.deepEqual(lines.positionAt(5), { line: 1, character: 2 });
  assert.deepEqual(lines.positionAt(500), { line: 1, character: 2 });
});

test('offsetAt clamps a negative line to 0 and a line past the end to the text end', () => {
  const text = 'ab\ncd\r\nef';
  const lines = new LineIndex(text);
  assert.equal(lines.offsetAt({ line: -1, character: 4 }), 0);
  assert.equal(lines.offsetAt({ line: 9, character: 0 }), text.length);
  assert.equal(lines.offsetAt({ line: 1, character: -3 }), 3);
});

// LSP: "If the character value is greater than the line length it defaults back to the line
// length", the line length not counting its line break. A client asking for {line, 999} to
// mean "the end of this line" must not get the line break too.
test('offsetAt clamps a character past the end of its line to the line end, before the line break', () => {
  const text = 'ab\ncd\r\nef\rgh';
  const lines = new LineIndex(text);
  assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2);
  assert.equal(lines.offsetAt({ line: 1, character: 99 }), 5);
  // A character between the \r and the \n of a pair is past the line too.
  assert.equal(lines.offsetAt({ line: 1, character: 3 }), 5);
  assert.equal(lines.offsetAt({ line: 2, character: 99 }), 9);
  assert.equal(lines.offsetAt({ line: 3, character: 99 }), text.length);
  // Exactly at the line length: the offset of the line break.
  assert.equal(lines.offsetAt({ line: 1, character: 2 }), 5);
});

test('offsetAt and positionAt round-trip over every offset of a text with every kind of line break and emoji', () => {
  const text = '# Term 🚀\r\n\r\n### Org\n#### Project 👩‍💻\r- Mentor(s): Ann (@ann)\n';
  const lines = new LineIndex(text);
  let checked = 0;
  for (let offset = 0; offset <= text.length; offset++) {
    // Between the \r and the \n of a pair is no position of its own (it maps back before the \r).
    if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
    assert.equal(lines.offsetAt(lines.positionAt(offset)), offset, `offset ${offset}`);
    checked++;
  }
  assert.equal(checked, text.length + 1 - 2);
  for (let line = 0; line < 5; line++) {
    for (let character = 0; character < 12; character++) {
      const offset = lines.offsetAt({ line, character });
      assert.equal(lines.positionAt(offset).line, line, `line ${line} character ${character}`);
    }
  }
});

test('lineStart and nextLineStart give the bounds of the line holding an offset', () => {
  const text = 'ab\r\ncd\nef';
  const lines = new LineIndex(text);
  assert.equal(lines.lineStart(5), 4);
  assert.equal(lines.nextLineStart(5), 7);
  assert.equal(lines.lineStart(1), 0);
  assert.equal(lines.nextLineStart(1), 4);
  assert.equal(lines.nextLineStart(8), text.length);
});

test('an empty text has one empty line', () => {
  const lines = new LineIndex('');
  assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
  assert.equal(lines.offsetAt({ line: 0, character: 3 }), 0);
  assert.equal(lines.offsetAt({ line: 2, character: 0 }), 0);
  assert.equal(lines.eol, '\n');
});

test('eol is \\r\\n when the first line break is one, \\n otherwise', () => {
  assert.equal(new LineIndex('a\r\nb\nc').eol, '\r\n');
  assert.equal(new LineIndex('a\nb\r\nc').eol, '\n');
  assert.equal(new LineIndex('no line break').eol, '\n');
});

test('LineIndex.ofDocument: the line starts a TextDocument keeps through incremental edits give the same positions as scanning the text', () => {
  let document = TextDocument.create('file:///x.md', 'markdown', 1, '#### A\r\n\r\n- Mentor(s): Ann 😀 (@ann)\rlone\n');
  const next = random(20261126);
  const pieces = ['\n', '\r\n', '\r', 'x', '😀', '- ', '\n\n'];
  for (let version = 2; version < 300; version++) {
    const text = document.getText();
    const start = Math.floor(next() * (text.length + 1));
    const end = Math.min(text.length, start + Math.floor(next() * 5));
    document = TextDocument.update(document, [{ range: { start: document.positionAt(start), end: document.positionAt(end) }, text: pieces[Math.floor(next() * pieces.length)] }], version);
    const updated = document.getText();
    const kept = LineIndex.ofDocument(document);
    const scanned = new LineIndex(updated);
    assert.equal(kept.text, updated);
    for (let offset = 0; offset <= updated.length; offset++) assert.deepEqual(kept.positionAt(offset), scanned.positionAt(offset), `${JSON.stringify(updated)} at ${offset}`);
  }
});

test('lineEnd is where a line\'s content ends, before \\n, \\r\\n or a lone \\r', () => {
  const text = 'ab\r\ncd\nef\rgh';
  const lines = new LineIndex(text);
  assert.deepEqual([0, 2, 3, 4, 7, 8, 11, 12].map((offset) => lines.lineEnd(offset)), [2, 2, 2, 6, 9, 9, 12, 12]);
  assert.equal(new LineIndex('\r\n').lineEnd(0), 0);
});
