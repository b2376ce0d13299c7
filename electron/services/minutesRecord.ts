// What the minutes print, drawn from the meeting and from the data decided in it: FGD-1's draft
// rules, the quorum and votes of an election (FGD-2 or a general meeting), the vision adopted and the AD/ART authorised there. Each goes
// under the agenda item it belongs to (agendaTopics.ts), or after the agenda when none fits.
// The decision texts the app wrote for the vision and the AD/ART give way to that data, and
// version labels are left out of every decision.
import type { Database } from 'better-sqlite3';
import { ARTICLE_DOCS } from '../../shared/domain/articles';
import type { MeetingRecord } from '../../shared/domain/meeting';
import type { DecisionPart, MinutesRecord, PlacedPart } from '../export/documents/minutesDecisions';
import { agendaItemFor, type AgendaTopic } from './agendaTopics';
import { listVersions as listArticleVersions } from './articles/versions';
import { readCedc } from './cedc';
import { readElection } from './election/read';
import { isArticlesDecision, isVisionDecision, withoutVersionLabels } from './generatedDecisions';
import { readMeetingRecord } from './meetings';
import { readOrganisation } from './organisation';
import { readRules } from './orgRules';
import { listVersions as listVisionVersions } from './vision';

const hasRules = (db: Database, meetingId: string) => !!db.prepare('SELECT 1 FROM org_rules WHERE id = ?').get(meetingId);

function partsOf(db: Database, m: MeetingRecord): { topic: AgendaTopic; part: DecisionPart }[] {
  const out: { topic: AgendaTopic; part: DecisionPart }[] = [];
  const vision = listVisionVersions(db).find((v) => v.adoptedMeetingId === m.id);
  if (vision) out.push({ topic: 'vision', part: { kind: 'vision', vision: vision.vision, missions: vision.missions } });
  if (m.kind === 'fgd1' && hasRules(db, m.id)) {
    const rules = readRules(db, m.id);
    const recorded = rules.positions.length || rules.termYears || rules.allowances || rules.membershipEligibility || rules.notes;
    if (recorded) out.push({ topic: 'rules', part: { kind: 'rules', rules } });
  }
  const election = readElection(db, m.id);
  if (election.positions.length) {
    const body = election.elects === 'committee' ? readCedc(db).committeeName : readOrganisation(db).name;
    out.push({ topic: 'election', part: { kind: 'election', election, organisationName: body, formsOrganisation: m.kind === 'fgd2' } });
  }
  for (const doc of ARTICLE_DOCS) {
    if (listArticleVersions(db, doc).some((v) => v.authorisedMeetingId === m.id)) out.push({ topic: 'articles', part: { kind: 'articles', doc } });
  }
  return out;
}

export function minutesRecord(db: Database, meetingId: string): MinutesRecord {
  const m = readMeetingRecord(db, meetingId);
  const found = partsOf(db, m);
  const replaced = (text: string) => found.some(({ part }) =>
    (part.kind === 'vision' && isVisionDecision(text)) || (part.kind === 'articles' && isArticlesDecision(text, part.doc)));
  const meeting: MeetingRecord = {
    ...m,
    agenda: m.agenda.map((item) => ({
      ...item,
      decisions: item.decisions.filter((d) => !replaced(d.text)).map((d) => ({ ...d, text: withoutVersionLabels(d.text) })),
    })),
  };
  const parts: PlacedPart[] = found.map(({ topic, part }) => ({ agendaItemId: agendaItemFor(m.agenda, topic)?.id ?? null, part }));
  return { meeting, parts };
}
