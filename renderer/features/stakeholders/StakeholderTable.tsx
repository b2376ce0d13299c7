import { useMemo, useState } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT, type TKey } from '../../i18n';
import { filterStakeholders, sortStakeholders, type SortKey, type StakeholderFilter } from './filterStakeholders';
import { useRegistry } from './stakeholderStore';
import { StakeholderFilterBar } from './StakeholderFilterBar';
import { DataExportMenu } from '../exports/DataExportMenu';

// Fixed widths so the table fits 1024 wide: long text is cut with "…" and shown whole on hover.
const columns: { key: SortKey; label: TKey; width: string; facilitatorOnly?: boolean }[] = [
  { key: 'name', label: 'stakeholders.name', width: '24%' },
  { key: 'organisation', label: 'stakeholders.organisation', width: '22%' },
  { key: 'kind', label: 'stakeholders.kind', width: '17%' },
  { key: 'village', label: 'stakeholders.village', width: '14%' },
  { key: 'group', label: 'stakeholders.smallGroup', width: '16%' },
  { key: 'interest', label: 'stakeholders.interest', width: '4.5rem', facilitatorOnly: true },
  { key: 'influence', label: 'stakeholders.influence', width: '6rem', facilitatorOnly: true },
];

export function StakeholderTable({ onOpen }: { onOpen: (s: Stakeholder) => void }) {
  const t = useT();
  const { stakeholders, groups } = useRegistry();
  const [filter, setFilter] = useState<StakeholderFilter>({ query: '', kind: '', groupId: '' });
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const shown = useMemo(
    () => sortStakeholders(filterStakeholders(stakeholders, filter), sort.key, sort.descending, groups, (k) => t(`kinds.${k}`)),
    [stakeholders, groups, filter, sort, t],
  );
  const toggleSort = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));

  return (
    <>
      <div className="toolbar">
        <StakeholderFilterBar filter={filter} onChange={setFilter} />
        <span className="hint" role="status">{t('stakeholders.count', { shown: shown.length, total: stakeholders.length })}</span>
        {stakeholders.length > 0 && (
          <DataExportMenu stakeholderIds={shown.length === stakeholders.length ? undefined : shown.map((s) => s.id)} />
        )}
      </div>
      {shown.length === 0 ? (
        <p className="empty">{t(stakeholders.length === 0 ? 'stakeholders.empty' : 'stakeholders.noMatch')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data fit">
            <colgroup>
              {columns.map((c) => <col key={c.key} className={c.facilitatorOnly ? 'facilitator-only' : undefined} style={{ width: c.width }} />)}
            </colgroup>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} className={c.facilitatorOnly ? 'facilitator-only' : undefined}
                    aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                    <button type="button" className="link" onClick={() => toggleSort(c.key)}>
                      {t(c.label)} {sort.key === c.key && <span aria-hidden="true">{sort.descending ? '▼' : '▲'}</span>}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.id}>
                  <td className="clip" title={s.name}>
                    <button type="button" className="link row-open" onClick={() => onOpen(s)}>{s.name}</button>
                    {s.groupLeader && <span className="badge">{t('stakeholders.leader')}</span>}
                  </td>
                  <td className="clip" title={s.organisation}>{s.organisation}</td>
                  <td className="clip" title={t(`kinds.${s.kind}`)}><span className={`kind-dot kind-${s.kind}`} aria-hidden="true" /> {t(`kinds.${s.kind}`)}</td>
                  <td className="clip" title={s.village}>{s.village}</td>
                  <td className="clip" title={s.smallGroupId ? groupName.get(s.smallGroupId) : undefined}>{s.smallGroupId ? groupName.get(s.smallGroupId) : ''}</td>
                  <td className="facilitator-only num">{s.interest ?? ''}</td>
                  <td className="facilitator-only num">{s.influence ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
