import type { ElectionPosition, ElectionState } from '../../../shared/domain/election';
import type { Shortlist, WorkshopBoard } from '../../../shared/domain/workshop';
import type { Refs } from './runStory';

// The demo story's cast and the helpers its steps use to find what earlier steps made.

export const FACILITATOR = { name: 'Dimas Arya Nugraha, S.E.', role: 'Fasilitator Klaster, Disperindag Kabupaten Rembang' };
/** The twelve firms and the association marked as members of the cluster organisation. */
export const MEMBERS = ['s1', 's2', 's3', 's5', 's6', 's8', 's9', 's10', 's12', 's13', 's16', 's26'];

// --- helpers that read earlier results -------------------------------------------------------
const workshop = (r: Refs, name: string) => r.out<'workshops.get'>(name) as WorkshopBoard;
export const groupId = (r: Refs, ws: string, groupName: string) => {
  const g = workshop(r, ws).groups.find((x) => x.name === groupName);
  if (!g) throw new Error(`workshop "${ws}" has no group "${groupName}"`);
  return g.id;
};
export const swotGroupId = (r: Refs, key: 'S' | 'W' | 'O' | 'T') => {
  const g = workshop(r, 'swot').groups.find((x) => x.fixedKey === key);
  if (!g) throw new Error(`the SWOT workshop has no column ${key}`);
  return g.id;
};
export const participantId = (r: Refs, ws: string, key: string) => {
  const p = workshop(r, ws).participants.find((x) => x.stakeholderId === r.s(key));
  if (!p) throw new Error(`workshop "${ws}" has no participant "${key}"`);
  return p.id;
};
export const positionId = (r: Refs, key: string) => {
  const p = (r.out<'election.setup'>('election') as ElectionState).positions.find((x) => x.key === key);
  if (!p) throw new Error(`the election has no position "${key}"`);
  return p.id;
};
/** A candidate of a position, by stakeholder key, from the position as last kept under `pos.<key>`. */
export const candidateId = (r: Refs, position: string, who: string) => {
  const attendeeId = r.attendeeId('fgd2', who);
  const c = (r.out<'election.addCandidate'>(`pos.${position}`) as ElectionPosition).candidates.find((x) => x.attendeeId === attendeeId);
  if (!c) throw new Error(`position "${position}" has no candidate "${who}"`);
  return c.id;
};
export const shortlistItemId = (r: Refs, label: string) => {
  const item = (r.out<'workshops.shortlist'>('shortlist') as Shortlist).items.find((x) => x.label === label && x.shortlisted);
  if (!item) throw new Error(`"${label}" is not on the short list`);
  return item.targetId;
};
