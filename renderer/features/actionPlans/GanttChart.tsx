import type { ActionPlan } from '../../../shared/domain/actionPlan';
import { rowSpanOf, scheduleMonths } from '../../../shared/actionPlans/schedule';
import { useLanguage, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useActionPlans } from './actionPlansStore';
import { today as localToday } from './months';

const W = 900;
const LABEL = 230;
const HEAD = 44;
const ROW = 34;

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Every plan as a bar over the months it runs, its milestones as diamonds and today as a line,
 * drawn from the data (the same months the Word schedule table uses).
 */
export function GanttChart({ plans }: { plans: ActionPlan[] }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const rows = plans.filter((p) => rowSpanOf(p));
  const months = scheduleMonths(rows.map((p) => ({ id: p.id, label: p.title, startDate: p.startDate, endDate: p.endDate, milestones: p.milestones })));
  if (months.length === 0) return <p className="empty">{t('actionPlans.gantt.none')}</p>;
  const col = (W - LABEL) / months.length;
  const first = months[0]!;
  const index = (period: string) => (Number(period.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(period.slice(5, 7)) - Number(first.slice(5, 7));
  /** x of the start of a day; past the last month it stops at the edge. */
  const x = (iso: string, endOfDay = false) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const at = index(iso.slice(0, 7)) + (d - (endOfDay ? 0 : 1)) / daysIn(y, m);
    return LABEL + Math.max(0, Math.min(months.length, at)) * col;
  };
  const now = localToday();
  const showToday = now.slice(0, 7) >= first && now.slice(0, 7) <= months.at(-1)!;
  const height = HEAD + rows.length * ROW + 8;
  const monthName = (p: string) => new Date(`${p}-01T00:00:00Z`).toLocaleDateString(lang === 'id' ? 'id-ID' : 'en-GB', { month: col > 40 ? 'short' : 'narrow', timeZone: 'UTC' });
  return (
    <figure className="gantt">
      <figcaption>{t('actionPlans.gantt.heading')}</figcaption>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={t('actionPlans.gantt.label', { count: rows.length })}>
        {months.map((p, i) => (
          <g key={p}>
            <rect x={LABEL + i * col} y={HEAD - 20} width={col} height={height - HEAD + 20} className={i % 2 ? 'gantt-col odd' : 'gantt-col'} />
            <text x={LABEL + (i + 0.5) * col} y={HEAD - 6} className="gantt-month">{monthName(p)}</text>
            {(i === 0 || p.endsWith('-01')) && <text x={LABEL + i * col + 2} y={14} className="gantt-year">{p.slice(0, 4)}</text>}
          </g>
        ))}
        {rows.map((p, r) => {
          const y = HEAD + r * ROW;
          const span = rowSpanOf(p)!;
          const start = p.startDate || `${span.from}-01`;
          const end = p.endDate || `${span.to}-${String(daysIn(Number(span.to.slice(0, 4)), Number(span.to.slice(5, 7)))).padStart(2, '0')}`;
          return (
            <g key={p.id} className={`gantt-row stage-${p.closedAt ? 'closed' : p.stage}`}>
              <text x={6} y={y + ROW / 2 + 5} className="gantt-label">{p.title.length > 30 ? `${p.title.slice(0, 29)}…` : p.title}</text>
              <rect x={x(start)} y={y + 8} width={Math.max(3, x(end, true) - x(start))} height={ROW - 16} rx={4} className="gantt-bar"
                onClick={() => useActionPlans.getState().open(p.id)}>
                <title>{`${p.title}: ${formatDate(p.startDate, lang)} – ${formatDate(p.endDate, lang)}`}</title>
              </rect>
              {p.milestones.filter((m) => m.date && m.date.slice(0, 7) >= first && m.date.slice(0, 7) <= months.at(-1)!).map((m, k) => {
                const cx = x(m.date) + col / daysIn(Number(m.date.slice(0, 4)), Number(m.date.slice(5, 7))) / 2;
                return (
                  <path key={k} d={`M ${cx} ${y + 5} l 8 ${ROW / 2 - 5} l -8 ${ROW / 2 - 5} l -8 ${-(ROW / 2 - 5)} z`} className="gantt-milestone">
                    <title>{t('actionPlans.gantt.milestone', { title: m.title, date: formatDate(m.date, lang) })}</title>
                  </path>
                );
              })}
            </g>
          );
        })}
        {showToday && (
          <g className="gantt-today">
            <line x1={x(now)} x2={x(now)} y1={HEAD - 20} y2={height} />
            <text x={x(now) + 4} y={height - 4}>{t('actionPlans.gantt.today')}</text>
          </g>
        )}
      </svg>
    </figure>
  );
}
