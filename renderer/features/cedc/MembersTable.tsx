import type { CedcMember } from '../../../shared/domain/cedc';
import { useLanguage, useT } from '../../i18n';
import { meetingDate } from '../meetings/meetingFormat';
import { CommitInput } from '../meetings/CommitInput';
import { useUi } from '../shell/uiStore';
import { useCedc } from './cedcStore';

export const POSITION_LIST_ID = 'cedc-positions';

/**
 * No, Jabatan dalam Komite, Jabatan/Instansi, Nama: edited in place, one undo step per field.
 * Seats filled by an election say in which meeting.
 */
export function MembersTable({ members }: { members: CedcMember[] }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const edit = useCedc((s) => s.edit);
  const electedMeeting = (e: NonNullable<CedcMember['electedIn']>) => (e.date ? `${e.title} (${meetingDate(e.date, lang)})` : e.title);
  const update = (id: string, patch: Partial<Pick<CedcMember, 'committeePosition' | 'officialPosition' | 'institution' | 'person'>>) =>
    edit('cedc.updateMember', { id, ...patch });
  const remove = async (id: string) => {
    if (await edit('cedc.removeMember', { id })) useUi.getState().notify('cedc.members.removed');
  };

  return (
    <div className="table-scroll cedc-members">
      <table className="data">
        <thead>
          <tr>
            <th className="num">{t('cedc.members.no')}</th>
            <th className="cedc-col-position">{t('cedc.members.committeePosition')}</th>
            <th>{t('cedc.members.official')}</th>
            <th className="cedc-col-person">{t('cedc.members.person')}</th>
            <th className="facilitator-only"><span className="sr-only">{t('cedc.members.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {members.map((m, i) => {
            const n = i + 1;
            return (
              <tr key={m.id}>
                <td className="num">{n}.</td>
                <td>
                  <CommitInput value={m.committeePosition} required label={t('cedc.members.positionOf', { n })}
                    inputProps={{ list: POSITION_LIST_ID }} onCommit={(committeePosition) => update(m.id, { committeePosition })} />
                </td>
                <td className="cedc-official">
                  <CommitInput value={m.officialPosition} wrap label={t('cedc.members.officialOf', { n })} placeholder={t('cedc.members.officialPosition')}
                    onCommit={(officialPosition) => update(m.id, { officialPosition })} />
                  <CommitInput value={m.institution} required wrap label={t('cedc.members.institutionOf', { n })} placeholder={t('cedc.members.institution')}
                    onCommit={(institution) => update(m.id, { institution })} />
                </td>
                <td>
                  <CommitInput value={m.person} wrap label={t('cedc.members.personOf', { n })} onCommit={(person) => update(m.id, { person })} />
                  {m.electedIn && <p className="cedc-elected">{t('cedc.members.electedIn', { meeting: electedMeeting(m.electedIn) })}</p>}
                </td>
                <td className="row-actions facilitator-only">
                  <button type="button" className="link" disabled={i === 0} aria-label={t('cedc.members.upOf', { n })}
                    onClick={() => void edit('cedc.moveMember', { id: m.id, toIndex: i - 1 })}>▲</button>
                  <button type="button" className="link" disabled={i === members.length - 1} aria-label={t('cedc.members.downOf', { n })}
                    onClick={() => void edit('cedc.moveMember', { id: m.id, toIndex: i + 1 })}>▼</button>
                  {/* An elected seat is part of a locked result: it changes by reopening the election. */}
                  <button type="button" className="link danger" aria-label={t('cedc.members.removeOf', { n })} disabled={!!m.electedIn}
                    title={m.electedIn ? t('cedc.members.electedLocked') : undefined} onClick={() => void remove(m.id)}>×</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
