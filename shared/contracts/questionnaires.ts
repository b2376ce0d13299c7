import { z } from 'zod';
import { base2Suggestion, baseNumber, choice, questionnaireProfile, questionnaireRound, questionnaireSpread, roundFields } from '../domain/questionnaire';
import type { MethodSpec } from './spec';

const projectId = z.string().uuid();
const id = z.string().uuid();
const withId = z.object({ projectId, id });

/**
 * The ANNEX-1 questionnaire (guideline Step 2): rounds of eight answers, each a choice among the
 * Base's five statements with a note, and the profile that compares the rounds. Every edit is
 * one undo step.
 */
export const questionnaireMethods = {
  'questionnaires.list': { input: z.object({ projectId }).strict(), output: z.array(questionnaireRound) },
  'questionnaires.get': { input: withId.strict(), output: questionnaireRound },
  'questionnaires.create': {
    input: z.object({ projectId }).extend(roundFields.partial().shape).extend({ title: roundFields.shape.title, sittingId: id.optional() }).strict(),
    output: questionnaireRound,
    undoable: true,
  },
  'questionnaires.update': { input: withId.extend(roundFields.partial().shape).strict(), output: questionnaireRound, undoable: true },
  /** A Base's choice and/or note; a null choice clears it (the note stays). */
  'questionnaires.answer': {
    input: z.object({ projectId, roundId: id, base: baseNumber, choice: choice.nullable().optional(), note: z.string().trim().max(2000).optional() }).strict(),
    output: questionnaireRound,
    undoable: true,
  },
  /** The round with its answers. */
  'questionnaires.delete': { input: withId.strict(), output: z.object({ deleted: z.literal(true) }), undoable: true },
  /** Grades per Base for the given rounds (all when none are named), oldest first. */
  'questionnaires.profile': { input: z.object({ projectId, roundIds: z.array(id).max(100).optional() }).strict(), output: questionnaireProfile },
  /** How the answers of one phone sitting spread over the statements, per Base. */
  'questionnaires.spread': { input: z.object({ projectId, sittingId: id }).strict(), output: questionnaireSpread },
  /** Base 2's statement from the registry's count of core firms, with the reason. */
  'questionnaires.suggestBase2': { input: z.object({ projectId }).strict(), output: base2Suggestion },
} as const satisfies Record<string, MethodSpec>;
