import { useEffect, useState } from 'react';
import type { AnnualPlan } from '../../../shared/domain/annualPlan';
import { FUND_SOURCES } from '../../../shared/domain/actionPlan';
import { formatRupiah, rupiahInWords } from '../../../shared/indonesian';
import { call } from '../../api';
import { useLanguage, useT } from '../../i18n';
import { meetingLabel } from '../meetings/meetingFormat';
import { PaperSelect } from '../meetings/PaperSelect';
import { useUi } from '../shell/uiStore';
import { useActionPlans } from './actionPlansStore';
import { DocButton, ExcelButton } from './DocButton';
import { figures } from './format';
import { InlineField } from './InlineField';

/** Step 4: the year's plans and budget per source, authorised in a general meeting. */
export function AnnualTab({ projectId }: { projectId: string }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const loads = useActionPlans((s) => s.loads);
  const meetings = useActionPlans((s) => s.context?.meetings ?? []);
  const [year, setYear] = useState<number | null>(null);
  const [data, setData] = useState<AnnualPlan | null>(null);
  const [meetingId, setMeetingId] = useState('');
  const general = meetings.filter((m) => m.kind === 'general');
  const chosen = meetingId || general.at(-1)?.id || '';
  // Again after every edit or undo (the store's reloads), which may move a plan or its budget.
  useEffect(() => {
    let live = true;
    call('annualPlans.get', { projectId, ...(year ? { year } : {}) }).then((d) => live && setData(d), (e) => useUi.getState().fail(e));
    return () => { live = false; };
  }, [projectId, year, loads]);
  if (!data) return <p>{t('common.loading')}</p>;
  const authorise = async () => {
    const out = await useActionPlans.getState().edit('annualPlans.authorise', { year: data.year, meetingId: chosen });
    if (out) useUi.getState().notify('actionPlans.annual.authorised', { year: data.year, meeting: out.authorisation?.meetingTitle ?? '' });
  };
  const a = data.authorisation;
  const words = rupiahInWords(data.total);
  return (
    <section className="annual" aria-labelledby="annual-title">
      <div className="view-header">
        <h2 id="annual-title">{t('actionPlans.annual.heading')}</h2>
        <InlineField label={t('actionPlans.annual.year')}>
          {(id) => (
            <select id={id} value={data.year} onChange={(e) => setYear(Number(e.target.value))}>
              {data.years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          )}
        </InlineField>
      </div>
      <p className="hint facilitator-only">{t('actionPlans.annual.intro')}</p>
      {data.undated > 0 && <p className="hint">{t('actionPlans.annual.undated', { count: data.undated })}</p>}
      {data.plans.length === 0 ? <p className="empty">{t('actionPlans.annual.none', { year: data.year })}</p> : (
        <div className="table-scroll">
          <table className="data annual-table">
            <thead>
              <tr>
                <th>{t('actionPlans.annual.plan')}</th>
                {FUND_SOURCES.map((s) => <th key={s} className="num">{t(`actionPlans.sources.${s}`)}</th>)}
                <th className="num">{t('actionPlans.annual.total')}</th>
              </tr>
            </thead>
            <tbody>
              {data.plans.map((p) => (
                <tr key={p.id}>
                  <td>{p.title}</td>
                  {FUND_SOURCES.map((s) => <td key={s} className="num">{p.totals[s] ? figures(p.totals[s]) : '–'}</td>)}
                  <td className="num">{figures(p.budgetTotal)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="total-row">
                <th scope="row">{t('actionPlans.annual.total')}</th>
                {FUND_SOURCES.map((s) => <td key={s} className="num">{data.totals[s] ? figures(data.totals[s]) : '–'}</td>)}
                <td className="num" data-testid="annual-total">{formatRupiah(data.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {words && data.total > 0 && <p className="budget-words">{t('actionPlans.budget.words', { words })}</p>}
      <p className={`annual-status ${a && !a.changed ? 'authorised' : ''}`} role="status">
        {a ? t('actionPlans.annual.authorisedIn', { meeting: meetingLabel({ title: a.meetingTitle, date: a.meetingDate }, lang) }) : t('actionPlans.annual.notAuthorised')}
        {a?.changed && <> {t('actionPlans.annual.changed')}</>}
      </p>
      {general.length === 0 ? <p className="hint">{t('actionPlans.annual.noGeneralMeeting')}</p> : (
        <div className="toolbar facilitator-only">
          <InlineField label={t('actionPlans.annual.meeting')}>
            {(id) => (
              <select id={id} value={chosen} onChange={(e) => setMeetingId(e.target.value)}>
                {general.map((m) => <option key={m.id} value={m.id}>{meetingLabel(m, lang)}</option>)}
              </select>
            )}
          </InlineField>
          <button type="button" disabled={!chosen || data.plans.length === 0} onClick={() => void authorise()}>{t('actionPlans.annual.authorise')}</button>
        </div>
      )}
      <div className="toolbar">
        <DocButton projectId={projectId} request={{ kind: 'annual-plan', year: data.year }} label={t('actionPlans.docs.annualPlan')} primary />
        <ExcelButton projectId={projectId} year={data.year} label={t('actionPlans.docs.excelYear', { year: data.year })} />
        <PaperSelect />
      </div>
    </section>
  );
}
