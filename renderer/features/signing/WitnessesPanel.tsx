import { useEffect, useId, useState } from 'react';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import { zonaWaktuProvinsi } from '../../../shared/indonesian/zonaWaktu';
import { call } from '../../api';
import { useT } from '../../i18n';
import { CommitInput } from '../meetings/CommitInput';
import { useMeetings } from '../meetings/meetingsStore';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import './signing.css';

const MAX_WITNESSES = 6;

/**
 * What the berita acara needs besides the election itself: the time the meeting started (its
 * zone from the project's province, "pukul 09.00 WIB") and the witnesses who sign it.
 */
export function WitnessesPanel({ record }: { record: MeetingRecord }) {
  const t = useT();
  const timeId = useId();
  const projectId = useProjects((s) => s.current?.id);
  const province = useProjects((s) => s.current?.province ?? '');
  const revision = useProjects((s) => s.revision);
  const edit = useMeetings((s) => s.edit);
  const [witnesses, setWitnesses] = useState<string[] | null>(null);
  const [adding, setAdding] = useState('');
  useEffect(() => {
    if (projectId) call('signing.witnesses', { projectId, meetingId: record.id }).then((r) => setWitnesses(r.witnesses), (e) => useUi.getState().fail(e));
  }, [projectId, record.id, revision]);
  if (!projectId || !witnesses) return null;

  const zone = province.trim() ? zonaWaktuProvinsi(province) : record.timeZone;
  const save = async (next: string[]) => {
    try {
      setWitnesses((await call('signing.setWitnesses', { projectId, meetingId: record.id, witnesses: next })).witnesses);
      await useProjects.getState().refreshHistory();
    } catch (e) {
      useUi.getState().fail(e);
    }
  };

  return (
    <section className="witnesses-panel facilitator-only" aria-labelledby={`${timeId}-title`} data-testid="witnesses-panel">
      <h3 id={`${timeId}-title`}>{t('signing.witnesses.title')}</h3>
      <p className="hint">{t('signing.witnesses.hint')}</p>
      <div className="field">
        <label htmlFor={timeId}>{t('signing.witnesses.startTime')}</label>
        <CommitInput id={timeId} type="time" className="boxed" label={t('signing.witnesses.startTime')} value={record.startTime}
          onCommit={(startTime) => edit('meetings.update', { id: record.id, startTime, timeZone: zone })} />
        <span className="hint">{t('signing.witnesses.zone', { zone })}</span>
      </div>
      {witnesses.map((name, i) => (
        <div className="witness-row" key={`${i}-${name}`}>
          <CommitInput className="boxed" label={t('signing.witnesses.witness', { n: i + 1 })} value={name} required
            onCommit={(v) => save(witnesses.map((w, k) => (k === i ? v : w)))} />
          <button type="button" className="danger" aria-label={t('signing.witnesses.remove', { n: i + 1 })}
            onClick={() => void save(witnesses.filter((_, k) => k !== i))}>×</button>
        </div>
      ))}
      {witnesses.length < MAX_WITNESSES && (
        <form className="witness-row" onSubmit={(e) => {
          e.preventDefault();
          if (!adding.trim()) return;
          void save([...witnesses, adding.trim()]);
          setAdding('');
        }}>
          <input className="boxed" aria-label={t('signing.witnesses.newName')} placeholder={t('signing.witnesses.newName')} value={adding}
            maxLength={120} onChange={(e) => setAdding(e.target.value)} />
          <button type="submit">{t('signing.witnesses.add')}</button>
        </form>
      )}
    </section>
  );
}
