// The configuration lookup on Node's file system, shared by the CLI and the language server:
// the pure lookups of core/config.ts (and of the issue form, core/issue-form.ts) with a host
// that reads files and knows where to stop.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type ConfigFile, loadConfig, type ProposalConfig } from './core/config';
import { findIssueForm, type FoundForm } from './core/issue-form';
import { RULE_IDS } from './rules';

/** Reads configuration files with a cache per path, stopping at the given roots or a repository root. */
export class NodeConfigLoader {
  private readonly texts = new Map<string, string | undefined>();
  private readonly forms = new Map<string, FoundForm>();

  /** @param roots folders where the walk up stops (workspace folders); a folder with `.git` stops it too. */
  constructor(private readonly roots: () => readonly string[] = () => []) {}

  /** The effective configuration of a file (absolute path with `/`), and the files it came from. */
  configFor(filePath: string): { config: ProposalConfig; files: ConfigFile[] } {
    return loadConfig(
      filePath,
      {
        readFile: (path) => this.read(path),
        isRoot: (folder) => this.roots().includes(folder) || existsSync(join(folder, '.git')),
      },
      RULE_IDS,
    );
  }

  /** The issue form of the repository a file (absolute path with `/`) is in. */
  issueFormFor(filePath: string): FoundForm {
    // Cached per folder: every keystroke in a draft asks, and the YAML is parsed once.
    const folder = filePath.slice(0, filePath.lastIndexOf('/'));
    let found = this.forms.get(folder);
    if (!found) {
      found = findIssueForm(filePath, {
        readFile: (path) => this.read(path),
        isRoot: (candidate) => this.roots().includes(candidate) || existsSync(join(candidate, '.git')),
      });
      this.forms.set(folder, found);
    }
    return found;
  }

  /** Reads one configuration file exactly (the CLI's --config). */
  read(path: string): string | undefined {
    if (!this.texts.has(path)) {
      let text: string | undefined;
      try {
        text = statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
      } catch {
        text = undefined;
      }
      this.texts.set(path, text);
    }
    return this.texts.get(path);
  }

  /** Forgets what was read (a configuration file changed). */
  clear(): void {
    this.texts.clear();
    this.forms.clear();
  }
}
