import type { IndicatorStatus } from '../../../shared/domain/indicator';
import { useT } from '../../i18n';

/** On target, behind, achieved: in words, with a colour that is never the only sign. */
export function StatusChip({ status }: { status: IndicatorStatus }) {
  const t = useT();
  return <span className={`status-chip status-${status}`}>{status === 'behind' ? '▼ ' : status === 'no_data' ? '' : '✓ '}{t(`actionPlans.statuses.${status}`)}</span>;
}
