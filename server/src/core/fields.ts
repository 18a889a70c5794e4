// The catalogue of field labels: which fields a project entry has, how each is
// written canonically, the alternative spellings seen in real term files, and how
// a written label is matched to a field.

/**
 * The format generation a document is written in.
 * `A`: 2020–2022, `#### Org` / `##### Project`, inline mentors, `Apply:` links.
 * `B`: 2022–2026, `### Org` / `#### Project`, mentor sub-lists with emails, `LFX URL:`.
 */
export type Era = 'A' | 'B';

/** How a field's label relates to the catalogue of known labels. */
export type LabelForm =
  /** Exactly a canonical label, such as `Mentor(s):`. */
  | 'canonical'
  /** A known alternative spelling of a field, such as `Mentors` or `Enhancement :`. */
  | 'variant'
  /** Close to a known field but misspelt or with stray markup, such as `Recommended Skills\*\*:`. */
  | 'typo'
  /** No known field. */
  | 'unknown';

/** The fields a project entry can have. */
export type FieldId =
  | 'description'
  | 'expectedOutcome'
  | 'recommendedSkills'
  | 'technologies'
  | 'projectSize'
  | 'mentors'
  | 'upstreamIssue'
  | 'lfxUrl';

/** What the catalogue knows of one field. */
export interface FieldSpec {
  id: FieldId;
  /** The label to write for this field, per era. */
  canonical: Record<Era, string>;
  /** Labels that are equally correct (normalised: lower case, single spaces). */
  accepted: string[];
  /** Known alternative spellings that work but should be written canonically. */
  variants: string[];
  /** What the field is for, in one sentence (hover text and docs). */
  purpose: string;
  /** A placeholder value for a newly inserted field. */
  placeholder: string;
}

/** The fields in canonical order. */
export const FIELDS: readonly FieldSpec[] = [
  {
    id: 'description',
    canonical: { A: 'Description', B: 'Description' },
    accepted: ['description'],
    variants: ['project description', 'desc'],
    purpose: 'What the mentee will work on and why it matters to the project.',
    placeholder: 'What the mentee will build and why it matters.',
  },
  {
    id: 'expectedOutcome',
    canonical: { A: 'Expected Outcome', B: 'Expected Outcome' },
    accepted: ['expected outcome'],
    variants: ['expected outcomes', 'outcome', 'outcomes', 'expectedoutcome', 'expected outcome(s)', 'expected results', 'deliverables'],
    purpose: 'What is delivered at the end of the term: code merged, docs published, a working prototype.',
    placeholder: 'What is merged or published at the end of the term.',
  },
  {
    id: 'recommendedSkills',
    canonical: { A: 'Recommended Skills', B: 'Recommended Skills' },
    accepted: ['recommended skills'],
    variants: [
      'recommended skill',
      'recommended skill(s)',
      'recommended skills(s)',
      'skills',
      'skill(s)',
      'required skills',
      'recommended skillset',
      'recommended',
      'preferred skills',
    ],
    purpose: 'The languages, tools and knowledge a mentee should bring, comma-separated or as a sub-list.',
    placeholder: 'Go, Kubernetes',
  },
  {
    id: 'technologies',
    canonical: { A: 'Technologies', B: 'Technologies' },
    accepted: ['technologies'],
    variants: ['technology'],
    purpose: 'The technologies the project uses (issue-form era), comma-separated.',
    placeholder: 'Go, Kubernetes',
  },
  {
    id: 'projectSize',
    canonical: { A: 'Expected project size', B: 'Expected project size' },
    accepted: ['expected project size'],
    variants: ['project size', 'expected size', 'expected project length', 'project length', 'estimated project size', 'size'],
    purpose: 'The Google Summer of Code project size: small (~90 hours), medium (~175 hours) or large (~350 hours).',
    placeholder: 'medium (~175 hour projects)',
  },
  {
    id: 'mentors',
    canonical: { A: 'Mentor(s)', B: 'Mentor(s)' },
    accepted: ['mentor(s)'],
    variants: [
      'mentors',
      'mentor',
      'mentor(-s)',
      'mentors(s)',
      'mentor (s)',
      'mentor[s]',
      'potential mentors',
      'potential mentor(s)',
      'potential mentor',
      'likely mentors',
      'likely mentor(s)',
      'likely mentor',
      'mentor(s) (github handle)',
    ],
    purpose: 'Who mentors the project: up to four, each as `Name (@github-handle)` (with an email since 2022).',
    placeholder: 'Full Name (@github-handle, email@example.com)',
  },
  {
    id: 'upstreamIssue',
    canonical: { A: 'Upstream Issue (URL)', B: 'Upstream Issue' },
    accepted: ['upstream issue', 'upstream issue (url)'],
    variants: [
      'issue',
      'issues',
      'issue(s)',
      'upstream issues',
      'upstream issue(s)',
      'upstream issues (url)',
      'upstream issue(s) (url)',
      'relevant issue',
      'relevant issues',
      'related issue',
      'related issues',
      'related issue(s)',
      'github issues',
      'issue link',
      'upstream issue (project url)',
      'upstream issue url',
      'enhancement',
      'github issue',
    ],
    purpose: 'The one upstream GitHub issue that describes the work, as an http(s) URL.',
    placeholder: 'https://github.com/org/repo/issues/1',
  },
  {
    id: 'lfxUrl',
    canonical: { A: 'Apply', B: 'LFX URL' },
    accepted: ['lfx url', 'apply'],
    variants: ['lfx', 'lfx link', 'lfx project', 'lfx mentorship url'],
    purpose: 'The project page on LFX Mentorship where mentees apply (added by the program admins).',
    placeholder: 'https://mentorship.lfx.linuxfoundation.org/project/',
  },
];

