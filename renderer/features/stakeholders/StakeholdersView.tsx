import { useState } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { Dialog } from '../../components/Dialog';
import { Tabs } from '../../components/Tabs';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { GroupsPanel } from './GroupsPanel';
import { InfluenceGrid } from './InfluenceGrid';
import { StakeholderDialog } from './StakeholderDialog';
import { StakeholderTable } from './StakeholderTable';
import { useRegistry } from './stakeholderStore';
import { useRegistryLoaded } from './useRegistryLoaded';
import { ImportDialog } from './import/ImportDialog';
import { BdsListButton } from './BdsListButton';
import { SnapshotsPanel } from '../snapshots/SnapshotsPanel';

const tabs = ['table', 'grid', 'groups', 'snapshots'] as const;
type Tab = (typeof tabs)[number];
const tabLabel = { table: 'stakeholders.tabTable', grid: 'stakeholders.tabGrid', groups: 'stakeholders.tabGroups', snapshots: 'snapshots.title' } as const;

export function StakeholdersView() {
  const t = useT();
  const loaded = useRegistryLoaded();
  const { relations, edit } = useRegistry();
  const [tab, setTab] = useState<Tab>('table');
  const [editing, setEditing] = useState<Stakeholder | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Stakeholder | null>(null);
  const [importing, setImporting] = useState(false);
  if (!loaded) return <p>{t('common.loading')}</p>;
  const tiesOf = (s: Stakeholder) => relations.filter((r) => r.sourceId === s.id || r.targetId === s.id).length;

  return (
    <section aria-labelledby="stakeholders-title">
      <header className="view-header">
        <h1 id="stakeholders-title">{t('stakeholders.title')}</h1>
        <div className="toolbar facilitator-only">
          <button type="button" className="primary" onClick={() => setEditing('new')}>{t('stakeholders.add')}</button>
          <button type="button" onClick={() => setImporting(true)}>{t('stakeholders.import')}</button>
          <BdsListButton />
        </div>
      </header>
      <Tabs label={t('stakeholders.title')} tabs={tabs.map((id) => ({ id, label: t(tabLabel[id]) }))} selected={tab} onSelect={setTab}>
        {tab === 'table' && <StakeholderTable onOpen={setEditing} />}
        {tab === 'grid' && <InfluenceGrid onOpen={setEditing} />}
        {tab === 'groups' && <GroupsPanel />}
        {tab === 'snapshots' && <SnapshotsPanel />}
      </Tabs>
      {editing && (
        <StakeholderDialog stakeholder={editing === 'new' ? null : editing} onClose={() => setEditing(null)}
          onDelete={editing === 'new' ? undefined : () => { setDeleting(editing); setEditing(null); }} />
      )}
      {deleting && (
        <Dialog title={t('stakeholders.deleteTitle')} onClose={() => setDeleting(null)} testId="delete-stakeholder-dialog"
          footer={<>
            <button type="button" onClick={() => setDeleting(null)} autoFocus>{t('common.cancel')}</button>
            <button type="button" className="danger" onClick={async () => {
              const s = deleting;
              setDeleting(null);
              const out = await edit('stakeholders.delete', { id: s.id });
              if (out) useUi.getState().notify('stakeholders.deleted', { name: s.name, ties: out.relationsRemoved });
            }}>{t('common.delete')}</button>
          </>}>
          <p>{t('stakeholders.deleteBody', { name: deleting.name, ties: tiesOf(deleting) })}</p>
        </Dialog>
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </section>
  );
}
