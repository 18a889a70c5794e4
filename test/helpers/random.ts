// A small deterministic random generator, so a randomised test is reproducible from its seed.

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

/** A seed from the environment variable `name`, or a fresh one (printed by the caller). */
export function seedFrom(name: string): number {
  const given = process.env[name];
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isInteger(seed)) throw new Error(`${name}=${given} is not an integer`);
    return seed;
  }
  return Math.floor(Math.random() * 1_000_000);
}
