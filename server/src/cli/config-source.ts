// The configuration and issue form of each file the CLI checks: looked up from the file up to
// the repository root, or the one file --config names; the form's problems are printed once.

import { type ConfigProblem, mergeConfig, parseConfigFile, type ProposalConfig } from '../core/config';
import type { IssueForm } from '../core/issue-form';
import { LineIndex } from '../core/lines';
import { NodeConfigLoader } from '../node-config';
import { RULE_IDS } from '../rules';
import { absolute, displayPath, readFileOrEmpty } from './files';

/** Finds the configuration of each file (or uses the one --config names), caching per file. */
export class ConfigSource {
  private readonly loader = new NodeConfigLoader();
  private readonly fixed?: { config: ProposalConfig; problems: ConfigProblem[] };
  private readonly reportedForms = new Set<string>();

  constructor(configPath: string | undefined) {
    if (configPath !== undefined) {
      const path = absolute(configPath);
      const text = this.loader.read(path);
      const file =
        text === undefined
          ? { path, rules: {}, problems: [{ file: path, message: 'cannot read the configuration file', span: { start: 0, end: 0 } }] }
          : parseConfigFile(path, text, RULE_IDS);
      this.fixed = { config: mergeConfig([file]), problems: file.problems };
    }
  }

  /** The issue form of the file's repository (the bundled copy when it has none or a broken one). */
  formFor(file: string): IssueForm {
    const found = this.loader.issueFormFor(absolute(file));
    if (found.path && found.problems.length > 0 && !this.reportedForms.has(found.path)) {
      this.reportedForms.add(found.path);
      const lines = new LineIndex(this.loader.read(found.path) ?? '');
      for (const problem of found.problems) {
        const position = lines.positionAt(problem.span.start);
        process.stderr.write(`${displayPath(found.path)}:${position.line + 1}:${position.character + 1}: warning issue-form ${problem.message}\n`);
      }
    }
    return found.form;
  }

  forFile(file: string): { config: ProposalConfig; problems: ConfigProblem[] } {
    if (this.fixed) return this.fixed;
    const { config, files } = this.loader.configFor(absolute(file));
    return { config, problems: files.flatMap((configFile) => configFile.problems) };
  }
}

/** Prints configuration problems as `path:line:column: error config message`; true when there were any. */
export function reportConfigProblems(problems: readonly ConfigProblem[]): boolean {
  for (const problem of problems) {
    const text = readFileOrEmpty(problem.file);
    const position = new LineIndex(text).positionAt(problem.span.start);
    process.stderr.write(`${displayPath(problem.file)}:${position.line + 1}:${position.character + 1}: error config ${problem.message}\n`);
  }
  return problems.length > 0;
}
