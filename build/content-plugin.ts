import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { lessonSchema } from '../src/shared/content/lesson-schema.ts';
import { formatProblem, zodProblems } from '../src/shared/content/validate-lesson.ts';
import { readContent } from './read-content.ts';

const INDEX_ID = 'virtual:lesson-index';
const RESOLVED_INDEX_ID = '\0' + INDEX_ID;
const LESSON_FILE = /\/lessons\/(4-7|8-10|11-13|14-17)\/[^/]+\.json$/;

/**
 * Checks all lesson content when the build starts (a problem fails the build, naming the file
 * and the field), serves `virtual:lesson-index` (what the band maps need, without loading any
 * lesson), and hands the app each lesson file as zod parsed it, defaults filled in.
 */
export function contentPlugin(): Plugin {
  let root = process.cwd();
  let isBuild = false;
  return {
    name: 'spot-the-signs:content',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build' && !process.env.VITEST;
    },
    buildStart() {
      if (!isBuild) return;
      const { problems } = readContent(root);
      if (problems.length)
        this.error(
          `Lesson content is invalid (${problems.length} problem(s)):\n${problems.map(formatProblem).join('\n')}`,
        );
    },
    resolveId(id) {
      return id === INDEX_ID ? RESOLVED_INDEX_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_INDEX_ID) return undefined;
      const { lessons } = readContent(root);
      const index = lessons.map((l) => ({
        id: l.id,
        band: l.band,
        order: l.order,
        minutes: l.minutes,
        tactics: l.tactics,
        curriculum: l.curriculum,
        badge: l.badge,
        stepCount: l.steps.length,
      }));
      return `export const LESSON_INDEX = ${JSON.stringify(index)};`;
    },
    transform(code, id) {
      const path = id.split('?')[0]!;
      if (!LESSON_FILE.test(path)) return undefined;
      const parsed = lessonSchema.safeParse(JSON.parse(code));
      if (!parsed.success)
        this.error(zodProblems(relative(root, path), parsed.error).map(formatProblem).join('\n'));
      return { code: JSON.stringify(parsed.data), map: null };
    },
  };
}
