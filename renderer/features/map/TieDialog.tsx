import { useState } from 'react';
import { FORMALITIES, RELATION_KINDS, relationDefaults, type Relation, type RelationFields } from '../../../shared/domain/relation';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { useRegistry } from '../stakeholders/stakeholderStore';
import { DateField } from '../../components/DateField';

export type TieTarget = { relation: Relation } | { sourceId: string; targetId: string };
type Draft = RelationFields;

function toDraft(target: TieTarget): Draft {
  if ('relation' in target) {
    const { id: _i, createdAt: _c, ...fields } = target.relation;
    return fields;
  }
  return { ...relationDefaults, sourceId: target.sourceId, targetId: target.targetId, kind: 'downstream' };
}

/** Add a tie, or edit one (kind, formality, strength, direction, the two ends); one undo step each. */
export function TieDialog({ target, onClose }: { target: TieTarget; onClose: () => void }) {
  const t = useT();
  const { stakeholders, edit } = useRegistry();
  const existing = 'relation' in target ? target.relation : null;
  const [draft, setDraft] = useState<Draft>(() => toDraft(target));
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setError(null);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const sorted = [...stakeholders].sort((a, b) => a.name.localeCompare(b.name, 'id'));

  const submit = async () => {
    if (!draft.sourceId || !draft.targetId) return setError(t('map.tie.pickBoth'));
    if (draft.sourceId === draft.targetId) return setError(t('errors.relation_self'));
    const fields = { ...draft, note: draft.note.trim(), since: draft.since || null };
    // A refusal (e.g. the same tie already exists) is reported by edit(); the dialog stays open.
    const out = existing ? await edit('relations.update', { id: existing.id, ...fields }) : await edit('relations.create', fields);
    if (!out) return;
    useUi.getState().notify(existing ? 'map.tie.updated' : 'map.tie.created');
    onClose();
  };
  const remove = async () => {
    if (!existing) return;
    if (await edit('relations.delete', { id: existing.id })) {
      useUi.getState().notify('map.tie.deleted');
      onClose();
    }
  };

  const end = (key: 'sourceId' | 'targetId') => (
    <div className="field">
      <label htmlFor={`tie-${key}`}>{t(key === 'sourceId' ? 'map.tie.source' : 'map.tie.target')}</label>
      <select id={`tie-${key}`} value={draft[key]} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t('map.tie.choose')}</option>
        {sorted.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </select>
    </div>
  );

  return (
    <Dialog title={t(existing ? 'map.tie.editTitle' : 'map.tie.newTitle')} onClose={onClose} testId="tie-dialog" wide
      footer={<>
        {existing && <button type="button" className="danger push-left facilitator-only" onClick={() => void remove()}>{t('map.tie.delete')}</button>}
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" form="tie-form" className="primary">{t('common.save')}</button>
      </>}>
      <form id="tie-form" className="form grid" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        {end('sourceId')}
        {end('targetId')}
        <div className="field wide">
          <button type="button" className="tie-reverse" onClick={() => setDraft((d) => ({ ...d, sourceId: d.targetId, targetId: d.sourceId }))}>
            ⇄ {t('map.tie.reverse')}
          </button>
        </div>
        {error && <p className="field-error wide" role="alert">{error}</p>}
        <div className="field">
          <label htmlFor="tie-kind">{t('map.tie.kind')}</label>
          <select id="tie-kind" value={draft.kind} onChange={(e) => set('kind', e.target.value as Draft['kind'])}>
            {RELATION_KINDS.map((k) => <option key={k} value={k}>{t(`map.relationKinds.${k}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tie-formality">{t('map.tie.formality')}</label>
          <select id="tie-formality" value={draft.formality} onChange={(e) => set('formality', e.target.value as Draft['formality'])}>
            {FORMALITIES.map((f) => <option key={f} value={f}>{t(`map.formality.${f}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tie-strength">{t('map.tie.strength')}</label>
          <select id="tie-strength" value={draft.strength} onChange={(e) => set('strength', Number(e.target.value))}>
            {[1, 2, 3].map((n) => <option key={n} value={n}>{t(`map.strength.${n}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tie-since">{t('map.tie.since')}</label>
          <DateField live id="tie-since" value={draft.since ?? ''} onCommit={(iso) => set('since', iso || null)} />
        </div>
        <div className="field wide checks">
          <label><input type="checkbox" checked={draft.mutual} onChange={(e) => set('mutual', e.target.checked)} /> {t('map.tie.mutual')}</label>
        </div>
        <div className="field wide">
          <label htmlFor="tie-note">{t('map.tie.note')}</label>
          <textarea id="tie-note" rows={2} maxLength={1000} value={draft.note} onChange={(e) => set('note', e.target.value)} />
        </div>
      </form>
    </Dialog>
  );
}