const BY_ID = new Map(FIELDS.map((spec) => [spec.id, spec]));

/** The catalogue entry of a field. */
export function fieldSpec(id: FieldId): FieldSpec {
  return BY_ID.get(id) as FieldSpec;
}

/** The result of matching a written label against the catalogue. */
export interface LabelMatch {
  id?: FieldId;
  form: LabelForm;
}

const ACCEPTED = new Map<string, FieldId>();
const VARIANTS = new Map<string, FieldId>();
for (const spec of FIELDS) {
  for (const label of spec.accepted) ACCEPTED.set(label, spec.id);
  for (const label of spec.variants) VARIANTS.set(label, spec.id);
}

/** Lower case, single spaces, no space before `(`-suffixes' closing. */
function normalise(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Matches a label as written (markup included, colon excluded) to a field.
 * `hasStrayMarkup` says the label carries markup that does not render as intended.
 */
export function matchLabel(label: string, hasStrayMarkup: boolean): LabelMatch {
  const bare = normalise(label.replace(/\\?[*_]/g, ''));
  const accepted = ACCEPTED.get(bare);
  if (accepted) {
    if (hasStrayMarkup) return { id: accepted, form: 'typo' };
    const isCanonical = FIELDS.some(
      (spec) => spec.id === accepted && (spec.canonical.A === label.trim() || spec.canonical.B === label.trim()),
    );
    return { id: accepted, form: isCanonical ? 'canonical' : 'variant' };
  }
  const variant = VARIANTS.get(bare);
  if (variant) return { id: variant, form: hasStrayMarkup ? 'typo' : 'variant' };
  const near = nearestLabel(bare);
  if (near) return { id: near, form: 'typo' };
  return { form: 'unknown' };
}

/** Answers of `nearestLabel` by label: a term file asks for the same few hundred texts on every keystroke. */
const NEAREST = new Map<string, FieldId | undefined>();
const NEAREST_LIMIT = 10_000;

/** The field whose accepted or variant label is within a small edit distance of `bare`, if any. */
function nearestLabel(bare: string): FieldId | undefined {
  if (NEAREST.has(bare)) return NEAREST.get(bare);
  if (NEAREST.size >= NEAREST_LIMIT) NEAREST.clear();
  const id = computeNearestLabel(bare);
  NEAREST.set(bare, id);
  return id;
}

const KNOWN_LABELS = [...ACCEPTED, ...VARIANTS];

function computeNearestLabel(bare: string): FieldId | undefined {
  let best: { id: FieldId; distance: number } | undefined;
  for (const [label, id] of KNOWN_LABELS) {
    // Short labels ("issue") would match too much; allow about one edit per five letters.
    const allowed = Math.min(3, Math.floor(label.length / 5));
    if (allowed === 0 || Math.abs(label.length - bare.length) > allowed) continue;
    const distance = editDistance(bare, label);
    if (distance <= allowed && (!best || distance < best.distance)) best = { id, distance };
  }
  return best?.id;
}

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/** True when a known field label (any accepted or variant spelling) is written exactly so. */
export function isKnownLabel(label: string): boolean {
  const bare = normalise(label.replace(/\\?[*_]/g, ''));
  return ACCEPTED.has(bare) || VARIANTS.has(bare);
}

/** True when a label is one of the accepted spellings (any case), not a variant or typo. */
export function isAcceptedLabel(label: string): boolean {
  return ACCEPTED.has(normalise(label.replace(/\\?[*_]/g, '')));
}
