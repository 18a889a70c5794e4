// The typed model of a proposal file that every rule and feature reads.
// Positions are offsets into the document text in UTF-16 code units, as JavaScript
// strings count them; conversion to lines and columns happens at the edges.

import type { Era, FieldId, LabelForm } from './fields';
import type { IssueForm } from './issue-form';
import type { Span } from './span';

// Defined where they are read (the label catalogue; offsets), so neither imports the model back.
export type { Era, LabelForm } from './fields';
export type { Span } from './span';

/**
 * A model type with its own fields open to the reader that builds it (the model is read-only to
 * everyone else: readings are shared between versions of a document).
 */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A piece of the document text with its place. The text is what the span covers, with one
 * exception: a handle written `@[name](profile)` has the text `@name` (the handle it stands for)
 * and a span from its `@` to the end of `name` (where a finding or hover points).
 */
export interface Token {
  readonly text: string;
  readonly span: Span;
}

/** A top-level ATX or setext heading. */
export interface Heading {
  readonly level: number;
  /** The heading text, trimmed, as written (markup included). */
  readonly text: string;
  /** The heading as GitHub shows it: markup removed, link texts kept (what anchors are made from). */
  readonly plain: string;
  /** The whole heading line(s). */
  readonly span: Span;
  /** The heading text without the `#` markers. */
  readonly textSpan: Span;
}

/** Where a project heading sits relative to the document's project level. */
export type HeadingPlacement =
  /** At the project level. */
  | 'ok'
  /** Shallower than the project level (at the organisation level or above). */
  | 'above'
  /** Deeper than the project level (one level deeper is right inside a sub-organisation). */
  | 'deeper';

/**
 * An organisation (a CNCF project) and the mentorship projects under it. Organisations may nest
 * one level: `### Kubernetes` holding the sub-organisations `#### Headlamp`, `#### Kubespray`, each
 * holding `##### <project>` entries (2026 term 1), beside projects of its own (`### Volcano`).
 */
export interface Organisation {
  readonly name: string;
  readonly heading: Heading;
  /** Its own projects; those of its sub-organisations are theirs. */
  readonly projects: readonly Project[];
  /** Sub-organisations one heading level deeper, each holding projects one level deeper again. */
  readonly subOrgs: readonly Organisation[];
  /** The organisation a sub-organisation belongs to. */
  readonly parent?: Organisation;
  /** True when the heading is not at the document's organisation level. */
  readonly misplaced: boolean;
  /** From the heading to the end of the organisation's last block. */
  readonly span: Span;
}

/** One `- Label: value` entry of a project (or a label paragraph outside the list). */
export interface Field {
  /** The label as written, markup included, without the colon. */
  readonly label: string;
  /** The field this label stands for (absent for unknown labels). */
  readonly id?: FieldId;
  readonly form: LabelForm;
  /** The label from its first character through the colon (or the label alone when it has none). */
  readonly labelSpan: Span;
  /** The value: from after the label to the end of the entry (nested lists and continuation blocks included). */
  readonly valueSpan: Span;
  /** The value text, trimmed. Empty when the field has no value. */
  readonly value: string;
  /** The whole entry: the list item, or the paragraph and the blocks that continue it. */
  readonly span: Span;
  /** False when the field is a paragraph instead of a list item of the field list. */
  readonly inList: boolean;
  /** True when the label has no colon. */
  readonly missingColon: boolean;
  /**
   * True when the label's line has no break before it in the markdown: it continues the item or
   * paragraph of the field above (`  - Merged PRs.\n  Mentor(s): …`), so GitHub shows it inside that
   * field's text rather than as a field of its own.
   */
  readonly joined?: boolean;
  /**
   * The run of spaces between the list marker and the label when it is so long (five or
   * more) that GitHub shows the entry as a code block.
   */
  readonly gapSpan?: Span;
}

