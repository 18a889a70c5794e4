// What `check` does with one file, the same in the CLI's own thread and in its worker threads:
// parse it (what it adds to the workspace index comes with the model), then lint it against the
// index of every file of the call, noting each question a rule asked the index, so that a cached
// result can later be shown to still hold (cache.ts) without parsing the file again.

import { createHash } from 'node:crypto';
import { parseDraft } from '../core/draft';
import { SectionCache } from '../core/incremental';
import type { IssueForm } from '../core/issue-form';
import { type FileKnowledge, WorkspaceKnowledge } from '../core/knowledge';
import { LineIndex } from '../core/lines';
import type { ProposalDocument } from '../core/model';
import type { Finding, RuleSettings } from '../rules';
import { checkDocument, readProposal } from '../service/pipeline';

/** A file to check: its text with the settings and the issue form that apply to it. */
export interface FileToCheck {
  /** The name messages give it (as on the command line; standard input's is --stdin-filename). */
  file: string;
  /**
   * Its absolute path: the rules that look across files tell a term's README.md and
   * project_ideas.md by their folder, however the file was named on the command line.
   */
  path: string;
  text: string;
  rules: RuleSettings;
  form: IssueForm;
  /**
   * Read as an issue-form draft even when too few of its sections are named as the form names
   * them for the text alone to say so (standard input named `NAME.proposal.md`).
   */
  draftByName?: boolean;
  /** Whether --cache may keep its findings (a file, not standard input). */
  cacheable?: boolean;
}

/** A finding as the output needs it: no fixes (the CLI prints none; --fix applied the safe ones before). */
export type FoundFinding = Pick<Finding, 'rule' | 'severity' | 'message' | 'span'>;

/** A question a rule asked the workspace index (a method and its arguments), with a digest of the answer. */
export interface IndexQuery {
  method: string;
  args: unknown[];
  answer: string;
}

/** The findings of one file, with what the rules asked the index to find them (for the cache). */
export interface LintResult {
  findings: FoundFinding[];
  queries: IndexQuery[];
}

/** What a file adds to the index, under its path. */
export interface IndexEntry {
  uri: string;
  knowledge: FileKnowledge;
}

/**
 * The index questions the CLI can answer alike in every thread and check a cached result against:
 * those answered from what the files add to the index (`FileKnowledge`). A rule that asks anything
 * else (a file's model, which a worker has only for its own files) throws, in every thread.
 */
const REPLAYABLE = new Set(['mentor', 'mentors', 'skills', 'upstreamUses']);

/**
 * Parses one file as the language service does. `sections` may be shared by the files of one
 * call: the versions of a term file in a repository's history share most of their sections,
 * which are then parsed once.
 */
export function parseFile(file: FileToCheck, sections = new SectionCache()): ProposalDocument {
  const document = readProposal(file.text, file.form, sections);
  return file.draftByName && document.kind !== 'draft' ? parseDraft(file.text, file.form) : document;
}

/** What a parsed file adds to the index. */
export function knowledgeOf(uri: string, document: ProposalDocument): FileKnowledge {
  const scratch = new WorkspaceKnowledge();
  scratch.update(uri, document);
  return scratch.knowledgeOf(uri)!;
}

/**
 * The index of the call's files in their order (the order decides which other use of an
 * upstream issue a finding names): `entries[i]` is file i's; its model where this thread parsed
 * it (`documents`, by file index), else its knowledge. A file named twice (standard input named
 * as a file) is indexed as its last reading, where its first reading was, as in one thread.
 */
export function buildIndex(entries: readonly IndexEntry[], documents: ReadonlyMap<number, ProposalDocument> = new Map()): WorkspaceKnowledge {
  const workspace = new WorkspaceKnowledge();
  entries.forEach(({ uri, knowledge }, index) => {
    const document = documents.get(index);
    if (document) workspace.update(uri, document);
    else workspace.restore(uri, knowledge);
  });
  return workspace;
}

/**
 * Checks a parsed file against the index; with `answers` (for the cache), records what its rules
 * asked the index, the digests of the answers kept in `answers` for the files linted against the
 * same index (they ask alike about the issues and mentors they share).
 */
export function checkFile(file: FileToCheck, document: ProposalDocument, workspace: WorkspaceKnowledge, answers?: Map<string, string>): LintResult {
  const queries = new Map<string, IndexQuery>();
  const recorder = answers && { queries, answers };
  const found = checkDocument(document, { rules: file.rules, lines: new LineIndex(file.text), uri: file.path, workspace: guarded(workspace, recorder) });
  const findings = found.map(({ rule, severity, message, span }) => ({ rule, severity, message, span }));
  return { findings, queries: [...queries.values()] };
}

/**
 * Whether the index gives every recorded question the answer it gave when the findings were made.
 * `answers` keeps the digests of the answers for the files of one call (they ask alike about the
 * issues and mentors they share).
 */
export function answersHold(queries: readonly IndexQuery[], workspace: WorkspaceKnowledge, answers = new Map<string, string>()): boolean {
  return queries.every(({ method, args, answer }) => {
    if (!REPLAYABLE.has(method)) return false;
    const key = `${method}\0${JSON.stringify(args)}`;
    let now = answers.get(key);
    if (now === undefined) {
      const ask = (workspace as unknown as Record<string, (...args: unknown[]) => unknown>)[method];
      answers.set(key, (now = digest(ask.apply(workspace, args))));
    }
    return now === answer;
  });
}

/** The index as the rules see it: only the REPLAYABLE questions, each noted once in `recorder.queries` (if given) with a digest of its answer. */
function guarded(workspace: WorkspaceKnowledge, recorder: { queries: Map<string, IndexQuery>; answers: Map<string, string> } | undefined): WorkspaceKnowledge {
  return new Proxy(workspace, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = String(property);
      if (!REPLAYABLE.has(method)) throw new Error(`a rule asked the workspace index for "${method}", which the CLI cannot answer alike in every thread nor check a cached result against`);
      return (...args: unknown[]) => {
        const answer: unknown = value.apply(target, args);
        if (recorder) {
          const key = `${method}\0${JSON.stringify(args)}`;
          let known = recorder.answers.get(key);
          if (known === undefined) recorder.answers.set(key, (known = digest(answer)));
          if (!recorder.queries.has(key)) recorder.queries.set(key, { method, args, answer: known });
        }
        return answer;
      };
    },
  });
}

/** A short digest of an answer's JSON. */
function digest(answer: unknown): string {
  return createHash('sha1')
    .update(JSON.stringify(answer) ?? 'undefined')
    .digest('base64');
}
