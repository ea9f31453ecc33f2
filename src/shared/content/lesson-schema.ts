import { z } from 'zod';
import {
  AVATARS,
  BADGES,
  BANDS,
  CHARACTERS,
  CHAT_APPS,
  DEVICES,
  MOODS,
  RESERVED_IDS,
  SETTINGS,
  TACTICS,
  TOPICS,
} from './content-constants.ts';

/**
 * The lesson structure file: ids, answers, branches and illustrations, never words.
 * Words live in `locales/<lang>/lessons/<lesson-id>.json`, keyed by the ids declared here
 * (see `lesson-keys.ts`). Everything links by id, never by position, so that editing a lesson
 * keeps a child's saved progress meaningful.
 */

export const LESSON_SCHEMA_VERSION = 1;

export const bandSchema = z.enum(BANDS);

export const tacticSchema = z.enum(TACTICS);
export const themeSchema = z.enum([...TACTICS, ...TOPICS]);

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single hyphens')
  .refine((id) => !(RESERVED_IDS as readonly string[]).includes(id), {
    message: `this id is reserved for a word key (${RESERVED_IDS.join(', ')})`,
  });

/** Places an illustrated scene can show; each is drawn once in `src/features/illustrations`. */

export const sceneSchema = z.object({
  setting: z.enum(SETTINGS),
  characters: z.array(z.enum(CHARACTERS)).min(1).max(3),
  device: z.enum(DEVICES).default('none'),
  mood: z.enum(MOODS).default('calm'),
});
export type Scene = z.infer<typeof sceneSchema>;

const stepBase = {
  id: idSchema,
  /** The step that follows; defaults to the next step in the list. Ignored by `choice`, which branches. */
  next: idSchema.optional(),
};

export const storyStepSchema = z.object({
  ...stepBase,
  kind: z.literal('story'),
  panels: z
    .array(z.object({ id: idSchema, scene: sceneSchema }))
    .min(1)
    .max(4),
});

export const chatStepSchema = z.object({
  ...stepBase,
  kind: z.literal('chat'),
  app: z.enum(CHAT_APPS),
  participants: z
    .array(
      z.object({
        id: idSchema,
        role: z.enum(['child', 'contact']),
        avatar: z.enum(AVATARS),
      }),
    )
    .min(2),
  messages: z
    .array(
      z.object({
        id: idSchema,
        from: idSchema,
        /** Present when this message is a red flag; names the tactic it shows. */
        flag: z.object({ tactic: tacticSchema }).optional(),
      }),
    )
    .min(3),
});

export const choiceStepSchema = z.object({
  ...stepBase,
  kind: z.literal('choice'),
  scene: sceneSchema.optional(),
  options: z
    .array(
      z.object({
        id: idSchema,
        /** safe: the path we teach; risky: plausible but less safe, explained kindly; neutral: neither. */
        tone: z.enum(['safe', 'risky', 'neutral']),
        /** The consequence step this option leads to; defaults to the step's `next`. */
        goto: idSchema.optional(),
      }),
    )
    .min(2)
    .max(4),
});

export const quizStepSchema = z.object({
  ...stepBase,
  kind: z.literal('quiz'),
  mode: z.enum(['single', 'multi', 'true-false']),
  options: z
    .array(z.object({ id: idSchema, correct: z.boolean() }))
    .min(2)
    .max(5),
});

export const sortStepSchema = z.object({
  ...stepBase,
  kind: z.literal('sort'),
  buckets: z
    .array(z.object({ id: idSchema }))
    .min(2)
    .max(3),
  items: z
    .array(z.object({ id: idSchema, bucket: idSchema }))
    .min(3)
    .max(8),
});

export const reflectStepSchema = z.object({
  ...stepBase,
  kind: z.literal('reflect'),
  scene: sceneSchema.optional(),
  /** Offer a private note kept only on this device. */
  allowNote: z.boolean().default(true),
});

export const recapStepSchema = z.object({
  ...stepBase,
  kind: z.literal('recap'),
  points: z
    .array(z.object({ id: idSchema }))
    .min(2)
    .max(5),
});

export const stepSchema = z.discriminatedUnion('kind', [
  storyStepSchema,
  chatStepSchema,
  choiceStepSchema,
  quizStepSchema,
  sortStepSchema,
  reflectStepSchema,
  recapStepSchema,
]);
export type Step = z.infer<typeof stepSchema>;
export type StepKind = Step['kind'];
export type StepOf<K extends StepKind> = Extract<Step, { kind: K }>;

export const lessonSchema = z.object({
  schemaVersion: z.literal(LESSON_SCHEMA_VERSION),
  id: idSchema,
  /** Bumped on every published edit; saved progress records which revision it was made against. */
  revision: z.number().int().min(1),
  band: bandSchema,
  /** Position on the band map (1 = first). */
  order: z.number().int().min(1),
  minutes: z.number().int().min(5).max(60),
  /** What the lesson teaches; at least one grooming tactic or the `help` / `healthy` topic. */
  tactics: z.array(themeSchema).min(1),
  curriculum: z.array(z.string().regex(/^[A-Za-z0-9.-]+$/)).min(1),
  badge: z.enum(BADGES),
  /** Ids of learning objectives, discussion prompts and parent conversation starters; words in the locale file. */
  objectives: z.array(idSchema).min(2).max(5),
  discussion: z.array(idSchema).min(2).max(6),
  parentStarters: z.array(idSchema).min(2).max(3),
  /** Ids once used in this lesson and removed: never to be reused, since saved progress may name them. */
  retiredIds: z.array(idSchema).default([]),
  steps: z.array(stepSchema).min(3),
});
export type Lesson = z.infer<typeof lessonSchema>;
