import { useEffect } from 'react';
import { create } from 'zustand';
import type { MethodInput } from '../../../shared/contract';
import type { ParticipationStatus } from '../../../shared/participation/facilitator';
import { call } from '../../api';
import { onProjectChanges } from '../../lib/liveEvents';
import { keepIdentity } from '../meetings/keepIdentity';
import { useUi } from '../shell/uiStore';

/** What phones join: a workshop, a meeting's self check-in, or an ANNEX-1 sitting (id: the sitting's). */
export type ParticipationTarget =
  | { kind: 'workshop' | 'meeting'; id: string }
  | { kind: 'questionnaire'; id: string; title: string; meetingId: string | null; date: string };
export type StartOptions = Pick<MethodInput<'participation.start'>, 'port' | 'address' | 'joinMode'>;

interface ParticipationState {
  projectId: string | null;
  status: ParticipationStatus | null;
}

/** The participant session of the project on screen, as the back end last reported it. */
export const useParticipation = create<ParticipationState>(() => ({ projectId: null, status: null }));

/** Phones' "connected" flags change without an event; while a session is open it is read again this often. */
const POLL_MS = 5000;

async function load(projectId: string): Promise<void> {
  try {
    const status = await call('participation.status', { projectId });
    const prev = useParticipation.getState();
    useParticipation.setState({ projectId, status: keepIdentity(prev.projectId === projectId ? prev.status : null, status) });
  } catch {
    // The next event or poll tries again; a status read is never worth an error notice.
  }
}

let watched: { projectId: string; count: number; stop: () => void } | null = null;

function follow(projectId: string): () => void {
  void load(projectId);
  const stopListening = onProjectChanges(projectId, () => void load(projectId), { ms: 250, participation: true });
  const poll = setInterval(() => {
    if (useParticipation.getState().status?.open) void load(projectId);
  }, POLL_MS);
  return () => {
    stopListening();
    clearInterval(poll);
  };
}

/** Keeps the status of this project current while at least one screen shows it. */
function watch(projectId: string): () => void {
  if (watched?.projectId !== projectId) {
    watched?.stop();
    useParticipation.setState({ projectId, status: null });
    watched = { projectId, count: 0, stop: follow(projectId) };
  }
  const w = watched;
  w.count += 1;
  return () => {
    w.count -= 1;
    if (w.count === 0 && watched === w) {
      w.stop();
      watched = null;
    }
  };
}

/** The project's participant session (null until read), updated live. */
export function useParticipationStatus(projectId: string | null): ParticipationStatus | null {
  useEffect(() => (projectId ? watch(projectId) : undefined), [projectId]);
  return useParticipation((s) => (projectId && s.projectId === projectId ? s.status : null));
}

/** The open session if it is this target's, else null. */
export function sessionOf(status: ParticipationStatus | null, target: ParticipationTarget): ParticipationStatus | null {
  return status?.open && status.kind === target.kind && status.targetId === target.id ? status : null;
}

/** Opens the session; a refusal is thrown (the form shows it next to the fields). */
export async function startSession(projectId: string, target: ParticipationTarget, options: StartOptions): Promise<void> {
  const what = target.kind === 'questionnaire'
    ? { questionnaire: { sittingId: target.id, title: target.title, meetingId: target.meetingId, date: target.date } }
    : target.kind === 'workshop' ? { workshopId: target.id } : { meetingId: target.id };
  await call('participation.start', { projectId, ...what, ...options });
  await load(projectId);
}

export async function stopSession(projectId: string): Promise<void> {
  try {
    await call('participation.stop', { projectId });
    useUi.getState().notify('participation.stopped');
  } catch (e) {
    useUi.getState().fail(e);
  }
  await load(projectId);
}

export async function removeDevice(projectId: string, deviceId: string, name: string): Promise<void> {
  try {
    await call('participation.removeDevice', { projectId, deviceId });
    useUi.getState().notify('participation.removed', { name });
  } catch (e) {
    useUi.getState().fail(e);
  }
  await load(projectId);
}
