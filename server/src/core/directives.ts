// Inline comments that silence findings where the author knowingly keeps something unusual,
// as markdownlint's do: `<!-- lfx-proposals-disable-next-line few-mentors -->` for the next
// line, `<!-- lfx-proposals-disable rule… -->` … `<!-- lfx-proposals-enable rule… -->` for a
// region; no rule id means every rule.

import type { LineIndex } from './lines';
import type { Span } from './model';

/** One directive comment. */
export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** The rule ids it names; empty for all rules. */
  rules: string[];
  /** The whole comment. */
  span: Span;
  /** Its 0-based line. */
  line: number;
  /** Set when it silenced at least one finding. */
  used: boolean;
}

const DIRECTIVE = /<!--\s*lfx-proposals-(disable-next-line|disable|enable)((?:\s+[A-Za-z][\w-]*)*)\s*-->/g;

/** The directive comments of a text, in order. */
export function readDirectives(text: string, lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (const match of text.matchAll(DIRECTIVE)) {
    const start = match.index ?? 0;
    directives.push({
      kind: match[1] as Directive['kind'],
      rules: match[2].trim() ? match[2].trim().split(/\s+/) : [],
      span: { start, end: start + match[0].length },
      line: lines.positionAt(start).line,
      used: false,
    });
  }
  return directives;
}

/** The directive that silences a finding of `rule` at `offset`, if any. */
export function silencingDirective(directives: readonly Directive[], rule: string, offset: number, lines: LineIndex): Directive | undefined {
  const names = (directive: Directive) => directive.rules.length === 0 || directive.rules.includes(rule);
  const line = lines.positionAt(offset).line;
  const nextLine = directives.find((directive) => directive.kind === 'disable-next-line' && directive.line === line - 1 && names(directive));
  if (nextLine) return nextLine;
  let region: Directive | undefined;
  for (const directive of directives) {
    if (directive.span.start >= offset) break;
    if (directive.kind === 'disable-next-line' || !names(directive)) continue;
    region = directive.kind === 'disable' ? directive : undefined;
  }
  return region;
}
