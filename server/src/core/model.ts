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
 * A piece of the document text with its place. The text is what the span covers, with one
 * exception: a handle written `@[name](profile)` has the text `@name` (the handle it stands for)
 * and a span from its `@` to the end of `name` (where a finding or hover points).
 */
export interface Token {
  text: string;
  span: Span;
}

/** A top-level ATX or setext heading. */
export interface Heading {
  level: number;
  /** The heading text, trimmed, as written (markup included). */
  text: string;
  /** The heading as GitHub shows it: markup removed, link texts kept (what anchors are made from). */
  plain: string;
  /** The whole heading line(s). */
  span: Span;
  /** The heading text without the `#` markers. */
  textSpan: Span;
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
  name: string;
  heading: Heading;
  /** Its own projects; those of its sub-organisations are theirs. */
  projects: Project[];
  /** Sub-organisations one heading level deeper, each holding projects one level deeper again. */
  subOrgs: Organisation[];
  /** The organisation a sub-organisation belongs to. */
  parent?: Organisation;
  /** True when the heading is not at the document's organisation level. */
  misplaced: boolean;
  /** From the heading to the end of the organisation's last block. */
  span: Span;
}

/** One `- Label: value` entry of a project (or a label paragraph outside the list). */
export interface Field {
  /** The label as written, markup included, without the colon. */
  label: string;
  /** The field this label stands for (absent for unknown labels). */
  id?: FieldId;
  form: LabelForm;
  /** The label from its first character through the colon (or the label alone when it has none). */
  labelSpan: Span;
  /** The value: from after the label to the end of the entry (nested lists and continuation blocks included). */
  valueSpan: Span;
  /** The value text, trimmed. Empty when the field has no value. */
  value: string;
  /** The whole entry: the list item, or the paragraph and the blocks that continue it. */
  span: Span;
  /** False when the field is a paragraph instead of a list item of the field list. */
  inList: boolean;
  /** True when the label has no colon. */
  missingColon: boolean;
  /**
   * True when the label's line has no break before it in the markdown: it continues the item or
   * paragraph of the field above (`  - Merged PRs.\n  Mentor(s): …`), so GitHub shows it inside that
   * field's text rather than as a field of its own.
   */
  joined?: boolean;
  /**
   * The run of spaces between the list marker and the label when it is so long (five or
   * more) that GitHub shows the entry as a code block.
   */
  gapSpan?: Span;
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
  text: string;
  span: Span;
  name?: Token;
  /** The handle including its `@` (for `@[name](profile)`, `@name`: see `Token`). */
  handle?: Token;
  email?: Token;
  /**
   * The email as written around its address: `[a@x.io](mailto:a@x.io)` or `<a@x.io>`, or an
   * address obfuscated on purpose (`name AT domain DOT com`); absent when it is the bare address.
   */
  emailWritten?: { span: Span; form: 'mailto' | 'angle' | 'obfuscated' };
  /** A role written before the mentor ("Primary:"), kept by rewrites. */
  role?: Token;
  /** A handle written without its `@` (`Lin Sun (linsun)`), when the entry has no `@handle`. */
  bareHandle?: Token;
  /** A markdown link in the entry, with the GitHub user it points at, if it is a profile link. */
  link?: { text: string; url: string; span: Span; profile?: string };
  problems: MentorProblem[];
  /** True when the entry is a sub-list item (era B style), false when inline. */
  inSubList: boolean;
}

/** A URL in an upstream-issue or LFX field. */
export interface UrlRef {
  url: string;
  span: Span;
  form: 'bare' | 'angle' | 'link';
}

/** A mentorship project entry. */
export interface Project {
  title: string;
  heading: Heading;
  /** The innermost organisation: a sub-organisation (`#### Headlamp`) when the project sits in one. */
  org?: Organisation;
  placement: HeadingPlacement;
  fields: Field[];
  mentors: Mentor[];
  /** Template placeholders written where a mentor should be (`TBD (@tbd, tbd@email)`): no mentors. */
  placeholders?: Mentor[];
  upstream: UrlRef[];
  /** From the heading to the end of the project's last block. */
  span: Span;
}

/** One link of the table of contents. */
export interface TocEntry {
  text: string;
  /** The anchor without `#`. */
  anchor: string;
  span: Span;
  anchorSpan: Span;
  /** Nesting depth in the table of contents list, 0 for the outermost items. */
  depth: number;
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
  orgLevel?: number;
  projectLevel?: number;
  fields: FieldId[];
  /** True when the template asks for a mentor marked primary (GSoC since 2023). */
  asksPrimaryMentor: boolean;
  /** True when the template asks for at least two mentors ("at least 2 mentors"). */
  asksTwoMentors: boolean;
  /** Where the template is. */
  span: Span;
}

/** A whole proposal file. */
export interface ProposalDocument {
  text: string;
  programme: Programme;
  /** The document's own entry template, when it carries one. */
  template?: EntryTemplate;
  era: Era;
  /** The term title: the first heading, when it sits above the organisations. */
  title?: Heading;
  /** Heading level of organisations; 0 when the document holds no project. */
  orgLevel: number;
  /** Heading level of projects, found from the headings that carry a field list; 0 when none. */
  projectLevel: number;
  headings: Heading[];
  /** Headings above the organisation level that are not organisations (Timeline, Instructions). */
  sections: Heading[];
  toc?: { span: Span; entries: TocEntry[] };
  /** The top-level organisations; sub-organisations are reached through their `subOrgs`. */
  orgs: Organisation[];
  /** Every project in document order (also reachable through `orgs`). */
  projects: Project[];
  /**
   * Present when the document is a draft of CNCF's issue form rather than a term file; `orgs`
   * and `projects` then hold its one proposal, read from the form's sections.
   */
  draft?: Draft;
}

/** A checkbox of an issue-form draft as GitHub renders it: `- [X] label` or `- [ ] label`. */
export interface DraftCheckbox {
  label: string;
  checked: boolean;
  /** The whole line without its line break. */
  span: Span;
  labelSpan: Span;
}

/** One `### <label>` section of an issue-form draft. */
export interface DraftSection {
  /** The id of the form field the heading names; absent for a heading that names none. */
  fieldId?: string;
  /**
   * For a section that names no field and starts at a `### ` line inside a long text (a
   * textarea's value): the id of that field, and whether the line is inside a code block.
   * GitHub shows the line as part of the text, but CNCF's bot splits the body at every line
   * starting with `### `, so for the bot and its export the text ends there.
   */
  cuts?: { fieldId: string; inCode: boolean };
  heading: Heading;
  /** From the end of the heading line to the next section (or the end of the text). */
  valueSpan: Span;
  /** The value without surrounding blank space; empty when there is none or it is `_No response_`. */
  value: string;
  /** Where `value` is; an empty span at the value's start when there is none. */
  valueTextSpan: Span;
  /** True when the value is GitHub's `_No response_`. */
  noResponse: boolean;
  /** The checkbox lines of the value. */
  checkboxes: DraftCheckbox[];
}

/** One line of the Mentors field: `Full Name | @handle | email | LFID`. */
export interface DraftMentorLine {
  text: string;
  span: Span;
  /** The `|`-separated parts, each trimmed (an empty part is an empty span where it would be). */
  parts: Token[];
  /** A `- ` or `* ` written before the line, which is no part of the form's format. */
  bullet?: Span;
}

/** What an issue-form draft holds beyond the common model. */
export interface Draft {
  form: IssueForm;
  /** The sections in document order. */
  sections: DraftSection[];
  mentorLines: DraftMentorLine[];
}
