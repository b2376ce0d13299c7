import { useT } from '../../i18n';

/** No Wi-Fi on: how to turn on the laptop's hotspot on Windows and on Linux. */
export function NetworkHelp({ onSearchAgain }: { onSearchAgain: () => void }) {
  const t = useT();
  return (
    <div className="network-help" role="note">
      <strong>{t('participation.noNetwork.title')}</strong>
      <p>{t('participation.noNetwork.body')}</p>
      <ul>
        <li>{t('participation.noNetwork.windows')}</li>
        <li>{t('participation.noNetwork.linux')}</li>
        <li>{t('participation.noNetwork.router')}</li>
      </ul>
      <button type="button" onClick={onSearchAgain}>{t('participation.searchAgain')}</button>
    </div>
  );
}
