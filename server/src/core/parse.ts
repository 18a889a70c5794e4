// Turns the text of a proposal file into a `ProposalDocument`: the term, its
// organisations and projects, each project's fields, mentors and upstream URLs.
// remark-parse gives the block structure (so values that are paragraphs, sub-lists or
// block quotes with their own headings stay values); labels, mentors and URLs are then
// read from the source text under each block, so every span is exact. Never throws.

import type { Heading as MdHeading, List, ListItem, Node, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findCncfProject } from './cncf-projects';
import { type FieldId, isAcceptedLabel, isKnownLabel, matchLabel } from './fields';
import { readMentorLine } from './mentors';
import { urlsIn } from './urls';
import { withOwnStrings } from './own-strings';
import { withoutBom } from './block-scan';
import { looksLikeDraft, parseDraft } from './draft';
import { BUNDLED_FORM, type IssueForm } from './issue-form';
import type {
  EntryTemplate,
  Era,
  Field,
  Heading,
  HeadingPlacement,
  Mentor,
  Organisation,
  Programme,
  Project,
  ProposalDocument,
  Span,
  TocEntry,
} from './model';

const markdown = unified().use(remarkParse);

/**
 * Parses a proposal file: a term file, or a draft of the issue form (by its headings; `form` is
 * the workspace's form when it has one). Works on any text; a file with no project yields an
 * empty model.
 */
export function parseProposal(text: string, form: IssueForm = BUNDLED_FORM): ProposalDocument {
  if (looksLikeDraft(text, form)) return parseDraft(text, form);
  const source = withoutBom(text);
  return readProposal(text, markdown.parse(boundedForParsing(source)) as Root);
}

export { withoutBom } from './block-scan';

/**
 * Parses markdown into its top-level blocks (offsets relative to `text`). A section that a
 * heading follows in its document is parsed with a heading after it: micromark ends some blocks
 * differently at the end of the input (an HTML comment in a list item before a blank line keeps
 * the blank line; LFX_SEED=200003), and the section's blocks must end as in the whole text.
 */
export function parseBlocks(text: string, followedByHeading = false): RootContent[] {
  if (!followedByHeading) return (markdown.parse(boundedForParsing(text)) as Root).children;
  const blocks = (markdown.parse(boundedForParsing(text + '#')) as Root).children;
  const last = blocks[blocks.length - 1];
  if (last?.type === 'heading' && last.position?.start.offset === text.length) blocks.pop();
  return blocks;
}

/** Lines longer than this are parsed with their inline markup neutralised past LONG_LINE_KEPT. */
const LONG_LINE = 10_000;
const LONG_LINE_KEPT = 1_000;
const LONG_LINES = new RegExp(`[^\\r\\n]{${LONG_LINE + 1},}`, 'g');

/**
 * The text remark-parse is given. micromark's inline parse grows quadratically with a run of
 * emphasis, bracket or escape characters on one line (a pasted 100 KB line of `*` took minutes),
 * so past the first LONG_LINE_KEPT characters of a line longer than LONG_LINE those characters
 * become `x`. The length and the line breaks stay, so every offset into the text stays right, and
 * the block structure (decided at a line's start) is unchanged; the model reads its values from
 * the original text by offset.
 */
