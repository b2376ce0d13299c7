import type { ElectionPosition } from '../../../shared/domain/election';
import { useT } from '../../i18n';

/** "SUARA SAMA: A 18 – B 18": shown loudly, because the hall must see that nobody has won yet. */
export function TieBanner({ position: p }: { position: ElectionPosition }) {
  const t = useT();
  const last = p.rounds.at(-1);
  const text = p.outcome.tied.map((c) => `${p.candidates.find((x) => x.id === c)?.name ?? '?'} ${last?.tallies[c] ?? 0}`).join(' – ');
  return (
    <p className="tie-banner" role="alert">
      <strong>{t('organisation.tie.banner')}</strong> {text}
    </p>
  );
}
