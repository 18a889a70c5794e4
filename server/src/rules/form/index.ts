// The rules of an issue-form draft: CNCF's bot's checks, under the ids of the term-file
// rules where the meaning is the same (missing-field, mentor-handle, …), and their own ids
// where it is not. Each id's settings and documentation page are shared with the term rule.

import type { Rule } from '../rule';
import { formCheckbox } from './checkbox';
import { codingChallengeUrl } from './coding-challenge-url';
import { customPrerequisite } from './custom-prerequisite';
import { emptySection } from './empty-section';
import { fieldLength } from './field-length';
import { mentorLfid } from './mentor-lfid';
import { mentorLine } from './mentor-line';
import { mentorLineCount } from './mentor-line-count';
import { mentorLineDuplicate } from './mentor-line-duplicate';
import { mentorLineEmail } from './mentor-line-email';
import { mentorLineHandle } from './mentor-line-handle';
import { missingSection } from './missing-section';
import { oneMentor } from './one-mentor';
import { formOption } from './option';
import { sectionOrder } from './section-order';
import { formSkills } from './skills';
import { unknownSection } from './unknown-section';
import { upstreamCount } from './upstream-count';
import { formUrl } from './url';

/** The form rules in the order their findings are listed for one place (before the shared ones). */
export const FORM_ONLY_RULES: readonly Rule[] = [
  missingSection,
  emptySection,
  unknownSection,
  sectionOrder,
  formOption,
  fieldLength,
  mentorLine,
  mentorLineHandle,
  mentorLineEmail,
  mentorLfid,
  mentorLineDuplicate,
  mentorLineCount,
  oneMentor,
  formUrl,
  upstreamCount,
  codingChallengeUrl,
  customPrerequisite,
  formCheckbox,
  formSkills,
];
