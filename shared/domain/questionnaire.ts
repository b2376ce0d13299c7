import { z } from 'zod';
import { BASE_COUNT, STATEMENT_COUNT } from '../diagnosis/annex1';
import { isoDate } from './project';

const id = z.string().uuid();
const text = (max: number) => z.string().trim().max(max);

/** "Base 1" .. "Base 8" of ANNEX-1. */
export const baseNumber = z.number().int().min(1).max(BASE_COUNT);
/** Which of the Base's five statements fits: 1 is the first (best), 5 the last. */
export const choice = z.number().int().min(1).max(STATEMENT_COUNT);
/** The workbench's own grade of a choice (shared/diagnosis/scale.ts): 5 best to 1. */
const grade = z.number().int().min(1).max(STATEMENT_COUNT);

/**
 * One sitting of the questionnaire: who answered (a person, or the cluster meeting it was
 * answered in), and when. Rounds are kept side by side so the profile can be compared over time.
 */
export const roundFields = z.object({
  title: text(200).min(1),
  respondent: text(200),
  /** The meeting ("rapat") it was answered in; loose, so deleting the meeting never blocks. */
  meetingId: id.nullable(),
  date: isoDate.or(z.literal('')),
  note: text(4000),
});
export type RoundFields = z.infer<typeof roundFields>;

export const answer = z.object({
  base: baseNumber,
  choice: choice.nullable(),
  grade: grade.nullable(),
  note: z.string(),
});
export type Answer = z.infer<typeof answer>;

export const questionnaireRound = roundFields.extend({
  id,
  /** The phone session this round was answered in (one round per phone); null when entered by hand. */
  sittingId: id.nullable(),
  /** The meeting as it is now; null when none was named or it has since been deleted. */
  meetingTitle: z.string().nullable(),
  meetingDate: z.string().nullable(),
  /** Always eight, Base 1 first; an unanswered Base has choice null. */
  answers: z.array(answer).length(BASE_COUNT),
  answered: z.number().int(),
  /** Sum of the grades answered (the workbench's convention); null while none is. */
  total: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type QuestionnaireRound = z.infer<typeof questionnaireRound>;

export const base2Suggestion = z.object({
  base: z.literal(2),
  choice,
  coreFirms: z.number().int().min(0),
  min: z.number().int(),
  max: z.number().int().nullable(),
  reason: z.string(),
});

/**
 * The eight Bases across rounds, oldest first: a chart or a table of grades over time. The rounds
 * of one phone sitting make one column (id: the sitting's), the median choice per Base
 * (shared/diagnosis/spread.ts), with the number of respondents.
 */
export const questionnaireProfile = z.object({
  rounds: z.array(z.object({
    id, title: z.string(), date: z.string(), respondent: z.string(), meetingTitle: z.string().nullable(),
    answered: z.number().int(), total: z.number().int().nullable(),
    /** 1 for a round entered by hand; the phones that answered for a sitting. */
    respondents: z.number().int().min(1),
  })),
  bases: z.array(z.object({
    base: baseNumber,
    /** One per round, in the rounds' order. */
    cells: z.array(z.object({ roundId: id, choice: choice.nullable(), grade: grade.nullable() })),
  })),
  maxGrade: z.number().int(),
  maxTotal: z.number().int(),
});
export type QuestionnaireProfile = z.infer<typeof questionnaireProfile>;

/** One phone sitting: who answered, and per Base how the choices spread over the statements. */
export const questionnaireSpread = z.object({
  sittingId: id,
  title: z.string(),
  date: z.string(),
  meetingTitle: z.string().nullable(),
  respondents: z.number().int(),
  /** Respondents who answered all eight Bases. */
  complete: z.number().int(),
  bases: z.array(z.object({
    base: baseNumber,
    /** Index 0 counts statement 1. */
    counts: z.array(z.number().int().min(0)).length(STATEMENT_COUNT),
    answered: z.number().int(),
    median: choice.nullable(),
  })).length(BASE_COUNT),
});
export type QuestionnaireSpread = z.infer<typeof questionnaireSpread>;