/** What is wrong with the way a mentor entry is written. */
export type MentorProblem =
  /** No `@handle`. */
  | 'no-handle'
  /** The handle is written without its `@`. */
  | 'no-at'
  /** No name before the handle. */
  | 'no-name'
  /** An opening parenthesis without its closing one (or the reverse). */
  | 'unbalanced-parenthesis'
  /** The handle is a markdown link whose text differs from the GitHub profile it links to. */
  | 'link-mismatch'
  /** The name (or handle) is written as a markdown link instead of `Name (@handle)`. */
  | 'linked'
  /** Name, handle and email are not in the `Name (@handle, email)` shape. */
  | 'shape'
  /** Nothing in the entry names a person: no name, handle, email or link. */
  | 'no-person';

/** One mentor of a project as written. */
export interface Mentor {
  /** The whole entry text. */
  readonly text: string;
  readonly span: Span;
  readonly name?: Token;
  /** The handle including its `@` (for `@[name](profile)`, `@name`: see `Token`). */
  readonly handle?: Token;
  readonly email?: Token;
  /**
   * The email as written around its address: `[a@x.io](mailto:a@x.io)` or `<a@x.io>`, or an
   * address obfuscated on purpose (`name AT domain DOT com`); absent when it is the bare address.
   */
  readonly emailWritten?: { readonly span: Span; readonly form: 'mailto' | 'angle' | 'obfuscated' };
  /** A role written before the mentor ("Primary:"), kept by rewrites. */
  readonly role?: Token;
  /** A handle written without its `@` (`Lin Sun (linsun)`), when the entry has no `@handle`. */
  readonly bareHandle?: Token;
  /** A markdown link in the entry, with the GitHub user it points at, if it is a profile link. */
  readonly link?: { readonly text: string; readonly url: string; readonly span: Span; readonly profile?: string };
  readonly problems: readonly MentorProblem[];
  /** True when the entry is a sub-list item (era B style), false when inline. */
  readonly inSubList: boolean;
}

/** A URL in an upstream-issue or LFX field. */
export interface UrlRef {
  readonly url: string;
  readonly span: Span;
  readonly form: 'bare' | 'angle' | 'link';
}

/** A mentorship project entry. */
export interface Project {
  readonly title: string;
  readonly heading: Heading;
  /** The innermost organisation: a sub-organisation (`#### Headlamp`) when the project sits in one. */
  readonly org?: Organisation;
  readonly placement: HeadingPlacement;
  readonly fields: readonly Field[];
  readonly mentors: readonly Mentor[];
  /** Template placeholders written where a mentor should be (`TBD (@tbd, tbd@email)`): no mentors. */
  readonly placeholders?: readonly Mentor[];
  readonly upstream: readonly UrlRef[];
  /** From the heading to the end of the project's last block. */
  readonly span: Span;
}

/** One link of the table of contents. */
export interface TocEntry {
  readonly text: string;
  /** The anchor without `#`. */
  readonly anchor: string;
  readonly span: Span;
  readonly anchorSpan: Span;
  /** Nesting depth in the table of contents list, 0 for the outermost items. */
  readonly depth: number;
}

/**
 * The mentorship programme a document proposes for: `lfx` (an LFX Mentorship term file, or a
 * draft of its issue form), `gsoc` (a Google Summer of Code idea page). Read from the content.
 */
export type Programme = 'lfx' | 'gsoc';

/**
 * What a document's own entry template says (the fenced block under a "Template" heading):
 * the heading levels of its organisation and project, and the fields of an entry in order.
 */
export interface EntryTemplate {
  readonly orgLevel?: number;
  readonly projectLevel?: number;
  readonly fields: readonly FieldId[];
  /** True when the template asks for a mentor marked primary (GSoC since 2023). */
  readonly asksPrimaryMentor: boolean;
  /** True when the template asks for at least two mentors ("at least 2 mentors"). */
  readonly asksTwoMentors: boolean;
  /** Where the template is. */
  readonly span: Span;
}

