import type { ParticipationDevice } from '../../../shared/participation/facilitator';
import { useT } from '../../i18n';

interface Props {
  devices: ParticipationDevice[];
  /** Workshops count the cards each phone sent, a questionnaire the Bases answered; a check-in has none. */
  count: 'cards' | 'answered' | null;
  onRemove: (device: ParticipationDevice) => void;
}

/** The phones in the session: who, whether connected now, cards sent, and "Keluarkan". */
export function DeviceList({ devices, count, onRemove }: Props) {
  const t = useT();
  if (devices.length === 0) return <p className="empty device-empty">{t('participation.noDevices')}</p>;
  return (
    <div className="table-scroll device-scroll">
      <table className="data device-table" aria-label={t('participation.devices')}>
        <thead>
          <tr>
            <th>{t('participation.name')}</th>
            <th>{t('participation.state')}</th>
            {count && <th className="num">{t(count === 'cards' ? 'participation.cards' : 'participation.answered')}</th>}
            <th><span className="sr-only">{t('meetings.attendance.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {devices.map((d) => (
            <tr key={d.id}>
              <td className="device-name">{d.name}</td>
              <td>
                <span className={d.connected ? 'device-state on' : 'device-state off'}>
                  {t(d.connected ? 'participation.connected' : 'participation.disconnected')}
                </span>
              </td>
              {count && <td className="num">{count === 'cards' ? d.cards : t('participation.answeredOf', { answered: d.answered })}</td>}
              <td className="row-actions">
                <button type="button" className="link danger" aria-label={t('participation.removeOf', { name: d.name })} onClick={() => onRemove(d)}>
                  {t('participation.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
