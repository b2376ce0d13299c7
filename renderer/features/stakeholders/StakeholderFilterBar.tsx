import { STAKEHOLDER_KINDS } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n';
import type { StakeholderFilter } from './filterStakeholders';
import { useRegistry } from './stakeholderStore';

/** Search, kind, small-group and member filters over the registry (the table, the invitation picker). */
export function StakeholderFilterBar({ filter, onChange, autoFocus }: { filter: StakeholderFilter; onChange: (f: StakeholderFilter) => void; autoFocus?: boolean }) {
  const t = useT();
  const groups = useRegistry((s) => s.groups);
  return (
    <>
      <input type="search" autoFocus={autoFocus} aria-label={t('stakeholders.search')} placeholder={t('stakeholders.search')} value={filter.query}
        onChange={(e) => onChange({ ...filter, query: e.target.value })} />
      <select aria-label={t('stakeholders.kind')} value={filter.kind} onChange={(e) => onChange({ ...filter, kind: e.target.value })}>
        <option value="">{t('stakeholders.allKinds')}</option>
        {STAKEHOLDER_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
      </select>
      <select aria-label={t('stakeholders.smallGroup')} value={filter.groupId} onChange={(e) => onChange({ ...filter, groupId: e.target.value })}>
        <option value="">{t('stakeholders.allGroups')}</option>
        <option value="none">{t('stakeholders.noGroup')}</option>
        {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
      </select>
      <label className="check-chip">
        <input type="checkbox" checked={!!filter.membersOnly} onChange={(e) => onChange({ ...filter, membersOnly: e.target.checked })} />
        {t('stakeholders.membersOnly')}
      </label>
    </>
  );
}
