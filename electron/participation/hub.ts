import type http from 'node:http';
import QRCode from 'qrcode';
import { DEFAULT_PARTICIPANT_PORT, type JoinMode, type ParticipationStatus } from '../../shared/participation/facilitator';
import type { Dispatch } from '../api';
import { AppError } from '../errors';
import type { BackendEvents } from '../events';
import { MeetingTarget } from './meetingTarget';
import { reachableInterfaces, type NetworkInterface } from './network';
import { PhoneApi, type Target } from './phoneApi';
import { QuestionnaireTarget, type Sitting } from './questionnaireTarget';
import { createPhoneServer } from './phoneServer';
import { Session, type Device } from './session';
import { WorkshopTarget } from './workshopTarget';

/**
 * Phones refetch at most once a second, however fast cards arrive: one wave, not one per card.
 * Thirty phones fetching a 600-card wall on every card would keep the laptop busy serialising.
 */
const BROADCAST_MS = 1000;

export interface StartInput {
  projectId: string;
  workshopId?: string;
  meetingId?: string;
  questionnaire?: Sitting;
  port?: number;
  address?: string;
  joinMode?: JoinMode;
}

export interface HubOptions {
  dispatch: Dispatch;
  events: BackendEvents;
  phoneDir: string;
  interfaces?: () => NetworkInterface[];
  now?: () => Date;
  log?: (e: unknown) => void;
}

