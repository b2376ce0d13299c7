import fc from 'fast-check';
import type { Hints } from './arbitraries';

/** Which kind of id a method's own `id` names, by the method's area. */
const AREA_KINDS: Record<string, string[]> = {
  stakeholders: ['stakeholder'], smallGroups: ['smallGroup'], relations: ['relation'], snapshots: ['snapshot'],
  meetings: ['meeting'], agenda: ['agenda'], decisions: ['decision'], followUps: ['followUp'], attendees: ['attendee'],
  vision: ['vision'], workshops: ['workshop'], participants: ['participant'], cards: ['card'], groups: ['cardGroup'],
  rounds: ['round'], articles: ['chapter', 'article', 'paragraph', 'point'], cedc: ['cedcMember'],
};

/** Which kinds of id a field takes, by its name (shared by all methods). */
const KEY_KINDS: Record<string, string[]> = {
  meetingId: ['meeting'], agendaItemId: ['agenda'], workshopId: ['workshop'], positionId: ['electionPosition'],
  attendeeId: ['attendee'], voterId: ['attendee'], candidateId: ['candidate'], candidateIds: ['candidate'], tallies: ['candidate'],
  stakeholderId: ['stakeholder'], stakeholderIds: ['stakeholder'], sourceId: ['stakeholder'],
  targetId: ['stakeholder', 'card', 'cardGroup'], smallGroupId: ['smallGroup'], groupId: ['cardGroup', 'smallGroup'],
  cardIds: ['card'], sourceIds: ['cardGroup'], participantId: ['participant'], authorParticipantId: ['participant'],
  versionId: ['vision', 'articleVersion'], articlesVersionId: ['articleVersion'],
  beforeId: ['snapshot', 'vision', 'articleVersion'], afterId: ['snapshot', 'vision', 'articleVersion'],
  parentId: ['chapter', 'article', 'paragraph'],
};

/** Where a field name means another kind in one area: `${area}.${key}`. */
const AREA_KEY_KINDS: Record<string, string[]> = {
  'cards.targetId': ['card'], 'groups.targetId': ['cardGroup'], 'relations.targetId': ['stakeholder'],
  'cards.groupId': ['cardGroup'], 'smallGroups.groupId': ['smallGroup'],
  'snapshots.beforeId': ['snapshot'], 'snapshots.afterId': ['snapshot'], 'vision.beforeId': ['vision'], 'vision.afterId': ['vision'],
  'articles.beforeId': ['articleVersion'], 'articles.afterId': ['articleVersion'], 'articles.versionId': ['articleVersion'],
  'documents.versionId': ['vision'],
};

const EDGE_UUIDS = ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000-0000-4000-8000-000000000000'];

export interface Known {
  projectId: string;
  ids: Record<string, string[]>;
  /** String samples by field name: real files, references to existing articles... */
  samples: Record<string, string[]>;
  /** Whole inputs known to reach deep into a method (the right kind of id for each document...). */
  seeds: Partial<Record<string, unknown[]>>;
}

/**
 * Hints for one method: its project is A (sometimes a random uuid), ids come mostly from A's
 * ids of the kind the field names, sometimes from any kind, sometimes random.
 */
export function hintsFor(method: string, known: Known): Hints {
  const all = Object.values(known.ids).flat();
  const area = method.split('.')[0]!;
  const kindsOf = (key: string | undefined) =>
    (key === undefined ? undefined : AREA_KEY_KINDS[`${area}.${key}`] ?? (key === 'id' ? AREA_KINDS[area] : KEY_KINDS[key])) ?? [];
  const typed = (key: string | undefined) => kindsOf(key).flatMap((k) => known.ids[k] ?? []);
  return {
    uuid(key) {
      if (key === 'projectId') return fc.oneof({ weight: 8, arbitrary: fc.constant(known.projectId) }, { weight: 1, arbitrary: fc.uuid() });
      const options = [
        { weight: 2, arbitrary: fc.constantFrom(...all) },
        { weight: 1, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: fc.constantFrom(...EDGE_UUIDS) },
      ];
      const ofKind = typed(key);
      if (ofKind.length) options.push({ weight: 6, arbitrary: fc.constantFrom(...ofKind) });
      return fc.oneof(...options);
    },
    typed,
    samples: (key) => (key ? known.samples[key] ?? [] : []),
  };
}

/** Lists in an answer whose entries are of one kind, by the list's name. */
const LIST_KINDS: Record<string, string> = {
  participants: 'participant', groups: 'cardGroup', cards: 'card', positions: 'electionPosition', candidates: 'candidate',
  attendees: 'attendee', agenda: 'agenda', decisions: 'decision', followUps: 'followUp', members: 'cedcMember', rounds: 'round',
};

/** Adds the ids an answer names to `ids`, so later steps of a sequence can use what earlier ones made. */
export function harvest(ids: Record<string, string[]>, method: string, data: unknown, kind = AREA_KINDS[method.split('.')[0]!]?.[0]): void {
  if (Array.isArray(data)) {
    for (const entry of data) harvest(ids, method, entry, kind);
    return;
  }
  if (data === null || typeof data !== 'object') return;
  const record = data as Record<string, unknown>;
  if (kind && typeof record.id === 'string') (ids[kind] ??= []).push(record.id);
  if (typeof record.createdId === 'string') (ids.article ??= []).push(record.createdId);
  for (const [key, listKind] of Object.entries(LIST_KINDS)) if (Array.isArray(record[key])) harvest(ids, method, record[key], listKind);
}
