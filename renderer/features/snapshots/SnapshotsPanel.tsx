import { useEffect, useState } from 'react';
import type { SnapshotComparison as Comparison, SnapshotData, SnapshotInfo } from '../../../shared/domain/snapshot';
import { call } from '../../api';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useProjects } from '../project/projectStore';
import { useRegistry } from '../stakeholders/stakeholderStore';
import { useUi } from '../shell/uiStore';
import { SnapshotComparison } from './SnapshotComparison';
import { SnapshotView } from './SnapshotView';
import { renderDocument } from '../meetings/renderDocument';

type Shown = { kind: 'list' } | { kind: 'view'; title: string; name: string; data: SnapshotData }
  | { kind: 'compare'; title: string; diff: Comparison; beforeId: string; afterId: string; beforeName: string; afterName: string };

export function SnapshotsPanel() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const edit = useRegistry((s) => s.edit);
  const [list, setList] = useState<SnapshotInfo[]>([]);
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('current');
  const [shown, setShown] = useState<Shown>({ kind: 'list' });

  const reload = async () => {
    if (!projectId) return;
    try {
      const snapshots = await call('snapshots.list', { projectId });
      setList(snapshots);
      // The list is newest first; a comparison starts from the oldest snapshot, the "before" of the programme.
      setFrom((f) => (snapshots.some((s) => s.id === f) ? f : (snapshots.at(-1)?.id ?? '')));
    } catch (e) {
      useUi.getState().fail(e);
    }
  };
  useEffect(() => void reload(), [projectId, revision]);

  const label = (s: SnapshotInfo) => `${s.name} (${formatDateTime(s.takenAt, lang)})`;
  const save = async () => {
    if (!name.trim()) return;
    const out = await edit('snapshots.create', { name: name.trim() });
    if (out) {
      useUi.getState().notify('snapshots.saved', { name: out.name });
      setName('');
      await reload();
    }
  };
  const view = async (s: SnapshotInfo) => {
    if (!projectId) return;
    try {
      const full = await call('snapshots.get', { projectId, id: s.id });
      setShown({ kind: 'view', title: t('snapshots.readOnly', { name: s.name, date: formatDateTime(s.takenAt, lang) }), name: s.name, data: full.data });
    } catch (e) {
      useUi.getState().fail(e);
    }
  };
  const compare = async () => {
    if (!projectId || !from) return;
    try {
      const diff = await call('snapshots.compare', { projectId, beforeId: from, afterId: to });
      const nameOf = (id: string) => (id === 'current' ? t('snapshots.current') : (list.find((s) => s.id === id)?.name ?? ''));
      setShown({ kind: 'compare', title: t('snapshots.compareTitle', { from: nameOf(from), to: nameOf(to) }), diff, beforeId: from, afterId: to, beforeName: nameOf(from), afterName: nameOf(to) });
    } catch (e) {
      useUi.getState().fail(e);
    }
  };

  if (shown.kind === 'view') return <SnapshotView data={shown.data} title={shown.title} name={shown.name} onBack={() => setShown({ kind: 'list' })} />;
  return (
    <section aria-label={t('snapshots.title')} className="snapshots">
      <p className="hint">{t('snapshots.intro')}</p>
      <form className="toolbar facilitator-only" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <input aria-label={t('snapshots.name')} placeholder={t('snapshots.namePlaceholder')} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="primary" disabled={!name.trim()}>{t('snapshots.save')}</button>
      </form>
      {list.length === 0 ? <p>{t('snapshots.none')}</p> : (
        <>
          <ul className="snapshot-list">
            {list.map((s) => (
              <li key={s.id}>
                <span><strong>{s.name}</strong> <small>{formatDateTime(s.takenAt, lang)} · {t('snapshots.counts', { stakeholders: s.stakeholderCount, ties: s.relationCount })}</small></span>
                <span>
                  <button type="button" onClick={() => void view(s)}>{t('snapshots.view')}</button>
                  <button type="button" className="link danger facilitator-only" onClick={() => void edit('snapshots.delete', { id: s.id }).then(reload)}>{t('snapshots.delete')}</button>
                </span>
              </li>
            ))}
          </ul>
          <div className="toolbar">
            <label>{t('snapshots.from')} <select value={from} onChange={(e) => setFrom(e.target.value)}>
              {list.map((s) => <option key={s.id} value={s.id}>{label(s)}</option>)}
            </select></label>
            <label>{t('snapshots.to')} <select value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="current">{t('snapshots.current')}</option>
              {list.map((s) => <option key={s.id} value={s.id}>{label(s)}</option>)}
            </select></label>
            <button type="button" onClick={() => void compare()}>{t('snapshots.compare')}</button>
          </div>
        </>
      )}
      {shown.kind === 'compare' && projectId && (
        <SnapshotComparison diff={shown.diff} title={shown.title} beforeName={shown.beforeName} afterName={shown.afterName}
          onExport={() => void renderDocument({ projectId, kind: 'map-comparison', snapshotId: shown.beforeId, compareToId: shown.afterId })} />
      )}
    </section>
  );
}
