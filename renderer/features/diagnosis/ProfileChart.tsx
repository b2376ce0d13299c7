import { ANNEX1_BASES } from '../../../shared/diagnosis/annex1';
import type { QuestionnaireProfile } from '../../../shared/domain/questionnaire';
import { useT } from '../../i18n';

/** Colours a projector keeps apart; a seventh round takes the first again. */
export const ROUND_COLOURS = ['#1f5f99', '#e08a1e', '#3a8f3a', '#8e44ad', '#c0392b', '#16a085'];
export const colourOf = (i: number) => ROUND_COLOURS[i % ROUND_COLOURS.length]!;

const WIDTH = 720;
const LABEL = 170;
const PLOT = 480;
const AXIS = 24;
const GAP = 10;

/**
 * The eight Bases as grouped bars, one bar per round in the rounds' order, so a Base that
 * improved shows as a longer bar below a shorter one. Plain SVG: no chart library to carry.
 */
export function ProfileChart({ profile, colourIndex }: { profile: QuestionnaireProfile; colourIndex: (roundId: string) => number }) {
  const t = useT();
  const n = profile.rounds.length;
  const bar = n <= 2 ? 14 : n <= 4 ? 10 : 7;
  const group = n * bar + GAP;
  const height = AXIS + ANNEX1_BASES.length * group;
  const x = (grade: number) => LABEL + (grade / profile.maxGrade) * PLOT;
  const grades = Array.from({ length: profile.maxGrade + 1 }, (_, g) => g);
  return (
    <svg className="profile-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t('diagnosis.chart.label')} data-testid="profile-chart">
      {grades.map((g) => (
        <g key={g}>
          <line x1={x(g)} x2={x(g)} y1={AXIS - 4} y2={height} className="grid-line" />
          {g > 0 && <text x={x(g)} y={AXIS - 8} textAnchor="middle" className="axis-label">{g}</text>}
        </g>
      ))}
      {profile.bases.map((b, bi) => {
        const top = AXIS + bi * group + GAP / 2;
        const key = ANNEX1_BASES[b.base - 1]!.key;
        return (
          <g key={b.base} data-base={b.base}>
            <text x={LABEL - 8} y={top + (n * bar) / 2} textAnchor="end" dominantBaseline="middle" className="base-label">
              {b.base}. {t(`diagnosis.shortBase.${key}`)}
            </text>
            {b.cells.map((c, ri) => {
              const y = top + ri * bar;
              const round = profile.rounds[ri]!;
              if (c.grade === null) {
                return <text key={c.roundId} x={LABEL + 4} y={y + bar / 2} dominantBaseline="middle" className="bar-missing">–</text>;
              }
              return (
                <g key={c.roundId} className="bar" data-round={round.title} data-grade={c.grade}>
                  <rect x={LABEL} y={y + 1} width={x(c.grade) - LABEL} height={bar - 2} fill={colourOf(colourIndex(c.roundId))}>
                    <title>{`${round.title}: ${c.grade}`}</title>
                  </rect>
                  {bar >= 10 && <text x={x(c.grade) + 4} y={y + bar / 2} dominantBaseline="middle" className="bar-value">{c.grade}</text>}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
