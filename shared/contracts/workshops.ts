import { z } from 'zod';
import { binaryFile } from '../domain/files';
import { projectId } from '../domain/project';
import {
  card, cardFields, cardGroup, groupFields, participant, participantFields, participantScore, rankedItem, round, score, scoreAverage, shortlist,
  TARGET_TYPES, vote, workshop, workshopBoard, workshopFields, workshopSummary,
} from '../domain/workshop';
import type { MethodSpec } from './spec';

const id = z.string().uuid();
const inProject = z.object({ projectId });
const withId = inProject.extend({ id });
const inWorkshop = inProject.extend({ workshopId: id });
const target = { targetType: z.enum(TARGET_TYPES), targetId: id };
const deleted = z.object({ deleted: z.literal(true) });
const ids = (max: number) => z.array(id).min(1).max(max);
const names = z.array(participantFields.shape.name).max(500);
const settings = workshopFields.omit({ template: true }).partial().shape;
const levels = { importance: score.shape.importance, feasibility: score.shape.feasibility };
const levelsOut = { importance: z.number().int().nullable(), feasibility: z.number().int().nullable() };

/**
 * Workshops: brainstorming and card sorting, voting, short lists. Children of a workshop take
 * `workshopId`, a workshop's own methods take `id`. The timer (`rounds.*`) is live state, not an
 * edit, so it is not undoable; everything else that writes is.
 */
