import type { Database } from 'better-sqlite3';
import type { MeetingKind } from '../../shared/domain/meeting';
import { PATH_STEPS, PHASE_OF_STEP, type PathStep, type PathStepId, type ProjectCounts, type ProjectPath } from '../../shared/domain/projectPath';
import { readProject } from './projectRows';
import { zoneOfProvince } from './timeZone';

type Raw = Omit<PathStep, 'phase' | 'status'> & { status: 'done' | 'inProgress' | 'todo' };
const HOURS_AHEAD = { WIB: 7, WITA: 8, WIT: 9 } as const;

/** Where the project stands on the guideline's path, read from what the project holds. */
export function readProjectPath(db: Database, now: string): ProjectPath {
  const num = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number | null }).n ?? 0;
  const row = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T | undefined;
  const today = localDate(now, HOURS_AHEAD[zoneOfProvince(readProject(db).province)]);

  const counts: ProjectCounts = {
    stakeholders: num('SELECT COUNT(*) AS n FROM stakeholders'),
    members: num('SELECT COUNT(*) AS n FROM stakeholders WHERE cluster_member = 1'),
    ties: num('SELECT COUNT(*) AS n FROM relations'),
    meetings: num('SELECT COUNT(*) AS n FROM meetings'),
    workshops: num('SELECT COUNT(*) AS n FROM workshops'),
    plans: num('SELECT COUNT(*) AS n FROM action_plans'),
  };

  /** A meeting counts as held once its date has passed or attendance was taken. */
  const meetingStep = (id: PathStepId, kind: MeetingKind, facts: Record<string, number> = {}): Raw => {
    const held = row<{ id: string; date: string }>(
      `SELECT id, date FROM meetings m WHERE kind = ? AND ((date <> '' AND date <= ?)
         OR EXISTS (SELECT 1 FROM attendees a WHERE a.meeting_id = m.id AND a.present = 1))
       ORDER BY date DESC LIMIT 1`, kind, today);
    if (held) return { id, status: 'done', date: held.date, targetId: held.id, facts };
    const planned = row<{ id: string; date: string }>(`SELECT id, date FROM meetings WHERE kind = ? ORDER BY date = '', date LIMIT 1`, kind);
    return { id, status: planned ? 'inProgress' : 'todo', date: planned?.date ?? '', targetId: planned?.id ?? null, facts };
  };
  const workshopStep = (id: PathStepId, templates: string[], isDone: string): Raw => {
    const marks = templates.map(() => '?').join(', ');
    const done = row<{ id: string; date: string }>(`SELECT id, date FROM workshops w WHERE template IN (${marks}) AND ${isDone} ORDER BY date DESC LIMIT 1`, ...templates);
    if (done) return { id, status: 'done', date: done.date, targetId: done.id, facts: {} };
    const started = row<{ id: string; date: string }>(`SELECT id, date FROM workshops WHERE template IN (${marks}) ORDER BY created_at DESC LIMIT 1`, ...templates);
    return { id, status: started ? 'inProgress' : 'todo', date: started?.date ?? '', targetId: started?.id ?? null, facts: {} };
  };

  const groups = num('SELECT COUNT(*) AS n FROM small_groups');
  const ungroupedMembers = num('SELECT COUNT(*) AS n FROM stakeholders WHERE cluster_member = 1 AND small_group_id IS NULL');
  const smallGroups = meetingStep('smallGroups', 'small_group', { groups, ungroupedMembers });
  if (smallGroups.status === 'todo' && groups > 0) smallGroups.status = 'inProgress';

  const adopted = row<{ adopted_at: string }>('SELECT adopted_at FROM vision_versions WHERE adopted_at IS NOT NULL ORDER BY adopted_at DESC LIMIT 1');
  const visionVersions = num('SELECT COUNT(*) AS n FROM vision_versions');
  const fgd1Meeting = meetingStep('fgd1', 'fgd1', { visionVersions });
  const fgd1: Raw = fgd1Meeting.status === 'done' && adopted
    ? { ...fgd1Meeting, date: adopted.adopted_at.slice(0, 10) }
    : { ...fgd1Meeting, status: fgd1Meeting.status === 'todo' && visionVersions === 0 ? 'todo' : 'inProgress' };

  const announced = row<{ announced_at: string }>('SELECT announced_at FROM organisation WHERE announced_at IS NOT NULL LIMIT 1');
  const fgd2Meeting = meetingStep('fgd2', 'fgd2', { positions: num("SELECT COUNT(*) AS n FROM election_positions p JOIN meetings m ON m.id = p.meeting_id WHERE m.kind = 'fgd2'") });
  const fgd2: Raw = announced
    ? { ...fgd2Meeting, status: 'done', date: announced.announced_at.slice(0, 10) }
    : { ...fgd2Meeting, status: fgd2Meeting.status === 'todo' ? 'todo' : 'inProgress' };

  const authorisedDocs = num('SELECT COUNT(DISTINCT doc) AS n FROM article_versions WHERE authorised_at IS NOT NULL');
  const lastAuthorised = row<{ at: string }>('SELECT MAX(authorised_at) AS at FROM article_versions')?.at ?? '';
  const articlesStarted = num('SELECT COUNT(*) AS n FROM article_nodes') + num('SELECT COUNT(*) AS n FROM article_versions') > 0;
  const articles: Raw = {
    id: 'articles', targetId: null, facts: { authorisedDocs },
    status: authorisedDocs === 2 ? 'done' : articlesStarted ? 'inProgress' : 'todo',
    date: authorisedDocs === 2 ? (lastAuthorised ?? '').slice(0, 10) : '',
  };

  const cedcMembers = num("SELECT COUNT(*) AS n FROM cedc_members WHERE person <> ''");
  const cedc: Raw = {
    id: 'cedc', date: '', targetId: null, facts: { namedMembers: cedcMembers },
    status: cedcMembers > 0 ? 'done' : num('SELECT COUNT(*) AS n FROM cedc') > 0 ? 'inProgress' : 'todo',
  };

  const plans = counts.plans;
  const detailedPlans = num("SELECT COUNT(*) AS n FROM action_plans WHERE activities <> ''");
  const actionPlans: Raw = {
    id: 'actionPlans', date: '', targetId: null, facts: { plans, detailedPlans },
    status: detailedPlans > 0 ? 'done' : plans > 0 ? 'inProgress' : 'todo',
  };
  const closing = row<{ date: string }>("SELECT date FROM plan_evaluations WHERE kind = 'closing' ORDER BY date DESC LIMIT 1");
  const followed = num('SELECT COUNT(*) AS n FROM plan_evaluations') + num('SELECT COUNT(*) AS n FROM indicator_actuals');
  const monitoring: Raw = {
    id: 'monitoring', date: closing?.date ?? '', targetId: null, facts: {},
    status: closing ? 'done' : followed > 0 ? 'inProgress' : 'todo',
  };

  const mapping: Raw = {
    id: 'mapping', date: '', targetId: null, facts: { stakeholders: counts.stakeholders, ties: counts.ties, members: counts.members },
    status: counts.stakeholders > 0 && counts.ties > 0 ? 'done' : counts.stakeholders > 0 ? 'inProgress' : 'todo',
  };

  // ANNEX-1 (Stage 1): done once a round has a choice for all eight Bases.
  const complete = row<{ id: string; date: string }>(
    `SELECT r.id, r.date FROM questionnaire_rounds r
     WHERE (SELECT COUNT(*) FROM questionnaire_answers a WHERE a.round_id = r.id AND a.choice IS NOT NULL) = 8
     ORDER BY r.date DESC, r.created_at DESC LIMIT 1`);
  const anyRound = row<{ id: string; date: string }>('SELECT id, date FROM questionnaire_rounds ORDER BY created_at DESC LIMIT 1');
  const questionnaire: Raw = {
    id: 'questionnaire', facts: { rounds: num('SELECT COUNT(*) AS n FROM questionnaire_rounds') },
    status: complete ? 'done' : anyRound ? 'inProgress' : 'todo',
    date: (complete ?? anyRound)?.date ?? '', targetId: (complete ?? anyRound)?.id ?? null,
  };

  // The initiation plan is ready once every activity has its start date.
  const activities = num('SELECT COUNT(*) AS n FROM initiation_activities');
  const undated = num("SELECT COUNT(*) AS n FROM initiation_activities WHERE start_date = ''");
  const initiationPlan: Raw = {
    id: 'initiationPlan', date: '', targetId: null, facts: { activities, undated },
    status: activities > 0 && undated === 0 ? 'done' : activities > 0 ? 'inProgress' : 'todo',
  };

  const raw: Record<PathStepId, Raw> = {
    mapping, questionnaire, initiationPlan,
    kickoff: meetingStep('kickoff', 'kickoff'),
    smallGroups, fgd1, fgd2,
    general: meetingStep('general', 'general'),
    articles, cedc,
    diagnosis: workshopStep('diagnosis', ['swot'], 'EXISTS (SELECT 1 FROM workshop_cards c WHERE c.workshop_id = w.id)'),
    shortlist: workshopStep('shortlist', ['longlist', 'problems'], 'cut_line IS NOT NULL'),
    actionPlans, monitoring,
  };
  const firstOpen = PATH_STEPS.find((id) => raw[id].status !== 'done');
  const steps = PATH_STEPS.map((id): PathStep => ({
    ...raw[id],
    phase: PHASE_OF_STEP[id],
    status: id === firstOpen && raw[id].status === 'todo' ? 'next' : raw[id].status,
  }));
  return { counts, steps };
}

/** The calendar date at `now` in a zone `hours` ahead of UTC (Indonesia has no summer time). */
function localDate(now: string, hours: number): string {
  return new Date(Date.parse(now) + hours * 3_600_000).toISOString().slice(0, 10);
}
