// unused-disable: a disable comment that silences nothing (the problem was fixed, the rule id
// is misspelt, or the comment sits on the wrong line), so stale comments do not pile up.
// It runs after the other rules and the comments were applied. The fix removes the comment.

import type { Directive } from '../core/directives';
import type { Fix, Rule, RuleContext } from './rule';

export const unusedDisable: Rule = {
  id: 'unused-disable',
  severity: 'hint',
  description: 'A disable comment that silences no finding.',
  fixes: 'safe',
  late: true,
  // Drafts take the same disable comments as term files.
  scope: 'document',
  checkTerm: checkUnusedDisables,
  checkDraft: checkUnusedDisables,
};

function checkUnusedDisables(context: RuleContext): void {
  for (const directive of context.directives) {
    if (directive.used || directive.kind === 'enable') continue;
    const names = directive.rules.length ? ` for ${directive.rules.join(', ')}` : '';
    const where = directive.kind === 'disable-next-line' ? 'on the next line' : 'after it';
    context.report({
      message: `This lfx-proposals-${directive.kind} comment${names} silences no finding ${where}; remove it.`,
      span: directive.span,
      fix: remove(context, directive),
    });
  }
}

/** Removes the comment, with its line when it stands alone on one. */
function remove({ document, lines }: RuleContext, directive: Directive): Fix {
  const lineStart = lines.lineStart(directive.span.start);
  const nextLine = lines.nextLineStart(directive.span.start);
  const alone = !document.text.slice(lineStart, directive.span.start).trim() && !document.text.slice(directive.span.end, nextLine).trim();
  const span = alone ? { start: lineStart, end: nextLine } : directive.span;
  return { title: 'Remove the unused disable comment', edits: [{ span, newText: '' }], safe: true };
}
