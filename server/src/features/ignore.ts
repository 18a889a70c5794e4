// "Ignore this finding here": a disable-next-line comment on its own line above the finding,
// indented like that line, so a sub-list item's comment stays inside its parent item.

import type { LineIndex } from '../core/lines';
import type { Finding, Fix } from '../rules';

/** The fix that silences one finding with a comment; none for unused-disable itself. */
export function ignoreFix(text: string, lines: LineIndex, finding: Finding): Fix | undefined {
  if (finding.rule === 'unused-disable') return undefined;
  const lineStart = lines.lineStart(finding.span.start);
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  return {
    title: `Ignore this ${finding.rule} finding here`,
    edits: [{ span: { start: lineStart, end: lineStart }, newText: `${indent}<!-- lfx-proposals-disable-next-line ${finding.rule} -->${lines.eol}` }],
    safe: false,
  };
}
