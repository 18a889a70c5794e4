// The configuration file `.lfx-proposals.json` (or `.jsonc`): which rules run at which
// severity, which files are proposal files, which are ignored. The CLI and the language
// server find and read it through these functions, so the same tree gives the same findings
// in CI and in the editor. Files are found by walking up from the checked file to the root
// (the workspace folder, or the repository); the nearest file wins, merged over the farther.

import { type ParseError, parseTree, printParseErrorCode, type Node as JsonNode } from 'jsonc-parser';
import type { Span } from './model';
import { proposalFileMatcher } from './proposal-files';

/** The names a configuration file may have, in the order they are looked for in one folder. */
export const CONFIG_FILE_NAMES = ['.lfx-proposals.json', '.lfx-proposals.jsonc'] as const;

/** The severities a rule can be given, `off` silencing it. */
export const SEVERITY_SETTINGS = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/** The effective configuration of one file. */
export interface ProposalConfig {
  /** Rule id → severity, over each rule's default. */
  rules: Record<string, SeveritySetting>;
  /** Globs of proposal files, relative to `filesBase`; undefined when no file sets them. */
  files?: string[];
  /** The folder of the configuration file that set `files`. */
  filesBase?: string;
  /** Globs of files never checked, relative to `ignoreBase`. */
  ignore: string[];
  /** The folder of the configuration file that set `ignore`. */
  ignoreBase?: string;
  /** The configuration files merged, farthest first. */
  sources: string[];
}

/** A mistake in a configuration file, with its place. */
export interface ConfigProblem {
  file: string;
  message: string;
  span: Span;
}

/** What the configuration lookup needs from its host (Node's file system, a browser workspace). */
export interface ConfigHost {
  /** The text of a file, undefined when there is none. */
  readFile(path: string): string | undefined;
  /** True for the folder where the walk up stops (a workspace folder, a repository root). */
  isRoot(folder: string): boolean;
}

/** The configuration of one file's own settings, before merging. */
export interface ConfigFile {
  path: string;
  rules: Record<string, SeveritySetting>;
  files?: string[];
  ignore?: string[];
  problems: ConfigProblem[];
}

/**
 * Reads one configuration file's text: JSON with comments and trailing commas. Unknown keys,
 * unknown rule ids and bad values are problems with their exact place; what is valid is kept.
 */
export function parseConfigFile(path: string, text: string, ruleIds: readonly string[]): ConfigFile {
  const result: ConfigFile = { path, rules: {}, problems: [] };
  const problem = (message: string, start: number, length: number) =>
    result.problems.push({ file: path, message, span: { start, end: start + Math.max(length, 1) } });
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors) problem(`Invalid JSON: ${describeError(printParseErrorCode(error.error))}.`, error.offset, error.length);
  if (!root) return result;
  if (root.type !== 'object') {
    problem('The configuration must be a JSON object: { "rules": { … } }.', root.offset, root.length);
    return result;
  }
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = String(key.value);
    if (name === 'rules') readRules(value, ruleIds, result, problem);
    else if (name === 'files' || name === 'ignore') {
      const globs = readGlobs(value, name, problem);
      if (globs) result[name] = globs;
    } else if (name !== '$schema') {
      problem(`Unknown setting "${name}"; the settings are "rules", "files" and "ignore".`, key.offset, key.length);
    }
  }
  result.problems.sort((a, b) => a.span.start - b.span.start);
  return result;
}

function readRules(value: JsonNode, ruleIds: readonly string[], result: ConfigFile, problem: (message: string, start: number, length: number) => void): void {
  if (value.type !== 'object') {
    problem('"rules" must be an object of rule ids and severities: { "few-mentors": "off" }.', value.offset, value.length);
    return;
  }
  for (const entry of value.children ?? []) {
    const [key, severity] = entry.children ?? [];
    if (!key || !severity) continue;
    const id = String(key.value);
    if (!ruleIds.includes(id)) {
      problem(`Unknown rule "${id}".`, key.offset, key.length);
    } else if (severity.type !== 'string' || !SEVERITY_SETTINGS.includes(severity.value)) {
      problem(`The severity of "${id}" must be one of ${SEVERITY_SETTINGS.map((name) => `"${name}"`).join(', ')}.`, severity.offset, severity.length);
    } else {
      result.rules[id] = severity.value as SeveritySetting;
    }
  }
}

function readGlobs(value: JsonNode, name: string, problem: (message: string, start: number, length: number) => void): string[] | undefined {
  if (value.type !== 'array' || (value.children ?? []).some((child) => child.type !== 'string')) {
    problem(`"${name}" must be an array of glob patterns: [ "**/project_ideas.md" ].`, value.offset, value.length);
    return undefined;
  }
  return (value.children ?? []).map((child) => String(child.value));
}

function describeError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The folder of a path with `/` separators. */
export function folderOf(path: string): string {
  const index = path.lastIndexOf('/');
  return index <= 0 ? '/' : path.slice(0, index);
}

/**
 * The configuration files that apply to a file, farthest first: one a folder at most, from the
 * file's folder up to the root.
 */
export function findConfigFiles(filePath: string, host: ConfigHost): Array<{ path: string; text: string }> {
  const found: Array<{ path: string; text: string }> = [];
  let folder = folderOf(filePath);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = folder === '/' ? `/${name}` : `${folder}/${name}`;
      const text = host.readFile(path);
      if (text !== undefined) {
        found.unshift({ path, text });
        break;
      }
    }
    if (host.isRoot(folder) || folder === '/') break;
    folder = folderOf(folder);
  }
  return found;
}

/** Merges configuration files (farthest first): rules per id, files and ignore from the nearest that sets them. */
export function mergeConfig(files: readonly ConfigFile[]): ProposalConfig {
  const config: ProposalConfig = { rules: {}, ignore: [], sources: files.map((file) => file.path) };
  for (const file of files) {
    Object.assign(config.rules, file.rules);
    if (file.files) {
      config.files = file.files;
      config.filesBase = folderOf(file.path);
    }
    if (file.ignore) {
      config.ignore = file.ignore;
      config.ignoreBase = folderOf(file.path);
    }
  }
  return config;
}

/** Finds, reads and merges the configuration of one file. */
export function loadConfig(filePath: string, host: ConfigHost, ruleIds: readonly string[]): { config: ProposalConfig; files: ConfigFile[] } {
  const files = findConfigFiles(filePath, host).map(({ path, text }) => parseConfigFile(path, text, ruleIds));
  return { config: mergeConfig(files), files };
}

/** A path relative to a folder (both with `/`), or undefined when it is not inside it. */
export function relativeTo(folder: string, path: string): string | undefined {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

/** True when the configuration's `ignore` globs name the file. */
export function isIgnored(config: ProposalConfig, filePath: string): boolean {
  if (!config.ignoreBase || config.ignore.length === 0) return false;
  const relative = relativeTo(config.ignoreBase, filePath);
  return relative !== undefined && proposalFileMatcher(config.ignore)(relative);
}
