import * as agenda from '../services/agenda';
import * as attendance from '../services/attendance';
import { MEASURED_DOCUMENTS, renderDocument } from '../services/documents';
import * as letterhead from '../services/letterhead';
import * as meetings from '../services/meetings';
import { measureMap, onThisThread } from '../services/network/measure';
import * as rules from '../services/orgRules';
import * as vision from '../services/vision';
import { renderPrioritiesDocument } from '../services/priorities/document';
import { project, workspace, type HandlerSlice, type MethodsOf } from './types';

export const meetingHandlers: HandlerSlice<MethodsOf<'meetings' | 'agenda' | 'decisions' | 'followUps' | 'attendees' | 'vision' | 'rules' | 'letterhead' | 'documents'>> = {
  'meetings.create': project((db, { projectId: _p, ...fields }, t) => meetings.createMeeting(db, fields, t)),
  'meetings.list': project((db) => meetings.listMeetings(db)),
  'meetings.get': project((db, { id }) => meetings.readMeetingRecord(db, id)),
  'meetings.update': project((db, { projectId: _p, id, ...patch }, t) => meetings.updateMeeting(db, id, patch, t)),
  'meetings.delete': project((db, { id }, t) => meetings.deleteMeeting(db, id, t)),

  'agenda.add': project((db, { meetingId, title, discussion }, t) => {
    meetings.readMeeting(db, meetingId);
    return agenda.addAgendaItem(db, meetingId, { title, discussion }, t);
  }),
  'agenda.update': project((db, { projectId: _p, id, ...patch }, t) => agenda.updateAgendaItem(db, id, patch, t)),
  'agenda.move': project((db, { id, toIndex }, t) => agenda.moveAgendaItem(db, id, toIndex, t)),
  'agenda.delete': project((db, { id }, t) => agenda.deleteAgendaItem(db, id, t)),
  'decisions.add': project((db, { agendaItemId, text }, t) => agenda.addDecision(db, agendaItemId, text, t)),
  'decisions.update': project((db, { id, text }, t) => agenda.updateDecision(db, id, text, t)),
  'decisions.delete': project((db, { id }, t) => agenda.deleteDecision(db, id, t)),
  'followUps.add': project((db, { projectId: _p, meetingId, ...fields }, t) => {
    meetings.readMeeting(db, meetingId);
    return agenda.addFollowUp(db, meetingId, fields, t);
  }),
  'followUps.update': project((db, { projectId: _p, id, ...patch }, t) => agenda.updateFollowUp(db, id, patch, t)),
  'followUps.delete': project((db, { id }, t) => agenda.deleteFollowUp(db, id, t)),

  'attendees.invite': project((db, { meetingId, stakeholderIds }, t) => {
    meetings.readMeeting(db, meetingId);
    return attendance.inviteStakeholders(db, meetingId, stakeholderIds, t);
  }),
  'attendees.add': project((db, { projectId: _p, meetingId, walkIn, ...person }, t) => {
    meetings.readMeeting(db, meetingId);
    return attendance.addAttendee(db, meetingId, person, walkIn, t);
  }),
  'attendees.update': project((db, { projectId: _p, id, ...patch }, t) => attendance.updateAttendee(db, id, patch, t)),
  'attendees.remove': project((db, { id }, t) => attendance.removeAttendee(db, id, t)),
  'attendees.register': project((db, { id, kind }, t) => attendance.registerAttendee(db, id, kind, t)),

  'vision.create': project((db, { projectId: _p, ...fields }, t) =>
    vision.createVersion(db, { missions: [], proposedBy: '', meetingId: null, note: '', ...fields }, t)),
  'vision.list': project((db) => vision.listVersions(db)),
  'vision.delete': project((db, { id }, t) => vision.deleteVersion(db, id, t)),
  'vision.compare': project((db, { beforeId, afterId }) => vision.compareVersions(db, beforeId, afterId)),
  'vision.adopt': project((db, { id, meetingId }, t) => vision.adoptVersion(db, id, meetingId, t)),

  'rules.get': project((db, { meetingId }) => rules.readRules(db, meetingId)),
  'rules.set': project((db, { projectId: _p, meetingId, ...patch }, t) => rules.setRules(db, meetingId, patch, t)),

  'letterhead.get': project((db) => letterhead.readLetterhead(db)),
  'letterhead.set': project((db, { projectId: _p, ...patch }, t) => letterhead.setLetterhead(db, patch, t)),

  // Packing a .docx is async; rendering only reads the project.
  // Cluster priorities compare every project on this laptop, printed with this project's letterhead.
  // Documents that print the map's metrics have them measured first, off this thread.
  'documents.render': workspace(async (ctx, { projectId, ...request }) => {
    if (request.kind === 'cluster-priorities') return renderPrioritiesDocument(ctx, projectId, request.supported ?? 0, request.paper);
    const db = ctx.store.db(projectId);
    return renderDocument(db, request, MEASURED_DOCUMENTS.has(request.kind) ? await measureMap(ctx.metrics, projectId, db) : onThisThread(db));
  }),
};
