// `lfx-proposals issue-url DRAFT`: prints the prefilled new-issue URL of an issue-form draft,
// and on stderr the fields to fill in by hand. A draft with errors prints them instead (exit 1),
// unless --force.

import { LineIndex } from '../core/lines';
import { issueUrl } from '../features/issue-url';
import { checkDocument, readProposal } from '../service/pipeline';
import type { ConfigSource } from './config-source';
import { displayPath, readText } from './files';

/** Runs `issue-url`; returns the exit status, or a usage error's message. */
export function runIssueUrl(files: readonly string[], configs: ConfigSource, repository: string, force: boolean): number | { usage: string } {
  if (files.length !== 1) return { usage: 'issue-url takes one draft file' };
  const [file] = files;
  const text = readText(file);
  if (text === undefined) return 2;
  const document = readProposal(text, configs.formFor(file));
  if (document.kind !== 'draft') {
    process.stderr.write(`lfx-proposals: ${file} is not an issue-form draft (no ### sections named by the form's labels)\n`);
    return 2;
  }
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) return { usage: `--repository takes OWNER/NAME, not "${repository}"` };
  const { config } = configs.forFile(file);
  const lines = new LineIndex(text);
  const errors = checkDocument(document, { rules: config.rules, lines, uri: file }).filter((finding) => finding.severity === 'error');
  if (errors.length > 0 && !force) {
    for (const finding of errors) {
      const start = lines.positionAt(finding.span.start);
      process.stderr.write(`${displayPath(file)}:${start.line + 1}:${start.character + 1}: error ${finding.rule} ${finding.message}\n`);
    }
    process.stderr.write(`lfx-proposals: ${errors.length} error${errors.length === 1 ? '' : 's'} in the draft; fix them or pass --force\n`);
    return 1;
  }
  const result = issueUrl(document, repository);
  process.stdout.write(`${result.url}\n`);
  for (const field of result.manual) {
    const why = field.reason === 'too-long' ? 'left out to keep the URL short enough for GitHub' : 'GitHub does not prefill checkboxes';
    process.stderr.write(`lfx-proposals: fill in "${field.label}" by hand (${why}):\n${field.value.replace(/^/gm, '  ')}\n`);
  }
  return 0;
}
