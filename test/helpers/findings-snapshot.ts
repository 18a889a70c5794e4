// The snapshot of every finding of a corpus file (test/fixtures/corpus-findings/<name>.txt), as
// `line:column severity rule message` lines; UPDATE_SNAPSHOTS=1 rewrites it after a change whose
// difference was checked by hand. A missing snapshot is written and the test fails once.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { LineIndex } from '../../server/src/core/lines';
import type { Finding } from '../../server/src/rules';
import { fixturePath } from './paths';

/** Asserts that the findings of corpus file `name` equal its snapshot. */
export function assertFindingsSnapshot(name: string, lines: LineIndex, findings: readonly Finding[]): void {
  const actual = findings.map((finding) => {
    const start = lines.positionAt(finding.span.start);
    return `${start.line + 1}:${start.character + 1} ${finding.severity} ${finding.rule} ${finding.message}`;
  });
  const snapshotPath = fixturePath('corpus-findings', name.replace(/\.md$/, '.txt'));
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(snapshotPath)) {
    writeFileSync(snapshotPath, actual.join('\n') + '\n');
    if (!process.env.UPDATE_SNAPSHOTS) assert.fail(`wrote a new snapshot ${snapshotPath}: check it and run again`);
  }
  assert.deepEqual(actual, readFileSync(snapshotPath, 'utf8').trimEnd().split('\n').filter(Boolean));
}
