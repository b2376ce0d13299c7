import type { ImportPreviewData } from '../../../../shared/domain/import';
import { useT } from '../../../i18n';

type Row = ImportPreviewData['rows'][number];

/** The rows as they would be imported, with their Excel row numbers and what is wrong with them. */
export function PreviewTable({ rows, chosen, onToggle }: { rows: Row[]; chosen: Set<number>; onToggle: (rowNumber: number) => void }) {
  const t = useT();
  const problems = (r: Row) => [
    ...r.errors.map((e) => `${t(`importFields.${e.field}`)}: ${t(`importReasons.${e.reason}`)}`),
    ...(r.duplicateOf === undefined ? [] : [r.duplicateOf === 'existing' ? t('importer.duplicateExisting') : t('importer.duplicateRow', { row: r.duplicateOf })]),
  ];
  return (
    <div className="table-scroll preview-scroll">
      <table className="data preview-table">
        <thead>
          <tr>
            <th>{t('importer.include')}</th><th>{t('importer.row')}</th><th>{t('importFields.name')}</th>
            <th>{t('importFields.organisation')}</th><th>{t('importFields.kind')}</th><th>{t('importFields.village')}</th>
            <th>{t('importFields.smallGroup')}</th><th>{t('importer.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.rowNumber} className={r.errors.length ? 'has-error' : r.duplicateOf !== undefined ? 'duplicate' : undefined}>
              <td>
                <input type="checkbox" aria-label={`${t('importer.include')} ${t('importer.row')} ${r.rowNumber}`} disabled={r.errors.length > 0}
                  checked={chosen.has(r.rowNumber)} onChange={() => onToggle(r.rowNumber)} />
              </td>
              <td className="num">{r.rowNumber}</td>
              <td>{r.values.name}</td>
              <td>{r.values.organisation}</td>
              <td>{r.values.kind ? t(`kinds.${r.values.kind}`) : ''}</td>
              <td>{r.values.village}</td>
              <td>{r.values.smallGroupName}</td>
              <td className={r.errors.length ? 'error' : undefined}>{problems(r).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
