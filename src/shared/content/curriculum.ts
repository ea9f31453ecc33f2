import curriculum from '../../../locales/en/curriculum.json' with { type: 'json' };

/**
 * Curriculum codes a lesson may cite. The English words file is the list; every language
 * carries the same codes with its own summary, written in our words (never a framework's text).
 */
export const CURRICULUM_CODES = Object.keys(curriculum.codes);
