// Third-party notices: the MIT, ISC and BSD licences of the packages bundled into dist/ ask that
// their copyright notice and licence text travel with every copy, and a minified bundle keeps no
// comment. `thirdPartyNotices(metafiles)` lists from esbuild's metafiles every node_modules package
// that puts bytes into a bundle, with its licence text; it throws when a package's licence is not
// in ALLOWED_LICENCES or it carries no licence text, so that a dependency under a new licence is a
// conscious choice. scripts/build.mjs writes dist/ThirdPartyNotices.txt (all bundles, in the
// .vsix); scripts/pack-cli.mjs writes the CLI package's (dist/cli.js only).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Permissive licences (SPDX ids) whose terms the notices satisfy; a new one is added here on purpose. */
export const ALLOWED_LICENCES = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0', 'Unlicense', 'CC0-1.0']);

/** Data copied into the bundles from elsewhere than npm, named in the notices' preamble. */
const DATA_NOTICE =
  'Also bundled: two files of cncf/mentoring (https://github.com/cncf/mentoring, Apache License 2.0, ' +
  'whose text is in this package\'s LICENSE): the CNCF project list (automation/projects.yml) and the LFX proposal ' +
  'issue form (.github/ISSUE_TEMPLATE/lfx-program-proposal.yml).';

/**
 * The package folders (relative to the working directory, as esbuild names its inputs) that put
 * bytes into an output of these metafiles: an input esbuild read but tree-shook away entirely
 * ships nothing. A package nested in another's node_modules is a package of its own.
 */
export function bundledPackageFolders(metafiles) {
  const folders = new Set();
  for (const metafile of metafiles) {
    for (const output of Object.values(metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const folder = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
        if (folder && bytesInOutput > 0) folders.add(folder);
      }
    }
  }
  return [...folders];
}

/** The text of ThirdPartyNotices.txt for the bundles of these metafiles; `root` is the folder esbuild ran in. */
export function thirdPartyNotices(metafiles, { root = process.cwd(), bundles = 'the bundles' } = {}) {
  const packages = bundledPackageFolders(metafiles).map((folder) => describePackage(root, folder));
  const problems = packages.flatMap((pkg) => pkg.problems.map((problem) => `${pkg.name}@${pkg.version} (${pkg.folder}): ${problem}`)).sort(compare);
  if (problems.length) {
    throw new Error(
      `Third-party notices: ${problems.length} bundled package(s) cannot be shipped as they are:\n  ${problems.join('\n  ')}\n` +
        'Add the licence to ALLOWED_LICENCES in scripts/notices.mjs only after checking that its terms allow the bundle.',
    );
  }
  // One block per name@version (two copies of one version in node_modules are one notice), by name.
  const blocks = new Map();
  for (const pkg of packages) blocks.set(`${pkg.name}@${pkg.version}`, pkg);
  const sorted = [...blocks.entries()].sort(([, a], [, b]) => compare(a.name, b.name) || compare(a.version, b.version));
  const rule = '-'.repeat(78);
  return [
    'THIRD-PARTY NOTICES',
    '',
    ...wrap(`Code of the ${sorted.length} npm packages below is bundled into ${bundles}, each package under the licence quoted with it.`, 78),
    '',
    ...wrap(DATA_NOTICE, 78),
    '',
    ...sorted.flatMap(([id, pkg]) => [
      rule,
      id,
      `License: ${pkg.licence}${pkg.fromReadme ? ' (text from its README)' : ''}`,
      ...(pkg.repository ? [`Repository: ${pkg.repository}`] : []),
      '',
      pkg.text,
      '',
    ]),
  ].join('\n');
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A bundled package's name, version, licence id, repository URL and licence text, and what keeps it out. */
function describePackage(root, folder) {
  const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
  const licence = licenceOf(manifest);
  const problems = [];
  const ids = licence.replace(/^\(|\)$/g, '').split(/\s+OR\s+/);
  // An "A OR B" expression is fine when one of its choices is; AND and WITH need a person to read them.
  if (/\s(AND|WITH)\s/.test(licence) || !ids.some((id) => ALLOWED_LICENCES.has(id))) problems.push(`licence "${licence}" is not in the allow-list`);
  const { text, fromReadme } = licenceText(resolve(root, folder));
  if (!text) problems.push('no licence text (no LICENSE, LICENCE or COPYING file, and no License section in its README)');
  return { folder, name: manifest.name, version: manifest.version, licence, repository: repositoryUrl(manifest.repository), text, fromReadme, problems };
}

/** The SPDX expression of package.json's `license`, or of the old `licenses` array. */
function licenceOf(manifest) {
  const field = manifest.license ?? manifest.licenses;
  if (typeof field === 'string') return field;
  if (Array.isArray(field)) return field.map((entry) => entry.type ?? entry).join(' OR ');
  return field?.type ?? 'none';
}

function repositoryUrl(repository) {
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (!url) return undefined;
  if (/^[\w.-]+\/[\w.-]+$/.test(url)) return `https://github.com/${url}`;
  return url
    .replace(/^git\+/, '')
    .replace(/^(?:ssh:\/\/)?git@github\.com[:/]/, 'https://github.com/').replace(/^github:/, 'https://github.com/').replace(/^git:\/\//, 'https://').replace(/\.git$/, '');
}

/** The package's licence file(s), else the License section of its README (the last resort). */
function licenceText(folder) {
  const entries = readdirSync(folder).sort();
  const files = entries.filter((entry) => /^(licen[cs]e|copying)([.-].*)?$/i.test(entry));
  if (files.length) return { text: files.map((file) => readFileSync(join(folder, file), 'utf8').trim()).join('\n\n') };
  const readme = entries.find((entry) => /^readme(\.md|\.markdown|\.txt)?$/i.test(entry));
  if (!readme) return {};
  const section = /^#{1,6}\s+licen[cs]e\b.*\n([\s\S]*?)(?=^#{1,6}\s|(?![\s\S]))/im.exec(readFileSync(join(folder, readme), 'utf8'));
  const text = section?.[1].trim() ?? '';
  // "MIT © Someone" names a licence without its text; the shortest permissive text (0BSD) is about 650 characters.
  return text.length >= 300 ? { text, fromReadme: true } : {};
}

function wrap(text, width) {
  const lines = [''];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (lines[last] && lines[last].length + 1 + word.length > width) lines.push(word);
    else lines[last] = lines[last] ? `${lines[last]} ${word}` : word;
  }
  return lines;
}
