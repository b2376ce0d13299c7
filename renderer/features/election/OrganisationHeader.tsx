import type { Organisation } from '../../../shared/domain/organisation';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { useElection } from './electionStore';

/** The organisation's name and seat, saved when the field is left; on the wall just the name. */
export function OrganisationHeader({ organisation }: { organisation: Organisation }) {
  const t = useT();
  const save = async (patch: { name?: string; seat?: string }) => (await useElection.getState().edit('organisation.update', patch)) !== null;
  return (
    <header className="org-header">
      <h2 className="wall-only">{organisation.name}</h2>
      <div className="form grid facilitator-only">
        <TextField name="orgName" label={t('organisation.name')} value={organisation.name}
          validate={(v) => (v.trim() ? null : t('organisation.nameRequired'))}
          onCommit={(name) => save({ name: name.trim() })} />
        <TextField name="orgSeat" label={t('organisation.seat')} value={organisation.seat} placeholder={t('organisation.seatHint')}
          onCommit={(seat) => save({ seat: seat.trim() })} />
      </div>
    </header>
  );
}
