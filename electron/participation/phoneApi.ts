import type { Envelope } from '../../shared/errors';
import { phoneMethods, type PhoneMethod } from '../../shared/participation/phone';
import { z } from 'zod';
import { MeetingTarget } from './meetingTarget';
import { PhoneError } from './phoneError';
import { QuestionnaireTarget } from './questionnaireTarget';
import type { Device, Session } from './session';
import { WorkshopTarget, type JoinInput } from './workshopTarget';

const WRITES = new Set<PhoneMethod>(['cards.create', 'cards.update', 'votes.set', 'scores.set', 'answers.set']);
export type Target = WorkshopTarget | MeetingTarget | QuestionnaireTarget;

/** An answer, or a board already serialised (the envelope's data as JSON text). */
export type PhoneAnswer = Envelope<unknown> | { ok: true; json: string };

export interface PhoneCall {
  method: PhoneMethod;
  input: unknown;
  token: string | null;
  /** The phone's network address: wrong codes are counted per address. */
  remote: string;
}

/**
 * The participant API on top of one session: validation with the same zod schemas, tokens,
 * per-device write limits and idempotent writes. Every write is an ordinary call of the
 * facilitator's API, so it is validated again and lands in the change log (undoable).
 */
export class PhoneApi {
  readonly target: Target;

  constructor(
    readonly session: Session,
    target: (s: Session) => Target,
    private readonly now: () => Date,
    private readonly onDevicesChanged: () => void,
    private readonly revision: () => number,
  ) {
    this.target = target(session);
  }

  async call(c: PhoneCall): Promise<PhoneAnswer> {
    try {
      if (this.session.closed) throw new PhoneError('invalid_state', 'session_closed', 'The facilitator has closed this session');
      const input = phoneMethods[c.method].input.parse(c.input ?? {});
      if (c.method === 'roster' || c.method === 'join') return { ok: true, data: await this.entry(c.method, input as { code: string } & JoinInput, c.remote) };
      const device = this.authorised(c.token);
      device.lastSeenAt = this.now().toISOString();
      if (c.method === 'leave') {
        this.session.removeDevice(device.id);
        this.onDevicesChanged();
        return { ok: true, data: { left: true } };
      }
      if (c.method === 'board') {
        const t = this.target;
        if (t instanceof WorkshopTarget) return { ok: true, json: await t.viewJson(device, this.revision()) };
        return { ok: true, data: await t.view(device, this.revision()) };
      }
      return await this.write(device, c.method, input as Record<string, unknown>);
    } catch (e) {
      if (e instanceof PhoneError) return { ok: false, error: e.toApiError() };
      if (e instanceof z.ZodError) {
        return { ok: false, error: { code: 'invalid_input', reason: 'invalid_input', message: 'The input is not valid', issues: e.issues.map((i) => ({ path: i.path.map(String), message: i.message })) } };
      }
      throw e;
    }
  }

  authorised(token: string | null): Device {
    const device = token ? this.session.deviceFor(token) : undefined;
    if (!device) throw new PhoneError('unauthorized', 'unauthorized', 'Join the session again');
    return device;
  }

  private async entry(method: 'roster' | 'join', input: { code: string } & JoinInput, remote: string) {
    const now = this.now().getTime();
    const wait = this.session.codeGuard.lockedFor(remote, now);
    if (wait > 0) throw new PhoneError('rate_limited', 'too_many_attempts', 'Too many wrong codes; wait a moment', { seconds: Math.ceil(wait / 1000) });
    if (input.code !== this.session.code) {
      this.session.codeGuard.wrong(remote, now);
      throw new PhoneError('forbidden', 'wrong_code', 'The code is not right');
    }
    this.session.codeGuard.right(remote);
    if (method === 'roster') return this.target.roster();
    const person = await this.target.participantFor(input);
    const { device, token } = this.session.addDevice(person.name, person.id, this.now().toISOString());
    this.onDevicesChanged();
    return { token, deviceId: device.id, name: person.name };
  }

  private async write(device: Device, method: PhoneMethod, input: Record<string, unknown>): Promise<Envelope<unknown>> {
    const clientId = input.clientId as string | undefined;
    const earlier = clientId ? device.done.get(clientId) : undefined;
    if (earlier) return earlier; // a retry: the first answer, never a second card
    if (WRITES.has(method) && !device.writes.take(this.now().getTime())) {
      const seconds = Math.ceil(device.writes.retryAfter(this.now().getTime()) / 1000);
      throw new PhoneError('rate_limited', 'rate_limited', 'Too many changes at once; wait a moment', { seconds });
    }
    const answer = this.perform(device, method, input);
    if (clientId) device.done.set(clientId, answer);
    const settled = await answer;
    // Refusals may be retried with the same clientId once things change (dots freed, say).
    if (!settled.ok && clientId) device.done.delete(clientId);
    return settled;
  }

  private async perform(device: Device, method: PhoneMethod, input: Record<string, unknown>): Promise<Envelope<unknown>> {
    try {
      const t = this.target;
      if (t instanceof QuestionnaireTarget) {
        if (method !== 'answers.set') throw new PhoneError('not_found', 'not_available', 'Only the questionnaire is open');
        return { ok: true, data: await t.setAnswer(device, input.base as number, input.choice as number | null) };
      }
      if (!(t instanceof WorkshopTarget)) throw new PhoneError('not_found', 'not_available', 'Only check-in is open at this meeting');
      if (method === 'answers.set') throw new PhoneError('not_found', 'not_available', 'No questionnaire is open');
      if (method === 'cards.create') return { ok: true, data: await t.createCard(device, input.text as string) };
      if (method === 'cards.update') return { ok: true, data: await t.updateCard(device, input.cardId as string, input.text as string) };
      if (method === 'scores.set') {
        return { ok: true, data: await t.setScores(device, input.targetId as string, input.importance as number | null, input.feasibility as number | null) };
      }
      return { ok: true, data: await t.setVote(device, input.targetId as string, input.dots as number) };
    } catch (e) {
      if (e instanceof PhoneError) return { ok: false, error: e.toApiError() };
      throw e;
    }
  }
}
