import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { JoinMode, ParticipationKind } from '../../shared/participation/facilitator';
import type { Envelope } from '../../shared/errors';
import { CodeGuard, SlidingWindow, WRITES_PER_MINUTE } from './limits';

export type TargetKind = ParticipationKind;

export interface Device {
  id: string;
  name: string;
  /** The workshop participant or meeting attendee this phone speaks for. */
  participantId: string | null;
  joinedAt: string;
  lastSeenAt: string;
  /** Open event streams of this phone (a reload may briefly hold two). */
  streams: Set<http.ServerResponse>;
  /** Cards written from this phone: what it may still edit while hidden. */
  cardIds: Set<string>;
  /** ANNEX-1 Bases answered from this phone, as the last answer reported. */
  answered: number;
  writes: SlidingWindow;
  /** Answers by clientId, so a retried write returns the first answer instead of writing twice. */
  done: Map<string, Promise<Envelope<unknown>>>;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** One open participation: its code, the phones that joined and their tokens. */
export class Session {
  readonly code = String(randomInt(0, 10_000)).padStart(4, '0');
  readonly devices = new Map<string, Device>();
  readonly codeGuard = new CodeGuard();
  /** Token hashes only: a token is a bearer secret and never kept in clear. */
  private readonly tokens = new Map<string, string>();
  closed = false;
  /** Numbers "Peserta N" of anonymous joins; never reused, even after a phone leaves. */
  anonymousJoins = 0;

  constructor(
    readonly projectId: string,
    readonly kind: TargetKind,
    readonly targetId: string,
    readonly joinMode: JoinMode,
    readonly url: string,
    readonly address: string,
    readonly port: number,
    readonly qrSvg: string,
  ) {}

  addDevice(name: string, participantId: string | null, now: string): { device: Device; token: string } {
    const token = randomBytes(24).toString('base64url');
    const device: Device = {
      id: randomUUID(), name, participantId, joinedAt: now, lastSeenAt: now,
      streams: new Set(), cardIds: new Set(), answered: 0, writes: new SlidingWindow(WRITES_PER_MINUTE, 60_000), done: new Map(),
    };
    this.devices.set(device.id, device);
    this.tokens.set(hash(token), device.id);
    return { device, token };
  }

  deviceFor(token: string): Device | undefined {
    if (this.closed) return undefined;
    const id = this.tokens.get(hash(token));
    return id ? this.devices.get(id) : undefined;
  }

  /** Signs a phone out: its token dies at once. */
  removeDevice(id: string): Device | undefined {
    const device = this.devices.get(id);
    if (!device) return undefined;
    this.devices.delete(id);
    for (const [h, d] of this.tokens) if (d === id) this.tokens.delete(h);
    return device;
  }

  /** The device already speaking for this participant, if any. */
  holderOf(participantId: string): Device | undefined {
    for (const d of this.devices.values()) if (d.participantId === participantId) return d;
    return undefined;
  }
}
