// What `check` prints: findings as `path:line:column: severity rule message` lines with a
// summary, as one JSON array, or as GitHub Actions annotations.

import type { LineIndex } from '../core/lines';
import type { Finding } from '../rules';

export type Format = 'text' | 'json' | 'github';

export const FORMATS: readonly Format[] = ['text', 'json', 'github'];

/** A finding placed in its file, as every output format reports it (1-based, UTF-16 columns). */
export interface Located {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  code: string;
  message: string;
}

/** A finding of a file (named as messages show it) at its 1-based line and column. */
export function locate(file: string, lines: LineIndex, finding: Finding): Located {
  const start = lines.positionAt(finding.span.start);
  const end = lines.positionAt(finding.span.end);
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: finding.severity,
    code: finding.rule,
    message: finding.message,
  };
}

/** The report of a run: `fileCount` files checked, `ignored` left out by the configuration. */
export function render(format: Format, findings: Located[], fileCount: number, ignored: number): string {
  if (format === 'json') return JSON.stringify(findings, null, 2) + '\n';
  if (format === 'github') return findings.map(annotation).join('');
  const lines = findings.map(
    (finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.code} ${finding.message}\n`,
  );
  const skipped = ignored ? ` ${ignored} file${ignored === 1 ? '' : 's'} ignored by the configuration.` : '';
  return lines.join('') + summary(findings, fileCount) + skipped + '\n';
}

function summary(findings: Located[], fileCount: number): string {
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (findings.length === 0) return `No problems in ${files}.`;
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  const parts = [
    [count('error'), 'error', 'errors'],
    [count('warning'), 'warning', 'warnings'],
    [count('information'), 'information', 'information'],
    [count('hint'), 'hint', 'hints'],
  ] as const;
  const affected = new Set(findings.map((finding) => finding.file)).size;
  const detail = parts.map(([n, one, many]) => `${n} ${n === 1 ? one : many}`).join(', ');
  return `${findings.length} problem${findings.length === 1 ? '' : 's'} (${detail}) in ${affected} of ${files}.`;
}

/** A GitHub Actions workflow command; see "Workflow commands for GitHub Actions". */
function annotation(finding: Located): string {
  const kind = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'notice';
  const property = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [
    `file=${property(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `endLine=${finding.endLine}`,
    `endColumn=${finding.endColumn}`,
    `title=${property(finding.code)}`,
  ].join(',');
  return `::${kind} ${properties}::${escapeData(finding.message)}\n`;
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
