import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { useRegistry } from '../stakeholders/stakeholderStore';

export type Deletion = { type: 'node' | 'edge'; id: string };

/** "Delete" on the map asks first; the deletion itself is one undo step. */
export function DeleteConfirm({ what, onClose }: { what: Deletion; onClose: () => void }) {
  const t = useT();
  const { stakeholders, relations, edit } = useRegistry();
  const nameOf = (id: string) => stakeholders.find((s) => s.id === id)?.name ?? '';

  if (what.type === 'node') {
    const name = nameOf(what.id);
    const ties = relations.filter((r) => r.sourceId === what.id || r.targetId === what.id).length;
    const run = async () => {
      onClose();
      const out = await edit('stakeholders.delete', { id: what.id });
      if (out) useUi.getState().notify('stakeholders.deleted', { name, ties: out.relationsRemoved });
    };
    return <Confirm title={t('stakeholders.deleteTitle')} body={t('stakeholders.deleteBody', { name, ties })} onRun={run} onClose={onClose} />;
  }
  const tie = relations.find((r) => r.id === what.id);
  if (!tie) return null;
  const run = async () => {
    onClose();
    if (await edit('relations.delete', { id: tie.id })) useUi.getState().notify('map.tie.deleted');
  };
  const body = t('map.tie.deleteBody', { source: nameOf(tie.sourceId), target: nameOf(tie.targetId), kind: t(`map.relationKinds.${tie.kind}`) });
  return <Confirm title={t('map.tie.deleteTitle')} body={body} onRun={run} onClose={onClose} />;
}

function Confirm({ title, body, onRun, onClose }: { title: string; body: string; onRun: () => Promise<void>; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog title={title} onClose={onClose} testId="map-delete-dialog"
      footer={<>
        <button type="button" onClick={onClose} autoFocus>{t('common.cancel')}</button>
        <button type="button" className="danger" onClick={() => void onRun()}>{t('common.delete')}</button>
      </>}>
      <p>{body}</p>
    </Dialog>
  );
}
