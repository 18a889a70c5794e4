// A model of CNCF's validation bot (cncf/mentoring: .github/workflows/lfx-proposal-validate.yml
// with programs/lfx-mentorship/automation/lib/validate.js and parse.js), written from reading
// it, to say whether the bot passes an issue body: the list of its error checks that fail, by
// the bot's own check names. Only its errors fail a proposal; its warnings (quota, one mentor,
// the skills box with skills filled in) are left out. The bot reads an issue's body, which is
// what a draft is.

/** The label → value map the bot reads from a body: split at every `### ` line. */
function botFields(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  const pieces = body.split(/^### +/m).slice(1);
  for (const piece of pieces) {
    const newline = piece.indexOf('\n');
    if (newline < 0) continue;
    const value = piece.slice(newline + 1).trim();
    fields.set(piece.slice(0, newline).trim(), value === '_No response_' ? '' : value);
  }
  return fields;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL = /^https?:\/\/\S+$/;
const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const LFID = /^[^\s@/]+$/;

/** The address of an email written as a mailto link or an autolink, which the bot accepts. */
function address(text: string): string {
  return /^\[[^\]]*\]\(mailto:([^)\s]+)\)$/i.exec(text)?.[1] ?? /^<(?:mailto:)?([^<>\s]+)>$/i.exec(text)?.[1] ?? text;
}

/** The checked boxes' labels of a checkbox field's value. */
function checked(value: string): string[] {
  return value.split('\n').filter((line) => /^- \[[xX]\]/.test(line)).map((line) => line.replace(/^- \[.\]\s*/, '').trim());
}

/** The names of the bot's checks that fail on a body (empty: the bot passes it). */
export function botErrors(body: string, formLabels: readonly string[]): string[] {
  const fields = botFields(body);
  const get = (label: string) => (fields.get(label) ?? '').trim();
  const errors: string[] = [];
  for (const label of formLabels) if (!fields.has(label)) errors.push(`missing section ${label}`);
  const project = get('CNCF Project');
  const term = get('Term');
  for (const label of ['CNCF Project', 'Term', 'Program Name', 'Program Description', 'Technologies']) if (!get(label)) errors.push(`${label} empty`);
  const name = get('Program Name');
  const overhead = `CNCF - ${project}:  (${term.replace(/\s*\(.*$/, '')})`.length;
  if (name && name.length > 100 - overhead) errors.push('Program Name too long');
  if (get('Program Description').length > 3000) errors.push('Program Description too long');
  const same = /\[[xX]\]/.test(get('Skills same as Technologies?'));
  if (!same && !get('Required/Desirable Skills')) errors.push('skills');
  const mentors = get('Mentors');
  if (!mentors) errors.push('mentors empty');
  else {
    const lines = mentors.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    if (lines.length > 4) errors.push('mentors too many');
    const seen = { handle: new Set<string>(), email: new Set<string>(), lfid: new Set<string>() };
    for (const line of lines) {
      // A `|` ending the line closes the last part (issue 18: the bot normalises a trailing `|`).
      const parts = line.replace(/\|\s*$/, '').split('|').map((part) => part.trim());
      if (parts.length !== 3 && parts.length !== 4) {
        errors.push('mentor count');
        continue;
      }
      const [person, handle, rawEmail, lfid] = parts;
      const email = address(rawEmail);
      if (!person) errors.push('mentor name');
      if (!HANDLE.test(handle)) errors.push('mentor handle');
      if (!EMAIL.test(email)) errors.push('mentor email');
      if (seen.handle.has(handle.toLowerCase())) errors.push('mentor dup-handle');
      seen.handle.add(handle.toLowerCase());
      if (seen.email.has(email.toLowerCase())) errors.push('mentor dup-email');
      seen.email.add(email.toLowerCase());
      if (!lfid) errors.push('mentor lfid-missing');
      else if (!LFID.test(lfid)) errors.push('mentor lfid-format');
      else if (seen.lfid.has(lfid.toLowerCase())) errors.push('mentor dup-lfid');
      if (lfid) seen.lfid.add(lfid.toLowerCase());
    }
  }
  const upstream = get('Upstream Issue URL');
  if (!upstream) errors.push('upstream empty');
  else if (!URL.test(upstream)) errors.push('upstream format');
  else if (upstream.includes(',')) errors.push('upstream multiple');
  const challenge = checked(get('Application Prerequisites')).includes('Coding Challenge');
  const challengeUrl = get('Coding Challenge URL');
  if (!challenge && challengeUrl) errors.push('coding challenge unchecked-with-url');
  else if (challenge && !challengeUrl) errors.push('coding challenge url-missing');
  else if (challenge && !URL.test(challengeUrl)) errors.push('coding challenge url-invalid');
  const custom = checked(get('Custom Prerequisites')).length > 0;
  const customName = get('Custom Prerequisite Name');
  const customDescription = get('Custom Prerequisite Description');
  if (custom || customName || customDescription) {
    if (!custom) errors.push('custom unchecked-with-copy');
    if (!customName) errors.push('custom name-missing');
    else if (customName.length > 20) errors.push('custom name-too-long');
    if (!customDescription) errors.push('custom description-missing');
    else if (customDescription.length > 500) errors.push('custom description-too-long');
  }
  return errors;
}
