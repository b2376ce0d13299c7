import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { createBackend, type Backend } from '../../electron/backend';
import { DOCUMENT_KINDS } from '../../shared/contract';
import { runStory, step } from '../../electron/services/demo/runStory';
import { DEMO_STORY } from '../../electron/services/demo/story';
import { makeBackend } from './helpers';
import { matchProviders, unmetServices } from '../../shared/actionPlans/bdsMatch';

/** One back end for the whole describe (the helpers' back end closes after each test). */
function sharedBackend() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-demo-'));
  const backend: Backend = createBackend({ dataDir, resourcesDir: path.resolve(__dirname, '../../resources'), appVersion: '0.0.0-test' });
  const raw = (method: string, input: unknown) => backend.dispatch(method, input);
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const envelope = await raw(method, input);
    if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.data as MethodOutput<M>;
  };
  const close = () => {
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { raw, ok, close };
}

// The demo tells the guideline's whole story; the story is data we ship, so it runs here whole.
describe('the demo project tells a whole story', () => {
  let b: ReturnType<typeof sharedBackend>;
  let projectId: string;
  let ms: number;
  afterAll(() => b?.close());
  beforeAll(async () => {
    b = sharedBackend();
    const t0 = performance.now();
    projectId = (await b.ok('projects.createDemo', {})).id;
    ms = performance.now() - t0;
    console.info(`projects.createDemo with its story: ${Math.round(ms)} ms (${DEMO_STORY.length} calls)`);
  }, 60_000);

  it('holds meetings of each kind, held, with attendance and minutes', async () => {
    const meetings = await b.ok('meetings.list', { projectId });
    const kinds = meetings.map((m) => m.kind);
    for (const kind of ['kickoff', 'small_group', 'fgd1', 'fgd2', 'general'] as const) expect(kinds).toContain(kind);
    expect(kinds.filter((k) => k === 'small_group')).toHaveLength(4);
    // In date order, all in 2026: kickoff in March, FGD-1 April, FGD-2 May, general meeting June.
    const dates = meetings.map((m) => m.date);
    expect([...dates].sort()).toEqual(dates);
    expect(meetings.find((m) => m.kind === 'kickoff')!.date).toMatch(/^2026-03-/);
    expect(meetings.find((m) => m.kind === 'fgd1')!.date).toMatch(/^2026-04-/);
    expect(meetings.find((m) => m.kind === 'fgd2')!.date).toMatch(/^2026-05-/);
    expect(meetings.find((m) => m.kind === 'general')!.date).toMatch(/^2026-06-/);
    for (const m of meetings) {
      expect(m.presentCount, m.title).toBeGreaterThan(0);
      const record = await b.ok('meetings.get', { projectId, id: m.id });
      expect(record.chairName && record.minuteTakerName && record.closingTime, m.title).toBeTruthy();
      expect(record.agenda.length, m.title).toBeGreaterThan(0);
      for (const item of record.agenda) expect(item.discussion, `${m.title}: ${item.title}`).not.toBe('');
      expect(record.agenda.flatMap((a) => a.decisions).length, m.title).toBeGreaterThan(0);
      expect(record.followUps.length, m.title).toBeGreaterThan(0);
    }
    const kickoff = await b.ok('meetings.get', { projectId, id: meetings.find((m) => m.kind === 'kickoff')!.id });
    expect(kickoff.attendees.filter((a) => a.walkIn)).toHaveLength(2);
    expect(kickoff.attendees.filter((a) => a.invited && !a.present).length).toBeGreaterThan(0);
  });

  it('has vision versions with one adopted at FGD-1, and the draft rules', async () => {
    const meetings = await b.ok('meetings.list', { projectId });
    const fgd1 = meetings.find((m) => m.kind === 'fgd1')!;
    const versions = await b.ok('vision.list', { projectId });
    expect(versions).toHaveLength(3);
    const adopted = versions.filter((v) => v.adoptedAt);
    expect(adopted).toHaveLength(1);
    expect(adopted[0]!.adoptedMeetingId).toBe(fgd1.id);
    expect(adopted[0]!.missions).toHaveLength(5);
    const rules = await b.ok('rules.get', { projectId, meetingId: fgd1.id });
    expect(rules).toMatchObject({ boardSize: 5, termYears: 3 });
  });

  it('elected and announced the board at FGD-2, with a counted run-off for the chair', async () => {
    const meetings = await b.ok('meetings.list', { projectId });
    const fgd2 = meetings.find((m) => m.kind === 'fgd2')!;
    const election = await b.ok('election.get', { projectId, meetingId: fgd2.id });
    expect(election.quorum.met).toBe(true);
    expect(election.positions.every((p) => p.status === 'confirmed')).toBe(true);
    const chair = election.positions.find((p) => p.key === 'ketua')!;
    expect(chair.method).toBe('vote');
    expect(chair.rounds).toHaveLength(2);
    const org = await b.ok('organisation.get', { projectId });
    expect(org.announcedMeetingId).toBe(fgd2.id);
    expect(org.name).toBe('Forum Klaster Batik Tulis Lasem');
    expect(org.board.length).toBe(5);
  });

  it('authorised the AD and ART at the general meeting, and proposed the committee', async () => {
    const general = (await b.ok('meetings.list', { projectId })).find((m) => m.kind === 'general')!;
    for (const doc of ['ad', 'art'] as const) {
      const versions = await b.ok('articles.versions', { projectId, doc });
      expect(versions.some((v) => v.authorisedMeetingId === general.id), doc).toBe(true);
    }
    const cedc = await b.ok('cedc.get', { projectId });
    expect(cedc.members.length).toBeGreaterThanOrEqual(8);
    expect(cedc.members.filter((m) => m.person).length).toBeGreaterThanOrEqual(8);
  });

  it('short-listed the main problems and made action plans from them', async () => {
    const workshops = await b.ok('workshops.list', { projectId });
    const problems = workshops.find((w) => w.template === 'problems')!;
    expect(problems.cutLine).toBe(3);
    expect(workshops.some((w) => w.template === 'swot' && w.cardCount > 0)).toBe(true);
    const shortlist = await b.ok('workshops.shortlist', { projectId, id: problems.id });
    expect(shortlist.shortlistedCount).toBe(3);
    expect(shortlist.needsDecision).toBe(false);
    const board = await b.ok('workshops.get', { projectId, id: problems.id });
    expect(board.groups.length).toBe(6);
    expect(board.cards.every((c) => c.groupId)).toBe(true);
    const plans = await b.ok('actionPlans.list', { projectId });
    expect(plans).toHaveLength(2);
    for (const p of plans) {
      expect(p.source?.workshopId).toBe(problems.id);
      expect(p.budgetLines.length).toBeGreaterThan(0);
      expect(p.indicators.length).toBeGreaterThan(0);
    }
    expect(plans.reduce((n, p) => n + p.budgetTotal, 0)).toBe(71_500_000);
    // Question 6 has something to suggest: the plans name the support they need, the providers what they offer.
    const everyone = await b.ok('stakeholders.list', { projectId });
    for (const p of plans) {
      expect(p.supportServices.length, p.title).toBeGreaterThan(0);
      expect(matchProviders(p.supportServices, everyone, new Set(p.supporters.flatMap((x) => (x.stakeholderId ? [x.stakeholderId] : [])))).length, p.title).toBeGreaterThan(0);
    }
    // ...and one need the registry cannot meet yet, so the demo shows where to look further.
    expect(plans.flatMap((p) => unmetServices(p.supportServices, everyone))).toEqual(['legal']);
  });

  it('keeps the map "Sebelum FGD-1", taken before later ties were added', async () => {
    const [snapshot] = await b.ok('snapshots.list', { projectId });
    expect(snapshot!.name).toBe('Sebelum FGD-1');
    const ties = await b.ok('relations.list', { projectId });
    expect(snapshot!.relationCount).toBe(88);
    expect(ties.length).toBeGreaterThan(snapshot!.relationCount);
  });

  it('reads as far along the path, with no undo history', async () => {
    const path = await b.ok('projects.path', { projectId });
    const done = path.steps.filter((s) => s.status === 'done').map((s) => s.id);
    // Every step the story walks is done; monitoring is under way (one reading, no closing yet).
    const walked = ['mapping', 'questionnaire', 'kickoff', 'smallGroups', 'fgd1', 'fgd2', 'general', 'articles', 'cedc', 'diagnosis', 'shortlist', 'actionPlans'];
    expect(done).toEqual(expect.arrayContaining(walked));
    expect(path.steps.find((s) => s.id === 'monitoring')!.status).toBe('inProgress');
    expect(done.length).toBeGreaterThan(path.steps.length / 2);
    // The moments of the story carry the dates of their meetings, not the day the demo was made.
    const dateOf = (id: string) => path.steps.find((s) => s.id === id)!.date;
    expect([dateOf('kickoff'), dateOf('fgd1'), dateOf('fgd2'), dateOf('general'), dateOf('articles')]).toEqual(['2026-03-10', '2026-04-14', '2026-05-19', '2026-06-16', '2026-06-16']);
    expect(path.counts).toMatchObject({ stakeholders: 34, members: 12, meetings: 8, workshops: 2, plans: 2 });
    expect(await b.ok('history.state', { projectId })).toMatchObject({ canUndo: false, canRedo: false });
  });

  it('renders every document kind for the demo', async () => {
    const meetings = await b.ok('meetings.list', { projectId });
    const id = (kind: (typeof meetings)[number]['kind']) => meetings.find((m) => m.kind === kind)!.id;
    const workshopId = (await b.ok('workshops.list', { projectId })).find((w) => w.template === 'problems')!.id;
    const planId = (await b.ok('actionPlans.list', { projectId }))[0]!.id;
    const adopted = (await b.ok('vision.list', { projectId })).find((v) => v.adoptedAt)!.id;
    const kinds = ['minutes', 'attendance', 'vision-mission', 'election-record', 'board-list', 'workshop-results', 'articles', 'bylaws', 'request-letter', 'decree', 'action-plan', 'annual-plan'] as const;
    for (const kind of kinds) expect(DOCUMENT_KINDS).toContain(kind);
    const inputs: Record<(typeof kinds)[number], object> = {
      minutes: { meetingId: id('fgd1') },
      attendance: { meetingId: id('kickoff'), variant: 'after' },
      'vision-mission': { versionId: adopted },
      'election-record': { meetingId: id('fgd2') },
      'board-list': {},
      'workshop-results': { workshopId },
      articles: {},
      bylaws: {},
      'request-letter': {},
      decree: {},
      'action-plan': { planId },
      'annual-plan': { year: 2026 },
    };
    for (const kind of kinds) {
      const answer = await b.raw('documents.render', { projectId, kind, ...inputs[kind] });
      expect(answer.ok ? 'ok' : JSON.stringify(answer.error), kind).toBe('ok');
    }
    for (const m of meetings) {
      const answer = await b.raw('documents.render', { projectId, kind: 'minutes', meetingId: m.id });
      expect(answer.ok ? 'ok' : JSON.stringify(answer.error), m.title).toBe('ok');
    }
  });
});