export const workshopMethods = {
  'workshops.create': {
    input: inProject.extend(workshopFields.partial().shape)
      .extend({ stakeholderIds: z.array(id).max(500).optional(), participantNames: names.optional() }).strict(),
    output: workshopBoard,
    undoable: true,
  },
  'workshops.list': { input: inProject.strict(), output: z.array(workshopSummary) },
  /** The whole wall in one read: workshop, rules, participants, groups, cards, votes, scores, timer. */
  'workshops.get': { input: withId.strict(), output: workshopBoard },
  'workshops.update': { input: withId.extend(settings).strict(), output: workshop, undoable: true },
  'workshops.delete': { input: withId.strict(), output: deleted, undoable: true },
  /** Every card (or group) ranked by dots or importance x feasibility, ties sharing a rank. */
  'workshops.ranking': {
    input: withId.extend({ target: z.enum(TARGET_TYPES).optional() }).strict(),
    output: z.array(rankedItem),
  },
  /** The ranking with the cut line applied; ties at the cut are all kept and flagged. */
  'workshops.shortlist': { input: withId.strict(), output: shortlist },
  /** All cards as CSV for Excel (';' separated, UTF-8 with BOM). */
  'workshops.exportCards': { input: withId.strict(), output: binaryFile },

  'participants.add': {
    input: inWorkshop.extend({ stakeholderIds: z.array(id).max(500).optional(), names: names.optional() }).strict()
      .refine((i) => (i.stakeholderIds?.length ?? 0) + (i.names?.length ?? 0) > 0, 'Name at least one participant'),
    output: z.array(participant),
    undoable: true,
  },
  'participants.update': { input: withId.extend(participantFields.partial().shape).strict(), output: participant, undoable: true },
  /** Their dots go with them; cards they wrote keep their name as typed text. */
  'participants.remove': { input: withId.strict(), output: deleted.extend({ votesRemoved: z.number().int() }), undoable: true },

  'cards.create': {
    input: inWorkshop.extend(cardFields.partial().shape)
      .extend({ text: cardFields.shape.text, groupId: id.nullable().optional(), index: z.number().int().min(0).optional() }).strict(),
    output: card,
    undoable: true,
  },
  'cards.list': { input: inWorkshop.strict(), output: z.array(card) },
  'cards.update': { input: withId.extend(cardFields.partial().shape).strict(), output: card, undoable: true },
  'cards.delete': { input: withId.strict(), output: deleted, undoable: true },
  /** Moves many cards at once into a group (null: ungrouped), at `index` or at the end, in the order given. */
  'cards.move': {
    input: inProject.extend({ cardIds: ids(5000), groupId: id.nullable(), index: z.number().int().min(0).optional() }).strict(),
    output: z.object({ moved: z.number().int() }),
    undoable: true,
  },
  /** Several cards into the target: texts joined by lines, dots summed, the others deleted. */
  'cards.merge': { input: inProject.extend({ targetId: id, cardIds: ids(200) }).strict(), output: card, undoable: true },
  /** One card into one card per line of its text (or per given part); the first keeps the dots. */
  'cards.split': {
    input: withId.extend({ parts: z.array(cardFields.shape.text).min(2).max(50).optional() }).strict(),
    output: z.array(card),
    undoable: true,
  },
  /** Ends a private writing round: every hidden card of the workshop shows at once. */
  'cards.reveal': { input: inWorkshop.strict(), output: z.object({ revealed: z.number().int() }), undoable: true },

  'groups.create': { input: inWorkshop.extend(groupFields.partial().shape).extend({ name: groupFields.shape.name }).strict(), output: cardGroup, undoable: true },
  'groups.list': { input: inWorkshop.strict(), output: z.array(cardGroup.extend({ cardCount: z.number().int() })) },
  'groups.update': { input: withId.extend(groupFields.partial().shape).strict(), output: cardGroup, undoable: true },
  'groups.move': { input: withId.extend({ toIndex: z.number().int().min(0) }).strict(), output: z.object({ moved: z.literal(true) }), undoable: true },
  /** Cards of the sources move to the end of the target, their dots are added, the sources go. */
  'groups.merge': { input: inProject.extend({ targetId: id, sourceIds: ids(100) }).strict(), output: cardGroup, undoable: true },
  /** The group goes, its cards stay ungrouped. */
  'groups.delete': { input: withId.strict(), output: deleted.extend({ cardsReleased: z.number().int() }), undoable: true },

  /** Dots of one participant on a card/group (0 removes them); participantId null = counted from the wall. */
  'votes.set': {
    input: inWorkshop.extend({ ...target, participantId: id.nullable(), dots: z.number().int().min(0).max(1000) }).strict(),
    output: z.object({ ...target, participantId: id.nullable(), dots: z.number().int(), targetDots: z.number().int(), dotsLeft: z.number().int().nullable() }),
    undoable: true,
  },
  'votes.list': { input: inWorkshop.strict(), output: z.array(vote) },
  /** Starts the voting again: every dot of the workshop is removed (one undo brings them back). */
  'votes.clear': { input: inWorkshop.strict(), output: z.object({ removed: z.number().int() }), undoable: true },
  /** Importance and feasibility 1-5; both null clears the score. */
  'scores.set': {
    input: inWorkshop.extend({ ...target, ...levels }).strict(),
    output: z.object({ ...target, ...levelsOut, product: z.number().int().nullable() }),
    undoable: true,
  },
  /** Every target the participants scored gets their mean (rounded half up) as its agreed score. */
  'scores.adoptAverages': { input: inWorkshop.strict(), output: z.object({ adopted: z.number().int() }), undoable: true },
  /** One participant's own importance and feasibility 1-5 (a phone's, or typed); both null clear them. */
  'participantScores.set': {
    input: inWorkshop.extend({ ...target, participantId: id, ...levels }).strict(),
    output: z.object({ ...target, participantId: id, ...levelsOut, average: scoreAverage.nullable() }),
    undoable: true,
  },
  'participantScores.list': { input: inWorkshop.strict(), output: z.array(participantScore) },

  /** Starts a new round (finishing the one before); the timer survives a reload. */
  'rounds.start': {
    input: inWorkshop.extend({ label: z.string().trim().max(120).optional(), durationSeconds: z.number().int().min(1).max(24 * 3600) }).strict(),
    output: round,
  },
  'rounds.list': { input: inWorkshop.strict(), output: z.array(round) },
  'rounds.pause': { input: withId.strict(), output: round },
  'rounds.resume': { input: withId.strict(), output: round },
  'rounds.extend': { input: withId.extend({ minutes: z.number().int().min(1).max(240) }).strict(), output: round },
  'rounds.finish': { input: withId.strict(), output: round },
} as const satisfies Record<string, MethodSpec>;