/** What every kind of proposal file has: its headings, and its proposals as organisations and projects. */
interface DocumentBase {
  readonly text: string;
  readonly programme: Programme;
  readonly era: Era;
  /** The term title: the first heading, when it sits above the organisations. */
  readonly title?: Heading;
  /** Heading level of organisations; 0 when the document holds no project. */
  readonly orgLevel: number;
  /** Heading level of projects, found from the headings that carry a field list; 0 when none. */
  readonly projectLevel: number;
  readonly headings: readonly Heading[];
  /** Headings above the organisation level that are not organisations (Timeline, Instructions). */
  readonly sections: readonly Heading[];
  /** The top-level organisations; sub-organisations are reached through their `subOrgs`. */
  readonly orgs: readonly Organisation[];
  /** Every project in document order (also reachable through `orgs`). */
  readonly projects: readonly Project[];
}

/** A table of contents: the list of `#anchor` links near the top of a term file. */
export interface TableOfContents {
  readonly span: Span;
  readonly entries: readonly TocEntry[];
}

/**
 * A term file: a term's README.md or project_ideas.md of LFX Mentorship, or a Google Summer of
 * Code idea page (`programme` tells them apart), with organisations and project entries under headings.
 */
export interface TermDocument extends DocumentBase {
  readonly kind: 'term';
  /** The document's own entry template, when it carries one. */
  readonly template?: EntryTemplate;
  readonly toc?: TableOfContents;
}

/**
 * A draft of CNCF's issue form: its sections, and its one proposal in `orgs` and `projects`
 * (read from the form's sections), so the outline, hover, preview and workspace index need nothing of their own.
 */
export interface DraftDocument extends DocumentBase {
  readonly kind: 'draft';
  readonly draft: Draft;
}

/**
 * A whole proposal file, by its kind: rules and features look at `kind` once and read the
 * variant's own parts (`TermDocument.toc`, `DraftDocument.draft`) from there. A new kind of file
 * (another programme's format) is a new variant.
 */
export type ProposalDocument = TermDocument | DraftDocument;

/** The kinds of proposal file. */
export type DocumentKind = ProposalDocument['kind'];

/** A checkbox of an issue-form draft as GitHub renders it: `- [X] label` or `- [ ] label`. */
export interface DraftCheckbox {
  readonly label: string;
  readonly checked: boolean;
  /** The whole line without its line break. */
  readonly span: Span;
  readonly labelSpan: Span;
}

/** One `### <label>` section of an issue-form draft. */
export interface DraftSection {
  /** The id of the form field the heading names; absent for a heading that names none. */
  readonly fieldId?: string;
  /**
   * For a section that names no field and starts at a `### ` line inside a long text (a
   * textarea's value): the id of that field, and whether the line is inside a code block.
   * GitHub shows the line as part of the text, but CNCF's bot splits the body at every line
   * starting with `### `, so for the bot and its export the text ends there.
   */
  readonly cuts?: { readonly fieldId: string; readonly inCode: boolean };
  readonly heading: Heading;
  /** From the end of the heading line to the next section (or the end of the text). */
  readonly valueSpan: Span;
  /** The value without surrounding blank space; empty when there is none or it is `_No response_`. */
  readonly value: string;
  /** Where `value` is; an empty span at the value's start when there is none. */
  readonly valueTextSpan: Span;
  /** True when the value is GitHub's `_No response_`. */
  readonly noResponse: boolean;
  /** The checkbox lines of the value. */
  readonly checkboxes: readonly DraftCheckbox[];
}

/** One line of the Mentors field: `Full Name | @handle | email | LFID`. */
export interface DraftMentorLine {
  readonly text: string;
  readonly span: Span;
  /** The `|`-separated parts, each trimmed (an empty part is an empty span where it would be). */
  readonly parts: readonly Token[];
  /** A `- ` or `* ` written before the line, which is no part of the form's format. */
  readonly bullet?: Span;
}

/** What an issue-form draft holds beyond the common model. */
export interface Draft {
  readonly form: IssueForm;
  /** The sections in document order. */
  readonly sections: readonly DraftSection[];
  readonly mentorLines: readonly DraftMentorLine[];
}
