import { describe, expect, it } from 'vitest';
import { PATH_STEPS } from '../../shared/domain/projectPath';
import { makeBackend } from './helpers';

const statusOf = (path: { steps: { id: string; status: string }[] }) => Object.fromEntries(path.steps.map((s) => [s.id, s.status]));

describe('the project path', () => {
  it('starts with mapping as the next step and nothing counted', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Tahu Kalisari' });
    const path = await ok('projects.path', { projectId });
    expect(path.counts).toEqual({ stakeholders: 0, members: 0, ties: 0, meetings: 0, workshops: 0, plans: 0 });
    expect(path.steps.map((s) => s.id)).toEqual([...PATH_STEPS]);
    expect(path.steps.filter((s) => s.status === 'next').map((s) => s.id)).toEqual(['mapping']);
    expect(path.steps.slice(1).every((s) => s.status === 'todo')).toBe(true);
  });

  it('follows the project: a held kickoff is done with its date, a planned FGD-1 is in progress, the next step moves on', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Tahu Kalisari', province: 'Jawa Tengah' });
    const a = await ok('stakeholders.create', { projectId, name: 'Pak Darto', kind: 'core_firm', clusterMember: true });
    const b = await ok('stakeholders.create', { projectId, name: 'UD Kedelai Makmur', kind: 'supplier' });
    let path = await ok('projects.path', { projectId });
    expect(statusOf(path)).toMatchObject({ mapping: 'inProgress', kickoff: 'todo' });
    await ok('relations.create', { projectId, sourceId: b.id, targetId: a.id, kind: 'upstream' });

    const kickoff = await ok('meetings.create', { projectId, kind: 'kickoff', title: 'Pertemuan awal', date: '2020-03-02' });
    const fgd1 = await ok('meetings.create', { projectId, kind: 'fgd1', title: 'FGD-1', date: '2099-01-10' });
    path = await ok('projects.path', { projectId });
    expect(path.counts).toMatchObject({ stakeholders: 2, members: 1, ties: 1, meetings: 2 });
    // ANNEX-1 is Stage 1: until a round answers all eight Bases, it is the step to do next.
    expect(statusOf(path)).toMatchObject({ mapping: 'done', questionnaire: 'next', kickoff: 'done', smallGroups: 'todo', fgd1: 'inProgress', fgd2: 'todo' });
    const round = await ok('questionnaires.create', { projectId, title: 'Putaran 1', date: '2020-02-20' });
    for (let base = 1; base <= 7; base += 1) await ok('questionnaires.answer', { projectId, roundId: round.id, base, choice: 3 });
    expect(statusOf(await ok('projects.path', { projectId })).questionnaire).toBe('inProgress');
    await ok('questionnaires.answer', { projectId, roundId: round.id, base: 8, choice: 2 });
    path = await ok('projects.path', { projectId });
    expect(path.steps.find((s) => s.id === 'questionnaire')).toMatchObject({ status: 'done', date: '2020-02-20', targetId: round.id });
    expect(statusOf(path)).toMatchObject({ initiationPlan: 'next', smallGroups: 'todo' });
    // The initiation plan is ready once each of its activities has a date.
    await ok('initiation.prefill', { projectId });
    path = await ok('projects.path', { projectId });
    expect(path.steps.find((s) => s.id === 'initiationPlan')).toMatchObject({ status: 'inProgress', facts: { activities: 6, undated: 6 } });
    const plan = await ok('initiation.get', { projectId });
    for (const a of plan.activities) await ok('initiation.update', { projectId, id: a.id, startDate: '2020-03-01' });
    path = await ok('projects.path', { projectId });
    expect(statusOf(path)).toMatchObject({ initiationPlan: 'done', smallGroups: 'next' });
    const kickoffStep = path.steps.find((s) => s.id === 'kickoff')!;
    expect(kickoffStep).toMatchObject({ date: '2020-03-02', targetId: kickoff.id, phase: 'initiation' });
    expect(path.steps.find((s) => s.id === 'fgd1')).toMatchObject({ targetId: fgd1.id, date: '2099-01-10' });
    // The one member without a small group is what the small-groups step asks for next.
    expect(path.steps.find((s) => s.id === 'smallGroups')!.facts).toMatchObject({ groups: 0, ungroupedMembers: 1 });

    // Attendance taken at a meeting counts as held, whatever its date says.
    const att = await ok('attendees.add', { projectId, meetingId: fgd1.id, walkIn: false, name: 'Pak Darto' });
    await ok('attendees.update', { projectId, id: att.id, present: true });
    path = await ok('projects.path', { projectId });
    // FGD-1 is only done once a vision is adopted.
    expect(statusOf(path).fgd1).toBe('inProgress');
  });

  it('reads the demo project as far along its story', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.createDemo', {});
    const path = await ok('projects.path', { projectId });
    expect(path.counts.stakeholders).toBeGreaterThan(20);
    expect(statusOf(path).mapping).toBe('done');
    expect(path.steps.filter((s) => s.status === 'next').length).toBeLessThanOrEqual(1);
  });
});
