import { useState } from 'react';
import { IMPORT_FIELDS, type ImportCommitRow, type ImportPreviewData } from '../../../../shared/domain/import';
import { STAKEHOLDER_KINDS, type StakeholderKind } from '../../../../shared/domain/stakeholder';
import { call } from '../../../api';
import { Dialog } from '../../../components/Dialog';
import { useT } from '../../../i18n';
import { useProjects } from '../../project/projectStore';
import { useUi } from '../../shell/uiStore';
import { useRegistry } from '../stakeholderStore';
import { PreviewTable } from './PreviewTable';
import { pickTableFile } from './readFile';

type Rows = ImportPreviewData['rows'];
/** Rows ready to go: no errors, and not a likely duplicate unless the facilitator ticks it. */
const defaultChoice = (rows: Rows) => new Set(rows.filter((r) => r.errors.length === 0 && r.duplicateOf === undefined).map((r) => r.rowNumber));

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const edit = useRegistry((s) => s.edit);
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [defaultKind, setDefaultKind] = useState<StakeholderKind>('core_firm');
  const [preview, setPreview] = useState<ImportPreviewData | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);

  const load = async (f: { fileName: string; base64: string }, mapping?: ImportPreviewData['mapping'], kind = defaultKind) => {
    if (!projectId) return;
    setBusy(true);
    try {
      const p = await call('import.preview', { projectId, ...f, mapping, defaultKind: kind });
      setFile(f);
      setPreview(p);
      setChosen(defaultChoice(p.rows));
    } catch (e) {
      useUi.getState().fail(e);
    } finally {
      setBusy(false);
    }
  };

  const choose = async () => {
    const f = await pickTableFile();
    if (f) await load(f);
  };

  const commit = async () => {
    if (!preview) return;
    const rows: ImportCommitRow[] = preview.rows
      .filter((r) => chosen.has(r.rowNumber))
      .map(({ values: { smallGroupId: _g, ...v } }) => ({ ...v, name: v.name ?? '', kind: v.kind ?? defaultKind }));
    const out = await edit('import.commit', { rows });
    if (out) {
      useUi.getState().notify('importer.done', { count: out.created, groups: out.groupsCreated });
      onClose();
    }
  };

  const toggle = (n: number) => setChosen((s) => {
    const next = new Set(s);
    if (!next.delete(n)) next.add(n);
    return next;
  });

  return (
    <Dialog title={t('importer.title')} onClose={onClose} testId="import-dialog" wide
      footer={<>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="button" className="primary" disabled={!preview || chosen.size === 0 || busy} onClick={() => void commit()}>
          {t('importer.confirm', { count: chosen.size })}
        </button>
      </>}>
      <p className="hint">{t('importer.intro')}</p>
      <div className="toolbar">
        <button type="button" onClick={() => void choose()} disabled={busy}>{t('importer.choose')}</button>
        {file && <span>{t('importer.file', { name: file.fileName })}{preview?.sheetName ? `, ${t('importer.sheet', { name: preview.sheetName })}` : ''}</span>}
        {busy && <span role="status">{t('importer.reading')}</span>}
      </div>
      {preview && file && (
        <>
          <fieldset className="mapping">
            <legend>{t('importer.mapping')}</legend>
            {preview.headers.map((h, i) => (
              <label key={i}>
                <span>{h || `#${i + 1}`}</span>
                <select value={preview.mapping[String(i)] ?? ''}
                  onChange={(e) => void load(file, { ...preview.mapping, [String(i)]: (e.target.value || null) as never })}>
                  <option value="">{t('importer.ignore')}</option>
                  {IMPORT_FIELDS.map((f) => <option key={f} value={f}>{t(`importFields.${f}`)}</option>)}
                </select>
              </label>
            ))}
            <label>
              <span>{t('importer.defaultKind')}</span>
              <select value={defaultKind} onChange={(e) => {
                const kind = e.target.value as StakeholderKind;
                setDefaultKind(kind);
                void load(file, preview.mapping, kind);
              }}>
                {STAKEHOLDER_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
              </select>
            </label>
          </fieldset>
          <p role="status">{t('importer.summary', { total: preview.summary.total, valid: preview.summary.valid, errors: preview.summary.withErrors, duplicates: preview.summary.duplicates })}</p>
          {preview.summary.withErrors > 0 && <p className="hint">{t('importer.fixHint')}</p>}
          <PreviewTable rows={preview.rows} chosen={chosen} onToggle={toggle} />
        </>
      )}
    </Dialog>
  );
}
