import type { ReactNode } from 'react';
import type { ParticipationStatus } from '../../../shared/participation/facilitator';
import { useT } from '../../i18n';
import { DeviceList } from './DeviceList';
import { JoinCard } from './JoinCard';
import { removeDevice, stopSession } from './participationStore';

interface Props {
  projectId: string;
  session: ParticipationStatus;
  /** More buttons for the footer, e.g. the projector view of a workshop. */
  extra?: ReactNode;
  onClose: () => void;
}

/** While open: how to join, who joined (live), "Keluarkan" per phone, and "Tutup sesi" (which also closes the dialog). */
export function LivePanel({ projectId, session, extra, onClose }: Props) {
  const t = useT();
  const local = session.url?.startsWith('http://127.0.0.1:') ?? false;
  return (
    <div className="live-panel">
      <div className="live-columns">
        <JoinCard url={session.url ?? ''} code={session.code ?? ''} qrSvg={session.qrSvg ?? ''} joined={session.joined} expected={session.expected} size="panel" />
        {/* On the projector the room sees how to join, not who is connected. */}
        <section className="live-devices facilitator-only" aria-label={t('participation.devices')}>
          <h3>{t('participation.devices')}</h3>
          <DeviceList devices={session.devices} count={session.kind === 'workshop' ? 'cards' : session.kind === 'questionnaire' ? 'answered' : null}
            onRemove={(d) => void removeDevice(projectId, d.id, d.name)} />
        </section>
      </div>
      <p className={local ? 'ws-warning facilitator-only' : 'hint facilitator-only'}>{t(local ? 'participation.localOnly' : 'participation.firewall')}</p>
      <div className="dialog-footer">
        {extra}
        <span className="push-left" />
        <button type="button" className="danger" onClick={() => void stopSession(projectId).then(onClose)}>{t('participation.stop')}</button>
        <button type="button" className="primary" onClick={onClose}>{t('common.close')}</button>
      </div>
    </div>
  );
}
