// A small deterministic random generator, so a randomised test is reproducible from its seed.

import { execFileSync } from 'node:child_process';
import { REPO_ROOT } from './paths';

/** A generator of numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed from the environment variable `name`; unset, one drawn from the commit checked out (and
 * `name`), so that a run on a commit is repeated exactly, by CI too, while each new commit tries
 * new inputs; `name=random` draws a fresh one on each run. The caller prints it.
 */
export function seedFrom(name: string): number {
  const given = process.env[name];
  if (given === 'random') return Math.floor(Math.random() * 1_000_000);
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isInteger(seed)) throw new Error(`${name}=${given} is not an integer (or "random")`);
    return seed;
  }
  return commitSeed(name) ?? Math.floor(Math.random() * 1_000_000);
}

/** A seed from the checked-out commit's hash and `name`; undefined outside a git work tree. */
function commitSeed(name: string): number | undefined {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (!/^[0-9a-f]{8}/.test(head)) return undefined;
    let mixed = Number.parseInt(head.slice(0, 8), 16);
    for (const char of name) mixed = Math.imul(mixed ^ char.charCodeAt(0), 0x01000193) >>> 0;
    return mixed % 1_000_000;
  } catch {
    return undefined;
  }
}
