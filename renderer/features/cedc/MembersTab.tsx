import { useState } from 'react';
import type { Cedc } from '../../../shared/domain/cedc';
import { useT } from '../../i18n';
import { AddMemberDialog } from './AddMemberDialog';
import { CommitteeSettings } from './CommitteeSettings';
import { MembersTable, POSITION_LIST_ID } from './MembersTable';
import { ProposeDialog } from './ProposeDialog';

const POSITIONS = ['ketua', 'wakil', 'sekretaris', 'anggota'] as const;

/** "Keanggotaan": the committee's name and head, and the proposed members in decree order. */
export function MembersTab({ data }: { data: Cedc }) {
  const t = useT();
  const [dialog, setDialog] = useState<'propose' | 'add' | null>(null);
  return (
    <div className="cedc-tab">
      <CommitteeSettings data={data} />
      <div className="view-header cedc-members-head">
        <h2>{t('cedc.members.heading')}</h2>
        <div className="toolbar facilitator-only">
          <button type="button" className="primary" onClick={() => setDialog('propose')}>{t('cedc.members.propose')}</button>
          <button type="button" onClick={() => setDialog('add')}>{t('cedc.members.add')}</button>
        </div>
      </div>
      {/* The usual titles in the decree's annex, offered while typing (always in Indonesian, as the document is). */}
      <datalist id={POSITION_LIST_ID}>
        {POSITIONS.map((p) => <option key={p} value={t(`cedc.positions.${p}`).replace(/ \(.*\)$/, '')} />)}
      </datalist>
      {data.members.length === 0 ? <p className="empty">{t('cedc.members.empty')}</p> : <MembersTable members={data.members} />}
      {dialog === 'propose' && <ProposeDialog members={data.members} onClose={() => setDialog(null)} />}
      {dialog === 'add' && <AddMemberDialog onClose={() => setDialog(null)} />}
    </div>
  );
}