function boundedForParsing(text: string): string {
  if (text.length <= LONG_LINE) return text;
  let result = '';
  let at = 0;
  for (const match of text.matchAll(LONG_LINES)) {
    const start = (match.index ?? 0) + LONG_LINE_KEPT;
    const end = (match.index ?? 0) + match[0].length;
    result += text.slice(at, start) + text.slice(start, end).replace(/[*_`[\]\\<>!&~|]/g, 'x');
    at = end;
  }
  return at === 0 ? text : result + text.slice(at);
}

/** Reads the model from a markdown tree of the text (as parsed whole, or put together from sections). */
export function readProposal(text: string, tree: Root): ProposalDocument {
  return new DocumentReader(withoutBom(text), text, tree).read();
}

/**
 * Reads the model as readProposal does, then lets the `settle` blocks (top-level blocks of the
 * tree) go of their content: what is read from inside a block (a heading's text, a section's
 * fields, a list's table of contents) is remembered by node, so later reads of the same node need
 * only its type and offsets. The incremental parser keeps its sections' nodes across versions,
 * and their content was most of its memory. Undefined when a read needed the content of a block
 * settled before (no reading remembered for it): the caller parses again.
 */
export function readAndSettle(text: string, tree: Root, settle: readonly RootContent[]): ProposalDocument | undefined {
  const reader = new DocumentReader(withoutBom(text), text, tree);
  const document = reader.read();
  if (reader.readSettled) return undefined;
  reader.settle(settle);
  return document;
}

/** Top-level blocks whose content has been dropped (see readAndSettle). */
const SETTLED = new WeakSet<Node>();

/** A heading with the top-level blocks that follow it up to the next heading. */
interface HeadingSection {
  /** The heading's node: what a section's reading is remembered by (see `SectionReading`). */
  node: MdHeading;
  /** The section's reading at today's offsets. */
  view: SectionView;
  heading: Heading;
  blocks: RootContent[];
  /** End offset of the last block (or of the heading when it has none). */
  end: number;
  carriesFields: boolean;
}

/** A field while it is being read, with the blocks that make up its value. */
interface FieldDraft extends Field {
  /** The rest of the label's own paragraph, when it holds text after the label. */
  inline?: Span;
  /** List items that hold the value: nested under the field's item, or following a label paragraph. */
  items: ListItem[];
}

/** The label at the start of a paragraph: its text, where it ends, and how it is written. */
interface LabelAt {
  label: string;
  id?: FieldId;
  form: Field['form'];
  span: Span;
  missingColon: boolean;
}

// `Label:`, optionally bold, with the stray markup seen in real files (`Skills\*\*:`, `Skills:**`).
// A colon followed by `//` is a URL, not a label.
const LABEL_WITH_COLON = /^[ \t]*(\*\*|__)?([A-Za-z][A-Za-z0-9 ()[\]\-/'’]{0,40}?)[ \t]*(\\\*\\\*|\*\*|__)?[ \t]*[:：](?!\/\/)(\*\*|__)?/;
const LABEL_ALONE = /^[ \t]*(\*\*|__)?([A-Za-z][A-Za-z0-9 ()[\]\-/'’]{0,40}?)[ \t]*(\*\*|__)?[ \t]*$/;
const EXAMPLE_SECTION = /^(?:template|sample|example)s?\b/i;
// Headings of the term's own sections: a field-less heading under one is no entry being written.
const TERM_SECTION = /\b(?:timeline|instructions?|guidelines?|schedule|dates|application|how to|faq)\b/i;
const LISTING_SECTION = /\b(?:projects?|ideas?|proposals?|accepted|participating|contents)\b/i;

class DocumentReader {
  /** Set when a reading had to look inside a settled block: the model read is not to be trusted. */
  readSettled = false;

  constructor(
    private readonly source: string,
    private readonly text: string,
    private readonly tree: Root,
  ) {}

  read(): ProposalDocument {
    const { preamble, sections } = this.cutAtHeadings();
    const template = this.findTemplate(sections);
    // A GSoC page's template is kept up to date by the programme; an LFX file's may be stale
    // (2022 term 1's says `###`/`####` above entries written `####`/`#####`).
    const gsocTemplate = template?.fields.includes('projectSize') ? template : undefined;
    const projectLevel = findProjectLevel(sections, gsocTemplate);
    const orgLevel = projectLevel > 1 ? projectLevel - 1 : 0;
    const headings = sections.map((section) => section.heading);
    const document: ProposalDocument = {
      text: this.text,
      programme: 'lfx',
      ...(template && { template }),
      era: 'B',
      orgLevel,
      projectLevel,
      headings,
      sections: [],
      orgs: [],
      projects: [],
    };
    if (headings[0] && (orgLevel === 0 || headings[0].level < orgLevel)) document.title = headings[0];
    if (projectLevel > 0) this.readStructure(sections, document);
    else document.sections = headings;
    document.toc = this.findToc(preamble, sections, document);
    document.era = findEra(document);
    document.programme = findProgramme(document);
    return document;
  }

  /**
   * The entry template the document carries: the first fenced block under a "Template" heading
   * (GSoC pages, recent project_ideas.md files), read from the source text by offset (a settled
   * block keeps its place, not its content): its headings' levels and its field labels.
   */
  private findTemplate(sections: HeadingSection[]): EntryTemplate | undefined {
    for (const section of sections) {
      if (!/^template\b/i.test(section.heading.plain)) continue;
      const code = section.blocks.find((block) => block.type === 'code');
      if (!code) continue;
      const span = spanOf(code);
      const levels: number[] = [];
      const fields: FieldId[] = [];
      const block = this.source.slice(span.start, span.end);
      for (const line of block.split(/\r?\n/)) {
        const heading = /^(#{1,6})[ \t]+\S/.exec(line);
        if (heading) levels.push(heading[1].length);
        const label = /^[ \t]*[-*][ \t]+(?:\*\*)?([A-Za-z][^:：*]{0,40}?)(?:\*\*)?[ \t]*[:：]/.exec(line);
        const id = label && matchLabel(label[1].trim(), false).id;
        if (id && !fields.includes(id)) fields.push(id);
      }
      if (fields.length === 0) continue;
      const template: EntryTemplate = {
        fields,
        asksPrimaryMentor: /\bprimary\b/i.test(block),
        asksTwoMentors: /\b(?:2|two)\s+mentors\b/i.test(block),
        span,
      };
      if (levels.length >= 2) {
        template.orgLevel = levels[levels.length - 2];
        template.projectLevel = levels[levels.length - 1];
      }
      return template;
    }
    return undefined;
  }

  /** Splits the top-level blocks at headings. */
  private cutAtHeadings(): { preamble: RootContent[]; sections: HeadingSection[] } {
    const preamble: RootContent[] = [];
    const sections: HeadingSection[] = [];
    for (const block of this.tree.children) {
      if (block.type === 'heading') {
        const span = spanOf(block);
        sections.push({ node: block, heading: undefined as unknown as Heading, view: undefined as unknown as SectionView, blocks: [], end: span.end, carriesFields: false });
      } else if (sections.length === 0) {
        preamble.push(block);
      } else {
        const section = sections[sections.length - 1];
        section.blocks.push(block);
        section.end = end(block);
      }
    }
    for (const section of sections) {
      section.view = this.reading(section.node, section.blocks);
      section.heading = section.view.heading;
      section.carriesFields = section.view.carriesFields;
    }
    return { preamble, sections };
  }

  private toHeading(node: MdHeading): Heading {
    const span = spanOf(node);
    let textSpan: Span;
    if (node.children.length > 0) {
      textSpan = { start: start(node.children[0]), end: end(node.children[node.children.length - 1]) };
    } else {
      const markers = /^[ \t]*#*[ \t]*/.exec(this.source.slice(span.start, span.end))?.[0].length ?? 0;
      textSpan = { start: span.start + markers, end: span.start + markers };
    }
    return {
      level: node.depth,
      text: this.source.slice(textSpan.start, textSpan.end).trim(),
      plain: toString(node).trim(),
      span,
      textSpan,
    };
  }

  /** True when the blocks hold at least one known field label: the mark of a project heading. */
  private carriesFields(blocks: RootContent[]): boolean {
    for (const block of blocks) {
      if (block.type === 'list') {
        for (const item of block.children) {
          const lead = this.itemLead(item);
          if (lead && this.labelAt(lead.span, true)?.id) return true;
        }
      } else if (block.type === 'paragraph' && this.labelAt(spanOf(block), false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Assigns every heading a role and reads the projects. A heading is a project only when it
   * carries a field list, and an organisation only when it holds projects (or names a CNCF
   * project): the Timeline's and the instructions' sub-headings are neither. A field-less heading
   * at the project level over deeper projects is a sub-organisation (`#### Headlamp` in
   * `### Kubernetes`, `##### WG Policy` in `#### Kubernetes`), whose projects sit one level deeper.
   */
  private readStructure(sections: HeadingSection[], document: ProposalDocument): void {
    const { orgLevel, projectLevel } = document;
    let org: Organisation | undefined;
    let subOrg: Organisation | undefined;
    let orgCandidate: Heading | undefined;
    let project: Project | undefined;
    let exampleLevel = 0;
    const addProject = (added: Project): Project => {
      document.projects.push(added);
      added.org?.projects.push(added);
      extendOrganisation(added.org, added.span.end);
      return added;
    };

    for (let index = 0; index < sections.length; index++) {
      const section = sections[index];
      const heading = section.heading;
      const level = heading.level;
      if (exampleLevel && level > exampleLevel) continue;
      exampleLevel = 0;
      if (subOrg && level <= subOrg.heading.level) subOrg = undefined;

      if (section.carriesFields) {
        const owner = subOrg && level === subOrg.heading.level + 1 ? subOrg : org;
        const expected = owner && owner === subOrg ? projectLevel + 1 : projectLevel;
        const placement: HeadingPlacement = level === expected ? 'ok' : level < expected ? 'above' : 'deeper';
        if (!org && orgCandidate && orgCandidate.level === level - 1) {
          // "### Envoy" then "#### Project": the whole entry sits one level too high.
          org = newOrganisation(orgCandidate, true);
          document.orgs.push(org);
          document.sections = document.sections.filter((candidate) => candidate !== orgCandidate);
        }
        orgCandidate = undefined;
        project = addProject(this.readProject(section, placement, owner ?? org));
        continue;
      }

      if (project && level > project.heading.level) {
        // A heading inside an entry ("###### Details"): its blocks belong to the project.
        // A new array: the fields may be a remembered reading's own, shared with the last version.
        project.fields = [...project.fields, ...section.view.project().fields];
        project.span.end = section.end;
        extendOrganisation(project.org, section.end);
        continue;
      }
      project = undefined;
      if (level < orgLevel || (level === orgLevel && EXAMPLE_SECTION.test(heading.text))) {
        // A "### Sample:" at the organisation level is the template's worked example, as above it.
        org = undefined;
        document.sections.push(heading);
        if (EXAMPLE_SECTION.test(heading.text)) exampleLevel = level;
        orgCandidate = LISTING_SECTION.test(heading.text) ? undefined : heading;
      } else if (level === orgLevel) {
        orgCandidate = undefined;
        org = newOrganisation(heading, false);
        org.span.end = section.end;
        document.orgs.push(org);
      } else if (level === projectLevel && isGroupHeading(sections, index)) {
        subOrg = newOrganisation(heading, false);
        subOrg.span.end = section.end;
        if (org) {
          subOrg.parent = org;
          org.subOrgs.push(subOrg);
          extendOrganisation(org, section.end);
        } else {
          document.orgs.push(subOrg);
        }
      } else if (org && !TERM_SECTION.test(org.heading.text) && !EXAMPLE_SECTION.test(heading.text) && (level === projectLevel || (subOrg && level === projectLevel + 1))) {
        // A heading at the project level of an organisation, with no field yet: an entry being
        // written ("#### Query observability" over "- "), so completion offers its fields. A
        // "### Template" there (a one-project-level GSoC page) holds the template, not an entry.
        project = addProject(this.readProject(section, 'ok', subOrg && level === projectLevel + 1 ? subOrg : org));
      } else {
        // Any other heading with no fields inside an organisation: a note of it.
        extendOrganisation(subOrg ?? org, section.end);
      }
    }
    // A heading at the organisation level that holds no project and names no CNCF project
    // ("### Timeline", "### Application instructions") is a section of the term, not an empty
    // organisation.
    const sectionsAtOrgLevel = document.orgs.filter(
      (each) => each.projects.length === 0 && each.subOrgs.length === 0 && !findCncfProject(each.heading.plain),
    );
    if (sectionsAtOrgLevel.length === 0) return;
    document.orgs = document.orgs.filter((each) => !sectionsAtOrgLevel.includes(each));
    document.sections = [...document.sections, ...sectionsAtOrgLevel.map((each) => each.heading)].sort(
      (a, b) => a.span.start - b.span.start,
    );
  }

  private readProject(
    section: HeadingSection,
    placement: HeadingPlacement,
    org: Organisation | undefined,
  ): Project {
    const { fields, mentors, placeholders, upstream } = section.view.project();
    const project: Project = {
      title: section.heading.text,
      heading: section.heading,
      placement,
      fields,
      mentors,
      ...(placeholders && { placeholders }),
      upstream,
      span: { start: section.heading.span.start, end: section.end },
    };
    if (org) project.org = org;
    return project;
  }

  /**
   * What a heading's section says on its own (its heading; its fields, mentors and upstream URLs
   * when it is a project), read once per version of its text: the incremental parser hands back
   * the same nodes for an untouched section (moved in place when an edit above moved it), so a
   * keystroke re-reads one section and the others' readings are copied with their offsets moved.
   */
  private reading(node: MdHeading, blocks: RootContent[]): SectionView {
    const at = start(node);
    let entry = SECTION_READINGS.get(node);
    if (!entry || entry.blocks.length !== blocks.length || entry.blocks.some((block, index) => block !== blocks[index])) {
      if (SETTLED.has(node) || blocks.some((block) => SETTLED.has(block))) this.readSettled = true;
      const drafts = this.readFields(blocks);
      const placeholders: Mentor[] = [];
      // Made whole at once, while the blocks have their content (see readAndSettle). A reading
      // outlives this version of the text: its strings are copies (see own-strings.ts).
      entry = withOwnStrings({
        headingAt: at,
        heading: this.toHeading(node),
        carriesFields: this.carriesFields(blocks),
        // A field written twice ("Mentor(s):" on two lines) contributes both values.
        project: {
          fields: drafts.map(toField),
          mentors: drafts.filter((field) => field.id === 'mentors').flatMap((field) => this.readMentors(field, placeholders)),
          ...(placeholders.length > 0 && { placeholders }),
          upstream: drafts.filter((field) => field.id === 'upstreamIssue').flatMap((field) => urlsIn(this.source, field.valueSpan)),
        },
      }) as SectionReading;
      entry.blocks = [...blocks];
      SECTION_READINGS.set(node, entry);
    }
    const remembered = entry;
    let project: ProjectReading | undefined;
    // Readings are never changed once made, so one that did not move is shared, not copied.
    const readProject = (): ProjectReading => (project ??= moved(remembered.project, at - remembered.headingAt));
    return { heading: moved(remembered.heading, at - remembered.headingAt), carriesFields: remembered.carriesFields, project: readProject };
  }

  /** Makes the readings of blocks that are not made yet (tables of contents), then drops their content. */
  settle(blocks: readonly RootContent[]): void {
    for (const block of blocks) {
      if (block.type === 'list') this.tocReading(block);
      const node = block as Node & { children?: unknown[]; value?: string };
      if (node.children) node.children = [];
      if (node.value !== undefined) node.value = '';
      SETTLED.add(block);
    }
  }

  /** Reads the field list of a project: list items and label paragraphs, with the blocks that continue them. */
  private readFields(blocks: RootContent[]): FieldDraft[] {
    const fields: FieldDraft[] = [];
    let current: FieldDraft | undefined;
    const extend = (node: Node) => {
      if (!current) return;
      current.span.end = end(node);
      current.valueSpan.end = end(node);
    };
    // A label paragraph with its value below ("Mentor(s):" over "- Primary Mentor: Omar …"):
    // the list that follows is its value, even where its items start with words and a colon.
    let awaitingList: FieldDraft | undefined;
    for (const block of blocks) {
      const labelAbove = awaitingList;
      awaitingList = undefined;
      if (block.type === 'list') {
        // Only a list that holds a known field is a field list: in a list of the Description's
        // prose ("- Open WebUI / Claude Code: Step-by-step guides …") no item opens a field.
        const leads = block.children.map((item) => {
          const lead = this.itemLead(item);
          return { lead, label: lead && this.labelAt(lead.span, true) };
        });
        const fieldList = leads.some(({ label }) => label?.id);
        for (const [index, item] of block.children.entries()) {
          const { lead, label } = leads[index];
          const opensField = label && (label.id || (fieldList && !(labelAbove && current === labelAbove)));
          if (lead && label && opensField) {
            current = this.newField(label, spanOf(item), true, lead.span);
            if (lead.gap) current.gapSpan = lead.gap;
            current.items.push(...nestedItems(item));
            current.valueSpan.end = end(item);
            fields.push(current);
            current = this.splitLazyLabels(current, lead.span, fields, current.labelSpan.end);
            // "  - Merged pull requests.\n  Mentor(s): …" at the end of a field's sub-list: the
            // lazy line renders inside the last sub-item, but it is the next field's label.
            const last = lastParagraph(item);
            if (last && start(last) > lead.span.end) current = this.splitLazyLabels(current, spanOf(last), fields, start(last));
          } else if (current) {
            current.items.push(item);
            extend(item);
          }
        }
      } else if (block.type === 'paragraph') {
        const label = this.labelAt(spanOf(block), false);
        if (label) {
          current = this.newField(label, spanOf(block), false, spanOf(block));
          fields.push(current);
          current = this.splitLazyLabels(current, spanOf(block), fields, current.labelSpan.end);
          if (!current.inline) awaitingList = current;
        } else {
          extend(block);
        }
      } else if (block.type === 'thematicBreak' || block.type === 'html' || block.type === 'definition') {
        current = undefined;
      } else {
        extend(block);
      }
    }
    for (const field of fields) this.settleValue(field);
    return fields;
  }

  /**
   * The block that opens a list item: its first paragraph, or an indented code block when
   * the author put five or more spaces after the marker (`-       Description:`), which
   * GitHub shows as code; `gap` is then that run of spaces.
   */
  private itemLead(item: ListItem): { span: Span; gap?: Span } | undefined {
    const first = item.children[0];
    if (first?.type === 'paragraph') return { span: spanOf(first) };
    if (first?.type === 'code' && !first.lang && !/^\s*(?:```|~~~)/.test(this.source.slice(start(first), end(first)))) {
      const markerEnd = start(item) + 1;
      const text = this.source.slice(markerEnd, end(first));
      const gapLength = text.length - text.trimStart().length;
      return { span: spanOf(first), gap: { start: markerEnd, end: markerEnd + gapLength } };
    }
    return undefined;
  }

  /**
   * "- Upstream Issue: …" followed on the next line by "LFX URL: …" without a marker: GitHub
   * joins the lines into one item. A following line of `block` (after `after`) that starts with
   * a field's label becomes a field of its own (outside the list, so label-variant reports the
   * missing marker). Accepted spellings always split; a variant only where the line holds what
   * that field holds ("Issue: https://…", "Mentors: Ann (@ann)"), so prose that starts with
   * "Issue:" stays prose.
   */
  private splitLazyLabels(field: FieldDraft, block: Span, fields: FieldDraft[], after: number): FieldDraft {
    let current = field;
    let lineStart = this.source.indexOf('\n', after) + 1;
    while (lineStart > 0 && lineStart < block.end) {
      const label = this.labelAt({ start: lineStart, end: block.end }, false);
      if (label && !label.missingColon && this.startsField(label)) {
        const previousEnd = lineStart - (this.source[lineStart - 2] === '\r' ? 2 : 1);
        current.valueSpan.end = Math.min(current.valueSpan.end, previousEnd);
        current.span.end = Math.min(current.span.end, previousEnd);
        if (current.inline) current.inline.end = Math.min(current.inline.end, previousEnd);
        if (current.inline && !this.source.slice(current.inline.start, current.inline.end).trim()) delete current.inline;
        current = this.newField(label, { start: lineStart, end: block.end }, false, { start: lineStart, end: block.end });
        current.joined = true;
        fields.push(current);
      }
      lineStart = this.source.indexOf('\n', lineStart) + 1;
    }
    return current;
  }

  /** True when a label at the start of a joined line opens a field (see splitLazyLabels). */
  private startsField(label: LabelAt): boolean {
    if (isAcceptedLabel(label.label)) return true;
    if (label.form !== 'variant') return false;
    const lineEnd = this.source.indexOf('\n', label.span.end);
    const rest = this.source.slice(label.span.end, lineEnd < 0 ? this.source.length : lineEnd);
    if (label.id === 'upstreamIssue' || label.id === 'lfxUrl') return /^\s*<?\[?https?:\/\//i.test(rest);
    if (label.id === 'mentors') return /@/.test(rest);
    return false;
  }

  private newField(label: LabelAt, span: Span, inList: boolean, lead: Span): FieldDraft {
    const field: FieldDraft = {
      label: label.label,
      form: label.form,
      labelSpan: label.span,
      valueSpan: { start: label.span.end, end: lead.end },
      value: '',
      span: { ...span },
      inList,
      missingColon: label.missingColon,
      items: [],
    };
    if (label.id) field.id = label.id;
    if (this.source.slice(label.span.end, lead.end).trim()) field.inline = { start: label.span.end, end: lead.end };
    return field;
  }

  /** Trims the value span to its text. */
  private settleValue(field: FieldDraft): void {
    const raw = this.source.slice(field.valueSpan.start, field.valueSpan.end);
    const value = raw.trim();
    if (!value) {
      field.valueSpan = { start: field.labelSpan.end, end: field.labelSpan.end };
      field.value = '';
      return;
    }
    const leading = raw.length - raw.trimStart().length;
    field.valueSpan = { start: field.valueSpan.start + leading, end: field.valueSpan.start + leading + value.length };
    field.value = value;
  }

  /** Reads the label at the start of a block, if it has one. Outside a list only known fields count. */
  private labelAt(block: Span, inList: boolean): LabelAt | undefined {
    const from = block.start;
    const blockText = this.source.slice(from, block.end);
    const firstLine = blockText.split(/\r?\n/, 1)[0];
    const withColon = LABEL_WITH_COLON.exec(firstLine);
    if (withColon) {
      const [whole, open, label, close, after] = withColon;
      const trimmed = label.trim();
      // `**Label**:` and `**Label:**` are bold labels as GitHub shows them; a lone `**` is shown as asterisks.
      const stray = Boolean((open && !close && !after) || (!open && (close || after)) || (close && after) || close?.startsWith('\\'));
      const match = matchLabel(trimmed, stray);
      if (!inList && !match.id) return undefined;
      const labelStart = from + firstLine.indexOf(open ?? label);
      const form = match.form === 'canonical' && (open || /\s[:：]$/.test(whole) || whole.includes('：')) ? 'variant' : match.form;
      return { label: trimmed, ...(match.id && { id: match.id }), form, span: { start: labelStart, end: from + whole.length }, missingColon: false };
    }
    // A label alone on its line with its value below ("- Mentors" over a sub-list, "- Description"
    // over the paragraph's next lines).
    const alone = LABEL_ALONE.exec(firstLine);
    if (!alone || !isKnownLabel(alone[2].trim())) return undefined;
    const [, open, label] = alone;
    const trimmed = label.trim();
    const match = matchLabel(trimmed, false);
    const labelStart = from + firstLine.indexOf(open ?? label);
    const labelEnd = from + firstLine.trimEnd().length;
    return { label: trimmed, ...(match.id && { id: match.id }), form: 'variant', span: { start: labelStart, end: labelEnd }, missingColon: true };
  }

  /** Reads the mentors of a Mentor(s) field; template placeholders go to `placeholders` instead. */
  private readMentors(field: FieldDraft, placeholders: Mentor[]): Mentor[] {
    const mentors: Mentor[] = [];
    if (field.inline) {
      const inlineText = this.source.slice(field.inline.start, field.inline.end);
      mentors.push(...readMentorLine(inlineText, field.inline.start, false, placeholders));
    }
    const visit = (item: ListItem) => {
      const first = item.children[0];
      if (first?.type !== 'paragraph') return;
      const itemText = this.source.slice(start(first), end(first));
      const children = nestedItems(item);
      // "- Primary" over a nested list of mentors: a group label, not a mentor.
      if (children.length > 0 && !/[@[]/.test(itemText)) {
        children.forEach(visit);
        return;
      }
      // One item is one mentor ("Hung-Ying, Tai (@hydai, …)"), unless it holds several lines
      // or several handles ("A (@a) & B (@b)").
      let lineStart = start(first);
      for (const line of itemText.split('\n')) {
        mentors.push(...readMentorLine(line, lineStart, true, placeholders));
        lineStart += line.length + 1;
      }
    };
    field.items.forEach(visit);
    return mentors;
  }

  /** The table of contents: the first list before the organisations made mostly of `#anchor` links. */
  private findToc(preamble: RootContent[], sections: HeadingSection[], document: ProposalDocument) {
    const firstOrg = document.orgs[0]?.heading.span.start ?? document.projects[0]?.heading.span.start ?? Infinity;
    const candidates = [...preamble, ...sections.flatMap((section) => section.blocks)];
    for (const block of candidates) {
      if (start(block) > firstOrg) break;
      if (block.type !== 'list') continue;
      const { entries, items } = this.tocReading(block);
      if (entries.length >= 2 && entries.length >= items * 0.8) return { span: spanOf(block), entries };
    }
    return undefined;
  }

  /** A list read as a table of contents: its `#anchor` links and how many items it has (remembered by node). */
  private tocReading(list: List): { entries: TocEntry[]; items: number } {
    const at = start(list);
    let remembered = TOC_READINGS.get(list);
    if (!remembered) {
      if (SETTLED.has(list)) this.readSettled = true;
      const entries: TocEntry[] = [];
      let items = 0;
      const visit = (nested: List, depth: number) => {
        for (const item of nested.children) {
          items++;
          const first = item.children[0];
          const link = first?.type === 'paragraph' ? first.children.find((child) => child.type === 'link') : undefined;
          if (link && link.type === 'link' && link.url.startsWith('#')) entries.push(this.tocEntry(link, depth));
          for (const child of item.children) if (child.type === 'list') visit(child, depth + 1);
        }
      };
      visit(list, 0);
      remembered = { at, entries: withOwnStrings(entries), items };
      TOC_READINGS.set(list, remembered);
    }
    return { entries: moved(remembered.entries, at - remembered.at), items: remembered.items };
  }

  private tocEntry(link: Extract<RootContent | Node, { type: 'link' }>, depth: number): TocEntry {
    const span = spanOf(link);
    const raw = this.source.slice(span.start, span.end);
    const textEnd = raw.lastIndexOf('](');
    const anchorWritten = raw.slice(textEnd + 2, raw.length - 1).trim();
    const anchorStart = span.start + raw.indexOf(anchorWritten, textEnd + 2) + 1;
    const anchor = anchorWritten.slice(1);
    return {
      text: raw.slice(1, Math.max(1, textEnd)),
      anchor,
      span,
      anchorSpan: { start: anchorStart, end: anchorStart + anchor.length },
      depth,
    };
  }
}

/**
 * The heading level at which most headings carry a field list; 0 when none does. A template's
 * project level wins when some heading carries fields there: a GSoC page whose authors copied
 * the LFX levels (`####` projects on a `#####` page) still has its own level.
 */
function findProjectLevel(sections: HeadingSection[], template: EntryTemplate | undefined): number {
  const wanted = template?.projectLevel;
  if (wanted && sections.some((section) => section.carriesFields && section.heading.level === wanted)) return wanted;
  const counts = new Map<number, number>();
  for (const section of sections) {
    if (section.carriesFields) counts.set(section.heading.level, (counts.get(section.heading.level) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [level, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (count > bestCount) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}

/** A project-level heading with no fields whose following deeper headings are projects (`##### SIG Usability`). */
function isGroupHeading(sections: HeadingSection[], index: number): boolean {
  const level = sections[index].heading.level;
  for (let next = index + 1; next < sections.length; next++) {
    const section = sections[next];
    if (section.heading.level <= level) return false;
    if (section.carriesFields) return true;
  }
  return false;
}

/** Era B when most projects use its marks (Expected Outcome, mentor sub-lists, LFX URL). */
function findEra(document: ProposalDocument): Era {
  if (document.projects.length === 0) return document.projectLevel === 5 ? 'A' : 'B';
  let eraB = 0;
  for (const project of document.projects) {
    const usesB =
      project.fields.some((field) => field.id === 'expectedOutcome' || /^lfx url$/i.test(field.label)) ||
      project.mentors.some((mentor) => mentor.inSubList);
    if (usesB) eraB++;
  }
  return eraB * 2 >= document.projects.length ? 'B' : 'A';
}

/**
 * GSoC when the page's template or most of its entries give an Expected project size, or its
 * title or opening names the programme; else LFX.
 */
function findProgramme(document: ProposalDocument): Programme {
  if (document.template?.fields.includes('projectSize')) return 'gsoc';
  const sized = document.projects.filter((project) => project.fields.some((field) => field.id === 'projectSize')).length;
  if (sized > 0 && sized * 2 >= document.projects.length) return 'gsoc';
  const opening = document.text.slice(0, 1_000);
  return /google summer of code|\bgsoc\b/i.test(document.title?.plain ?? '') || /google summer of code/i.test(opening) ? 'gsoc' : 'lfx';
}

function newOrganisation(heading: Heading, misplaced: boolean): Organisation {
  return { name: heading.text, heading, projects: [], subOrgs: [], misplaced, span: { ...heading.span } };
}

/** Extends an organisation (and the one it belongs to) to cover a block ending at `end`. */
function extendOrganisation(org: Organisation | undefined, end: number): void {
  for (let each = org; each; each = each.parent) each.span.end = Math.max(each.span.end, end);
}

/** The last paragraph of a list item, at any depth of its last sub-list. */
function lastParagraph(item: ListItem): Node | undefined {
  const last = item.children[item.children.length - 1];
  if (last?.type === 'paragraph') return last;
  if (last?.type === 'list') {
    const lastItem = last.children[last.children.length - 1];
    return lastItem && lastParagraph(lastItem);
  }
  return undefined;
}

function nestedItems(item: ListItem): ListItem[] {
  return item.children.flatMap((child) => (child.type === 'list' ? child.children : []));
}

/** Drops the reading state from a field draft. */
function toField(draft: FieldDraft): Field {
  const { inline: _inline, items: _items, ...field } = draft;
  return field;
}

function start(node: Node): number {
  return node.position?.start.offset ?? 0;
}

function end(node: Node): number {
  return node.position?.end.offset ?? 0;
}

function spanOf(node: Node): Span {
  return { start: start(node), end: end(node) };
}

/** What a project section holds. */
type ProjectReading = Pick<Project, 'fields' | 'mentors' | 'placeholders' | 'upstream'>;

/** A section's reading at the offsets of this parse. */
interface SectionView {
  heading: Heading;
  carriesFields: boolean;
  /** Its fields, mentors and upstream URLs, read on first use (only project sections need them). */
  project(): ProjectReading;
}

/** A section's reading as first made, with the offsets its node had then. */
interface SectionReading {
  /** The section's blocks: the reading holds while they are the same nodes. */
  blocks: RootContent[];
  /** Where the heading was when the reading was made: every span below is moved by its shift. */
  headingAt: number;
  heading: Heading;
  carriesFields: boolean;
  /** Its fields, mentors and upstream URLs (read for every section: any may become a project's). */
  project: ProjectReading;
}

/** Readings by heading node; a node dropped by the incremental parser takes its reading with it. */
const SECTION_READINGS = new WeakMap<MdHeading, SectionReading>();

/** Lists read as tables of contents, by node, with the offset the list had then. */
const TOC_READINGS = new WeakMap<List, { at: number; entries: TocEntry[]; items: number }>();

/**
 * Plain model data with every span (`{ start, end }`) moved by `delta`: a deep copy, or the
 * value itself when it does not move (readings are shared between versions, never changed).
 */
function moved<T>(value: T, delta: number): T {
  return delta === 0 ? value : copyMoved(value, delta);
}

function copyMoved<T>(value: T, delta: number): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    for (let index = 0; index < value.length; index++) copy[index] = copyMoved(value[index], delta);
    return copy as T;
  }
  // A loop over keys rather than Object.entries: this runs for every moved section on every keystroke.
  const copy: Record<string, unknown> = {};
  let keys = 0;
  for (const key in value) {
    copy[key] = copyMoved(value[key], delta);
    keys++;
  }
  if (keys === 2 && typeof copy.start === 'number' && typeof copy.end === 'number') {
    copy.start += delta;
    copy.end += delta;
  }
  return copy as T;
}
