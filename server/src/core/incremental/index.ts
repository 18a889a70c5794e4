// The incremental parser: re-parses and re-reads only what an edit touched (`section-cache.ts`),
// and equals a whole parse (`test/unit/core/incremental.test.ts`).

export { sectionStarts } from '../block-scan';
export { readAndSettle } from './readings';
export { SectionCache } from './section-cache';
