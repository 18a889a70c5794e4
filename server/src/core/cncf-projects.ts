// The CNCF project list (server/data/cncf-projects.yml, bundled at build time): names,
// maturity and homepages, and the closest name to an organisation heading.

import projectList from '../../data/cncf-projects.yml';
import { editDistance } from './fields';

/** One CNCF project. */
export interface CncfProject {
  name: string;
  slug: string;
  maturity: string;
  homepage?: string;
  repo_url?: string;
}

/** Every CNCF project, as the list gives them. */
export const CNCF_PROJECTS: readonly CncfProject[] = (projectList as CncfProject[]).filter(
  (project) => typeof project?.name === 'string',
);

/** Lower case, letters and digits only: "Kube State Metrics" and "kube-state-metrics" compare equal. */
function key(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const BY_KEY = new Map<string, CncfProject>();
for (const project of CNCF_PROJECTS) {
  BY_KEY.set(key(project.name), project);
  BY_KEY.set(key(project.slug), project);
  // "Open Policy Agent (OPA)": authors write either part alone ("### OPA").
  const parts = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(project.name);
  if (parts) {
    if (!BY_KEY.has(key(parts[1]))) BY_KEY.set(key(parts[1]), project);
    if (!BY_KEY.has(key(parts[2]))) BY_KEY.set(key(parts[2]), project);
  }
}

/** Lower-case words, for whole-word containment. */
function words(name: string): string {
  return ` ${name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

const BY_WORDS = CNCF_PROJECTS.map((project) => ({ project, words: words(project.name) })).filter(
  (entry) => entry.words.trim().length >= 4,
);

/**
 * The CNCF project an organisation heading names: the exact name or slug (ignoring case and
 * punctuation), a part of it ("Container Network Interface (CNI)"), a CNCF name inside it as
 * whole words (a sub-project: "OpenTelemetry PHP", "Cloud Native Buildpacks"), or the first
 * words of a CNCF name ("WasmEdge" for "WasmEdge Runtime").
 */
export function findCncfProject(heading: string): CncfProject | undefined {
  const exact = BY_KEY.get(key(heading));
  if (exact) return exact;
  for (const part of heading.split(/[()/,]|\s[-–—]\s/)) {
    const found = part.trim() && BY_KEY.get(key(part));
    if (found) return found;
  }
  const headingWords = words(heading);
  if (headingWords.trim().length < 4) return undefined;
  const contained = BY_WORDS.filter((entry) => headingWords.includes(entry.words)).sort((a, b) => b.words.length - a.words.length);
  if (contained[0]) return contained[0].project;
  return BY_WORDS.find((entry) => entry.words.startsWith(headingWords))?.project;
}

/** The CNCF project whose name is closest to `heading`, when one is reasonably close. */
export function closestCncfProject(heading: string): CncfProject | undefined {
  const target = key(heading);
  if (!target) return undefined;
  let best: { project: CncfProject; distance: number } | undefined;
  for (const project of CNCF_PROJECTS) {
    const candidate = key(project.name);
    if (Math.abs(candidate.length - target.length) > 3) continue;
    const distance = editDistance(target, candidate);
    if (!best || distance < best.distance) best = { project, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(target.length / 4)) ? best.project : undefined;
}
