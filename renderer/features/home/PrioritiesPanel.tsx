import { useEffect, useState } from 'react';
import { MAX_CAPACITY, MAX_GROWTH, type AssessmentFields, type PriorityRow } from '../../../shared/domain/clusterPriority';
import { call } from '../../api';
import { useT } from '../../i18n';
import { CommitInput } from '../meetings/CommitInput';
import { renderDocument } from '../meetings/renderDocument';
import { useUi } from '../shell/uiStore';
import './priorities.css';

const SUPPORTED_KEY = 'klaster.priorities.supported';
const HEADINGS = ['rank', 'cluster', 'coreFirms', 'workforce', 'sales', 'supporting', 'market', 'growth', 'capacity', 'percent'] as const;
const numberOrNull = (v: string) => (v.trim() === '' ? null : Math.round(Number(v)));

/**
 * Step 1 at the regency: the facilitator's clusters side by side on the five criteria, with the
 * pilot study's two scores typed in per cluster, ranked, and the first year's choice marked.
 */
export function PrioritiesPanel() {
  const t = useT();
  // Comparing reads every project file on the laptop: only once the facilitator asks for it.
  const [open, setOpen] = useState(false);
  return (
    <details className="priorities" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary><h2 id="priorities-title">{t('priorities.title')}</h2></summary>
      {open && <PrioritiesTable />}
    </details>
  );
}

function PrioritiesTable() {
  const t = useT();
  const [rows, setRows] = useState<PriorityRow[] | null>(null);
  // Bumped by a refused entry: the fields are drawn anew from what is saved.
  const [refused, setRefused] = useState(0);
  const [supported, setSupported] = useState(() => Number(localStorage.getItem(SUPPORTED_KEY) ?? '1') || 0);
  const load = () => call('priorities.list', {}).then(setRows, (e) => useUi.getState().fail(e));
  useEffect(() => void load(), []);
  if (!rows) return <p>{t('priorities.loading')}</p>;
  if (rows.length === 0) return null;

  const set = async (projectId: string, patch: Partial<AssessmentFields>) => {
    try {
      await call('assessment.set', { projectId, ...patch });
      await load();
    } catch (e) {
      useUi.getState().fail(e);
    }
  };
  /** A score outside 0..max is refused here with its range, and the field goes back to what was saved. */
  const score = (projectId: string, field: 'growthScore' | 'capacityScore', typed: string, max: number, label: 'priorities.growth' | 'priorities.capacity') => {
    const value = numberOrNull(typed);
    if (value !== null && (!Number.isFinite(value) || value < 0 || value > max)) {
      useUi.getState().failWith('priorities.outOfRange', { what: t(label), max });
      return setRefused((n) => n + 1);
    }
    return set(projectId, { [field]: value });
  };
  const sales = (projectId: string, typed: string) => {
    const value = numberOrNull(typed);
    if (value !== null && (!Number.isFinite(value) || value < 0)) {
      useUi.getState().failWith('priorities.salesInvalid');
      return setRefused((n) => n + 1);
    }
    return set(projectId, { annualSales: value });
  };
  const changeSupported = (n: number) => {
    setSupported(n);
    localStorage.setItem(SUPPORTED_KEY, String(n));
  };
  const readable = rows.filter((r) => !r.unreadable);
  return (
    <section aria-labelledby="priorities-title">
      <div className="view-header">
        <div className="toolbar">
          <label>{t('priorities.supported')}
            <input type="number" min={0} max={100} value={supported} title={t('priorities.supportedHint')}
              onChange={(e) => changeSupported(Math.max(0, Math.min(100, Number(e.target.value) || 0)))} />
          </label>
          <button type="button" disabled={!readable.length}
            onClick={() => void renderDocument({ projectId: readable[0]!.projectId, kind: 'cluster-priorities', supported })}>{t('priorities.document')}</button>
        </div>
      </div>
      <p className="hint">{t('priorities.intro')}</p>
      <div className="table-scroll">
        <table className="data fit priorities-table">
          <thead>
            <tr>
              {/* Short headings so ten columns fit 1024 wide; the full name is the tooltip and the accessible name. */}
              {HEADINGS.map((h) => (
                <th key={h} title={t(`priorities.${h}`)} aria-label={t(`priorities.${h}`)}>{h === 'cluster' ? t('priorities.cluster') : t(`priorities.short.${h}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => r.unreadable ? (
              <tr key={r.projectId}><td>-</td><td className="clip" title={r.name}>{r.name}</td><td colSpan={8} className="meta">{t('priorities.unreadable')}: {t(`errors.${r.unreadable}` as never)}</td></tr>
            ) : (
              <tr key={r.projectId} className={r.rank !== null && r.rank <= supported ? 'chosen' : undefined}>
                <td className="num">{r.rank ?? '-'}{r.rank !== null && r.rank <= supported && <span className="badge">{t('priorities.chosen')}</span>}</td>
                <td className="clip" title={r.name}>{r.name}</td>
                <td className="num">{r.coreFirms}</td>
                <td className="num">{r.workforce ?? '-'}</td>
                <td><CommitInput key={refused} type="number" value={r.annualSales === null ? '' : String(r.annualSales)} label={t('priorities.salesOf', { name: r.name })}
                  onCommit={(v) => sales(r.projectId, v)} inputProps={{ min: 0, step: 1_000_000 }} /></td>
                <td className="num">{r.supportingIndustries}</td>
                <td className="num" title={t('priorities.scaleNote')}>{r.marketability === null ? '-' : t('priorities.marketOf', { grade: r.marketability })}</td>
                <td><CommitInput key={refused} type="number" value={r.growthScore === null ? '' : String(r.growthScore)} label={t('priorities.growthOf', { name: r.name })}
                  onCommit={(v) => score(r.projectId, 'growthScore', v, MAX_GROWTH, 'priorities.growth')} inputProps={{ min: 0, max: MAX_GROWTH }} /></td>
                <td><CommitInput key={refused} type="number" value={r.capacityScore === null ? '' : String(r.capacityScore)} label={t('priorities.capacityOf', { name: r.name })}
                  onCommit={(v) => score(r.projectId, 'capacityScore', v, MAX_CAPACITY, 'priorities.capacity')} inputProps={{ min: 0, max: MAX_CAPACITY }} /></td>
                <td className="num">{r.percent === null ? '-' : `${r.percent.toLocaleString('id-ID')}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="meta">{t('priorities.scaleNote')}</p>
    </section>
  );
}
