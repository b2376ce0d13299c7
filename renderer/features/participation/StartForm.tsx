import { useCallback, useEffect, useId, useState } from 'react';
import { DEFAULT_PARTICIPANT_PORT, type JoinMode } from '../../../shared/participation/facilitator';
import { call } from '../../api';
import { useT } from '../../i18n';
import { errorText } from '../shell/uiStore';
import { NetworkHelp } from './NetworkHelp';
import { startSession, type ParticipationTarget } from './participationStore';

const LOCAL = '127.0.0.1';
const PORT_KEY = 'klaster.participation.port';
const ADDRESS_KEY = 'klaster.participation.address';
type Interface = { name: string; address: string };
const INTRO = { workshop: 'participation.introWorkshop', meeting: 'participation.introMeeting', questionnaire: 'participation.introQuestionnaire' } as const;
const MODE_LABELS = { workshop: 'participation.joinModes', meeting: 'participation.joinModesMeeting', questionnaire: 'participation.joinModesQuestionnaire' } as const;

interface Props {
  projectId: string;
  target: ParticipationTarget;
  joinModes: readonly JoinMode[];
  defaultJoinMode: JoinMode;
  /** Another target's session is open: opening this one closes it. */
  replacesOther: boolean;
  onCancel: () => void;
}

/** Before opening: which network the phones use, the port, and how participants join. */
export function StartForm({ projectId, target, joinModes, defaultJoinMode, replacesOther, onCancel }: Props) {
  const t = useT();
  const ids = useId();
  const [interfaces, setInterfaces] = useState<Interface[] | null>(null);
  const [address, setAddress] = useState('');
  const [port, setPort] = useState(() => localStorage.getItem(PORT_KEY) ?? String(DEFAULT_PARTICIPANT_PORT));
  const [joinMode, setJoinMode] = useState<JoinMode>(defaultJoinMode);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const search = useCallback(async () => {
    setInterfaces(null);
    let found: Interface[] = [];
    try {
      found = await call('participation.interfaces', {});
    } catch (e) {
      setError(errorText(e));
    }
    setInterfaces(found);
    // The network used last time if it is on again, else the first; this computer only as a last resort.
    const remembered = localStorage.getItem(ADDRESS_KEY);
    setAddress(found.find((i) => i.address === remembered)?.address ?? found[0]?.address ?? LOCAL);
  }, []);
  useEffect(() => void search(), [search]);

  const submit = async () => {
    const portNumber = Number(port);
    if (!Number.isInteger(portNumber) || portNumber < 1024 || portNumber > 65535) return setError(t('participation.portInvalid'));
    setBusy(true);
    setError(null);
    try {
      await startSession(projectId, target, { address, port: portNumber, joinMode });
      localStorage.setItem(PORT_KEY, String(portNumber));
      // Trying on this computer is a one-off: next time starts from the hotspot again.
      if (address !== LOCAL) localStorage.setItem(ADDRESS_KEY, address);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form participation-form" onSubmit={(e) => {
      e.preventDefault();
      void submit();
    }}>
      <p className="hint facilitator-only">{t(INTRO[target.kind])}</p>
      {replacesOther && <p className="ws-warning">{t('participation.otherSession')}</p>}
      {interfaces === null ? <p className="hint" role="status">{t('participation.searching')}</p> : (
        <>
          {interfaces.length === 0 && <NetworkHelp onSearchAgain={() => void search()} />}
          <div className="field">
            <label htmlFor={`${ids}-network`}>{t('participation.network')}</label>
            <select id={`${ids}-network`} value={address} onChange={(e) => setAddress(e.target.value)}>
              {interfaces.map((i) => <option key={`${i.name}-${i.address}`} value={i.address}>{t('participation.networkOption', i)}</option>)}
              <option value={LOCAL}>{t('participation.thisComputer')}</option>
            </select>
            {address === LOCAL && <span className="hint facilitator-only">{t('participation.thisComputerHint')}</span>}
          </div>
        </>
      )}
      <div className="field participation-port">
        <label htmlFor={`${ids}-port`}>{t('participation.port')}</label>
        <input id={`${ids}-port`} type="number" inputMode="numeric" min={1024} max={65535} value={port} onChange={(e) => setPort(e.target.value)} />
        <span className="hint facilitator-only">{t('participation.portHint')}</span>
      </div>
      <fieldset className="join-modes">
        <legend>{t('participation.joinMode')}</legend>
        {joinModes.map((m) => (
          <label key={m}>
            <input type="radio" name={`${ids}-mode`} value={m} checked={joinMode === m} onChange={() => setJoinMode(m)} />
            {t(`${MODE_LABELS[target.kind]}.${m}`)}
          </label>
        ))}
      </fieldset>
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="dialog-footer">
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
        <button type="submit" className="primary" disabled={busy || interfaces === null}>{busy ? t('participation.starting') : t('participation.start')}</button>
      </div>
    </form>
  );
}