describe('the registry-only demo and a broken story', () => {
  it('makes only the registry when asked', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.createDemo', { story: false });
    expect((await ok('stakeholders.list', { projectId })).length).toBe(34);
    expect((await ok('relations.list', { projectId })).length).toBe(88);
    expect(await ok('meetings.list', { projectId })).toEqual([]);
    expect(await ok('workshops.list', { projectId })).toEqual([]);
    expect(await ok('snapshots.list', { projectId })).toEqual([]);
    expect((await ok('cedc.get', { projectId })).members).toEqual([]);
    expect(await ok('history.state', { projectId })).toMatchObject({ canUndo: false });
  });

  it('names the step that fails', async () => {
    const { backend, ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Uji' });
    const steps = [
      step('meetings.create')(() => ({ kind: 'fgd2' }), 'fgd2'),
      step('election.setup')((r) => ({ meetingId: r.id('fgd2') })),
    ];
    await expect(runStory(backend.dispatch, projectId, new Map(), steps)).rejects.toThrow(/step 2 \(election\.setup\) failed: election_needs_rules/);
    await expect(runStory(backend.dispatch, projectId, new Map(), [step('stakeholders.get')((r) => ({ id: r.s('s99') }))]))
      .rejects.toThrow(/step 1 \(stakeholders\.get\): its input cannot be resolved: no demo stakeholder "s99"/);
  });
});
