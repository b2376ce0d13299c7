import type { Database } from 'better-sqlite3';
import { stakeholderDefaults, type Stakeholder, type StakeholderFields } from '../../shared/domain/stakeholder';
import { AppError } from '../errors';
import type { ProjectTools } from '../handlers/types';
import { seatsHeld, unlinkAttendance } from './stakeholderLinks';
import { listGroups, readGroup, readStakeholder, stakeholderColumns } from './stakeholderRows';

type NewStakeholder = Partial<StakeholderFields> & Pick<StakeholderFields, 'name' | 'kind'>;

/** A leader leads one group: marking one clears the mark on the others of that group. */
function clearOtherLeaders(db: Database, t: ProjectTools, groupId: string, keepId: string): void {
  const others = db.prepare('SELECT id FROM stakeholders WHERE small_group_id = ? AND group_leader = 1 AND id <> ?').all(groupId, keepId) as { id: string }[];
  for (const o of others) t.rec.update('stakeholders', o.id, { group_leader: 0, updated_at: t.now });
}

function checkGroup(db: Database, fields: Partial<StakeholderFields>): void {
  if (fields.smallGroupId) readGroup(db, fields.smallGroupId);
}

export function createStakeholder(db: Database, input: NewStakeholder, t: ProjectTools): Stakeholder {
  const fields = { ...stakeholderDefaults, ...input };
  checkGroup(db, fields);
  if (fields.groupLeader && !fields.smallGroupId) fields.groupLeader = false;
  const id = t.newId();
  t.rec.insert('stakeholders', { id, ...stakeholderColumns(fields), created_at: t.now, updated_at: t.now });
  if (fields.groupLeader && fields.smallGroupId) clearOtherLeaders(db, t, fields.smallGroupId, id);
  return readStakeholder(db, id);
}

export function updateStakeholder(db: Database, id: string, patch: Partial<StakeholderFields>, t: ProjectTools): Stakeholder {
  const current = readStakeholder(db, id);
  checkGroup(db, patch);
  const next = { ...current, ...patch };
  // Leaving a group, or having none, means leading none.
  if (!next.smallGroupId) patch = { ...patch, groupLeader: false };
  t.rec.update('stakeholders', id, { ...stakeholderColumns(patch), updated_at: t.now });
  if (next.groupLeader && next.smallGroupId) clearOtherLeaders(db, t, next.smallGroupId, id);
  return readStakeholder(db, id);
}

/**
 * Deletes a stakeholder with its ties and unlinks their attendance rows, all in the change log so
 * one undo brings them back. Refused, before anything is written, while they hold a seat.
 */
export function deleteStakeholder(db: Database, id: string, t: ProjectTools): { deleted: true; relationsRemoved: number } {
  const s = readStakeholder(db, id);
  const seats = seatsHeld(db, id);
  if (seats.length) {
    const where = seats.join(', ');
    throw new AppError('conflict', 'stakeholder_referenced', `${s.name} is recorded as ${where}; nothing was deleted`, { name: s.name, where });
  }
  unlinkAttendance(db, id, t);
  const ties = db.prepare('SELECT id FROM relations WHERE source_id = ? OR target_id = ?').all(id, id) as { id: string }[];
  for (const tie of ties) t.rec.delete('relations', tie.id);
  t.rec.delete('stakeholders', id);
  return { deleted: true, relationsRemoved: ties.length };
}

export function savePositions(db: Database, positions: { id: string; x: number; y: number }[], t: ProjectTools): { saved: number } {
  for (const p of positions) {
    readStakeholder(db, p.id);
    t.rec.update('stakeholders', p.id, { pos_x: p.x, pos_y: p.y });
  }
  return { saved: positions.length };
}

export function positionsOf(db: Database): { id: string; x: number; y: number }[] {
  return db.prepare('SELECT id, pos_x AS x, pos_y AS y FROM stakeholders WHERE pos_x IS NOT NULL AND pos_y IS NOT NULL').all() as {
    id: string; x: number; y: number;
  }[];
}

export function createGroup(db: Database, input: { name: string; area?: string }, t: ProjectTools) {
  const duplicate = listGroups(db).find((g) => g.name.toLocaleLowerCase('id') === input.name.toLocaleLowerCase('id'));
  if (duplicate) throw new AppError('conflict', 'group_name_taken', `A group named ${input.name} exists`, { name: input.name });
  const id = t.newId();
  t.rec.insert('small_groups', { id, name: input.name, area: input.area ?? '', created_at: t.now });
  return readGroup(db, id);
}

export function updateGroup(db: Database, id: string, patch: { name?: string; area?: string }, t: ProjectTools) {
  readGroup(db, id);
  if (patch.name) {
    const clash = listGroups(db).find((g) => g.id !== id && g.name.toLocaleLowerCase('id') === patch.name!.toLocaleLowerCase('id'));
    if (clash) throw new AppError('conflict', 'group_name_taken', `A group named ${patch.name} exists`, { name: patch.name });
  }
  t.rec.update('small_groups', id, patch);
  return readGroup(db, id);
}

/** Members stay in the registry; they simply belong to no group afterwards. */
export function deleteGroup(db: Database, id: string, t: ProjectTools) {
  readGroup(db, id);
  const members = db.prepare('SELECT id FROM stakeholders WHERE small_group_id = ?').all(id) as { id: string }[];
  for (const m of members) t.rec.update('stakeholders', m.id, { small_group_id: null, group_leader: 0, updated_at: t.now });
  t.rec.delete('small_groups', id);
  return { deleted: true as const, membersReleased: members.length };
}

export function assignGroup(db: Database, groupId: string | null, stakeholderIds: string[], t: ProjectTools) {
  if (groupId) readGroup(db, groupId);
  for (const id of stakeholderIds) {
    const s = readStakeholder(db, id);
    if (s.smallGroupId === groupId) continue;
    t.rec.update('stakeholders', id, { small_group_id: groupId, group_leader: 0, updated_at: t.now });
  }
  return { assigned: stakeholderIds.length };
}

/** Marks or unmarks many as cluster members in one undo step; rows already so are left alone. */
export function setMembers(db: Database, stakeholderIds: string[], member: boolean, t: ProjectTools): { changed: number } {
  let changed = 0;
  for (const id of new Set(stakeholderIds)) {
    const s = readStakeholder(db, id);
    if (s.clusterMember === member) continue;
    t.rec.update('stakeholders', id, { cluster_member: member ? 1 : 0, updated_at: t.now });
    changed += 1;
  }
  return { changed };
}