/** The one participation that can be open at a time, its server, and its live updates. */
export class ParticipationHub {
  private session: Session | null = null;
  private api: PhoneApi | null = null;
  private server: http.Server | null = null;
  private revision = 0;
  /** Participants of the workshop (invited people of the meeting), read when devices change. */
  private expected = 0;
  private pending: NodeJS.Timeout | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly opts: HubOptions) {
    this.unsubscribe = opts.events.subscribe((e) => {
      if (e.type === 'changed' && e.projectId === this.session?.projectId) {
        this.revision += 1;
        this.scheduleBroadcast();
      }
    });
  }

  interfaces(): NetworkInterface[] {
    return (this.opts.interfaces ?? reachableInterfaces)();
  }

  /** The address to listen on: the one asked for (it must be this laptop's), or the only one there is. */
  private addressFor(asked: string | undefined): string {
    const all = this.interfaces();
    if (asked) {
      if (asked === '127.0.0.1' || all.some((i) => i.address === asked)) return asked;
      throw new AppError('invalid_input', 'participation_unknown_interface', `${asked} is not an address of this computer`, { address: asked });
    }
    if (all.length === 1) return all[0]!.address;
    if (all.length === 0) throw new AppError('invalid_state', 'participation_no_network', 'No Wi-Fi or network is on; turn on the hotspot first');
    throw new AppError('invalid_input', 'participation_choose_interface', 'This computer has several networks; choose the one the phones use', { count: all.length });
  }

  async start(input: StartInput): Promise<{ url: string; code: string; port: number; address: string; qrSvg: string }> {
    const { dispatch } = this.opts;
    const { questionnaire } = input;
    const kind = input.workshopId ? 'workshop' : questionnaire ? 'questionnaire' : 'meeting';
    const targetId = (input.workshopId ?? questionnaire?.sittingId ?? input.meetingId)!;
    // The target must exist before anything listens; a refusal is the facilitator's answer as it
    // is (a PhoneError is for phones and would reach the dispatcher as an unexpected error).
    // A sitting exists once a phone answers; its meeting, if it names one, must exist now.
    const checked = kind === 'workshop' ? { method: 'workshops.get', id: targetId } : kind === 'meeting' ? { method: 'meetings.get', id: targetId }
      : questionnaire?.meetingId ? { method: 'meetings.get', id: questionnaire.meetingId } : null;
    const target = checked ? await dispatch(checked.method, { projectId: input.projectId, id: checked.id }) : null;
    if (target && !target.ok) throw new AppError(target.error.code, target.error.reason ?? target.error.code, target.error.message, target.error.params);
    const address = this.addressFor(input.address);
    const port = input.port ?? DEFAULT_PARTICIPANT_PORT;
    await this.stop();
    const url = `http://${address}:${port}`;
    const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const session = new Session(input.projectId, kind, targetId, input.joinMode ?? (kind === 'workshop' ? 'pick' : 'pick_or_type'), url, address, port, qrSvg);
    const targetOf = (s: Session): Target =>
      kind === 'workshop' ? new WorkshopTarget(dispatch, s, () => this.revision)
        : questionnaire ? new QuestionnaireTarget(dispatch, s, questionnaire) : new MeetingTarget(dispatch, s);
    const api = new PhoneApi(
      session,
      targetOf,
      this.opts.now ?? (() => new Date()),
      () => this.devicesChanged(),
      () => this.revision,
    );
    const server = createPhoneServer({ api: () => this.api, phoneDir: this.opts.phoneDir, address, port, log: this.opts.log ?? console.error });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (e: NodeJS.ErrnoException) =>
        reject(e.code === 'EADDRINUSE'
          ? new AppError('conflict', 'participation_port_in_use', `Port ${port} is in use; choose another`, { port })
          : new AppError('invalid_state', 'participation_cannot_listen', `Cannot listen on ${address}:${port}`, { address, port })));
      server.listen(port, address, () => resolve());
    });
    server.on('error', (e) => (this.opts.log ?? console.error)(e));
    this.session = session;
    this.api = api;
    this.server = server;
    this.expected = 0;
    this.devicesChanged();
    return { url, code: session.code, port, address, qrSvg };
  }

  status(projectId: string): ParticipationStatus {
    const s = this.session?.projectId === projectId ? this.session : null;
    if (!s) return { open: false, kind: null, targetId: null, url: null, code: null, port: null, qrSvg: null, joinMode: null, joined: 0, expected: 0, devices: [] };
    const devices = [...s.devices.values()].map((d: Device) => ({
      id: d.id, name: d.name, participantId: d.participantId, joinedAt: d.joinedAt, lastSeenAt: d.lastSeenAt, connected: d.streams.size > 0, cards: d.cardIds.size, answered: d.answered,
    }));
    return { open: true, kind: s.kind, targetId: s.targetId, url: s.url, code: s.code, port: s.port, qrSvg: s.qrSvg, joinMode: s.joinMode, joined: devices.length, expected: this.expected, devices };
  }

  private async refreshExpected(): Promise<void> {
    const s = this.session;
    if (!s) return;
    const roster = await this.api?.target.roster().catch(() => null);
    if (roster && s === this.session) this.expected = Math.max(roster.people.length, s.devices.size);
  }

  removeDevice(projectId: string, deviceId: string): void {
    const device = this.session?.projectId === projectId ? this.session.removeDevice(deviceId) : undefined;
    if (!device) throw new AppError('not_found', 'device_not_found', 'No such phone in this session', { id: deviceId });
    for (const res of device.streams) res.end('event: removed\ndata: {}\n\n');
    this.devicesChanged();
  }

  /** Closes the session: phones are told, tokens die, the port is freed. */
  async stop(projectId?: string): Promise<boolean> {
    const { session, server } = this;
    if (!session || !server || (projectId && session.projectId !== projectId)) return false;
    session.closed = true;
    for (const d of session.devices.values()) for (const res of d.streams) res.end('event: closed\ndata: {}\n\n');
    this.session = null;
    this.api = null;
    this.server = null;
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    this.opts.events.emit({ type: 'participation', projectId: session.projectId });
    return true;
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.stop();
  }

  private devicesChanged(): void {
    const s = this.session;
    if (!s) return;
    void this.refreshExpected().then(() => this.opts.events.emit({ type: 'participation', projectId: s.projectId }));
  }

  private scheduleBroadcast(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      const s = this.session;
      if (!s) return;
      const frame = `event: changed\ndata: {"revision":${this.revision}}\n\n`;
      for (const d of s.devices.values()) for (const res of d.streams) res.write(frame);
    }, BROADCAST_MS);
    this.pending.unref();
  }
}
