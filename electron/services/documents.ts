import type { Database } from 'better-sqlite3';
import type { MapMetrics } from './network/measure';
import type { DOCUMENT_KINDS } from '../../shared/contract';
import type { Paper } from '../export/docx';
import { renderAttendance } from '../export/documents/attendance';
import { docContext } from '../export/documents/common';
import { renderMinutes } from '../export/documents/minutes';
import { renderVisionMission } from '../export/documents/visionMission';
import { renderElectionRecord } from '../export/documents/electionRecord';
import { renderBoardList } from '../export/documents/boardList';
import { renderRequestLetter } from '../export/documents/requestLetter';
import { renderDecree } from '../export/documents/decree';
import { readCedc } from './cedc';
import { readElection } from './election/read';
import { readOrganisation } from './organisation';
import { boardListExtras } from './boardListData';
import { AppError } from '../errors';
import { readMeeting, readMeetingRecord } from './meetings';
import { readWitnesses } from './signing';
import { minutesRecord } from './minutesRecord';
import { renderWorkshopResults } from '../export/documents/workshopResults';
import { workshopResults } from './workshops/results';
import { adoptedVersion, listVersions, readVersion } from './vision';
import { articlesPrint } from './articles/print';
import { renderArticles } from '../export/documents/articles';
import { renderActionPlan } from '../export/documents/actionPlan';
import { renderPdm } from '../export/documents/pdm';
import { renderAnnualPlan } from '../export/documents/annualPlan';
import { renderMonitoringReport } from '../export/documents/monitoringReport';
import { annualPlanDocumentData, localToday, monitoringData, planDocumentData } from './actionPlans/documentData';
import { renderAnnex1 } from '../export/documents/annex1';
import { renderMapComparison } from '../export/documents/mapComparison';
import { renderInitiationPlan } from '../export/documents/initiationPlan';
import { renderClusterProfile } from '../export/documents/clusterProfile';
import { clusterProfileData } from './profile/clusterProfile';
import { readInitiationPlan } from './initiation/plan';
import { mapComparisonData } from './snapshots';
import { annex1DocumentData } from './questionnaires/documentData';
import { renderBdsList } from '../export/documents/bdsList';
import { bdsListData } from './bdsList';

export interface DocumentRequest {
  kind: (typeof DOCUMENT_KINDS)[number];
  meetingId?: string;
  versionId?: string;
  workshopId?: string;
  variant?: 'before' | 'after';
  blankRows?: number;
  paper?: Paper;
  articlesVersionId?: string;
  planId?: string;
  year?: number;
  snapshotId?: string;
  compareToId?: string;
  roundId?: string;
  sittingId?: string;
}

const needs = (what: string) => new AppError('invalid_input', 'document_needs', `This document needs a ${what}`, { what });

/** The documents that print the map's metrics: measured off the host's thread before they are built. */
export const MEASURED_DOCUMENTS: ReadonlySet<DocumentRequest['kind']> = new Set(['cluster-profile', 'map-comparison', 'monitoring-report']);

/** One entry for every Word document; each kind says what it needs. */
export async function renderDocument(db: Database, r: DocumentRequest, metrics: MapMetrics) {
  const ctx = docContext(db, r.paper);
  switch (r.kind) {
    case 'minutes':
      if (!r.meetingId) throw needs('meetingId');
      return renderMinutes(minutesRecord(db, r.meetingId), ctx);
    case 'attendance':
      if (!r.meetingId) throw needs('meetingId');
      return renderAttendance(readMeetingRecord(db, r.meetingId), ctx, r.variant ?? 'after', r.blankRows ?? 10);
    case 'election-record':
      if (!r.meetingId) throw needs('meetingId');
      return renderElectionRecord(readMeeting(db, r.meetingId), readElection(db, r.meetingId), readOrganisation(db), ctx, readWitnesses(db, r.meetingId), readCedc(db).committeeName);
    case 'request-letter':
      return renderRequestLetter(readCedc(db), readOrganisation(db), ctx);
    case 'decree':
      return renderDecree(readCedc(db), ctx);
    case 'board-list':
      return renderBoardList(readOrganisation(db), ctx, boardListExtras(db));
    case 'workshop-results':
      if (!r.workshopId) throw needs('workshopId');
      return renderWorkshopResults(workshopResults(db, r.workshopId), ctx);
    case 'vision-mission': {
      const version = r.versionId ? readVersion(db, r.versionId) : (adoptedVersion(db) ?? listVersions(db).at(-1));
      if (!version) throw new AppError('invalid_state', 'no_vision', 'No vision and mission has been drafted yet');
      return renderVisionMission(version, version.adoptedMeetingId ? readMeeting(db, version.adoptedMeetingId) : null, ctx);
    }
    case 'articles':
    case 'bylaws':
      return renderArticles(articlesPrint(db, r.kind === 'articles' ? 'ad' : 'art', r.articlesVersionId), ctx);
    case 'action-plan':
    case 'pdm': {
      if (!r.planId) throw needs('planId');
      const data = planDocumentData(db, r.planId);
      return r.kind === 'pdm' ? renderPdm(data, ctx) : renderActionPlan(data, ctx);
    }
    case 'annual-plan':
      return renderAnnualPlan(annualPlanDocumentData(db, r.year), ctx);
    case 'monitoring-report':
      return renderMonitoringReport(monitoringData(db, r.snapshotId, metrics), ctx);
    case 'cluster-priorities':
      // It compares every project on the laptop, so the handler renders it with the workspace.
      throw new Error('cluster-priorities is rendered by renderPrioritiesDocument');
    case 'cluster-profile':
      return renderClusterProfile(clusterProfileData(db, metrics), ctx, localToday());
    case 'initiation-plan':
      return renderInitiationPlan(readInitiationPlan(db), ctx, localToday());
    case 'map-comparison':
      if (!r.snapshotId) throw needs('snapshotId');
      return renderMapComparison(mapComparisonData(db, r.snapshotId, r.compareToId ?? 'current', localToday(), metrics), ctx);
    case 'annex1':
      return renderAnnex1(annex1DocumentData(db, { roundId: r.roundId, sittingId: r.sittingId }), ctx);
    case 'bds-list':
      return renderBdsList(bdsListData(db), ctx);
  }
}
