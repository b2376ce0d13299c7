import { memo, useMemo } from 'react';
import { useT } from '../../i18n';
import { svgDataUrl } from './svgDataUrl';

interface Props {
  url: string;
  code: string;
  qrSvg: string;
  joined: number;
  expected: number;
  /**
   * 'panel': the facilitator's dialog; 'wall': the projector, read from the back of the hall;
   * 'strip': the projector once most have joined (one line, no QR code).
   */
  size: 'panel' | 'wall' | 'strip';
}

/** How to join: the QR code, the address to type, the 4-digit code and how many have joined. */
export const JoinCard = memo(function JoinCard({ url, code, qrSvg, joined, expected, size }: Props) {
  const t = useT();
  const src = useMemo(() => svgDataUrl(qrSvg), [qrSvg]);
  return (
    <div className={`join-card join-card-${size}`}>
      {size !== 'strip' && <img className="join-qr" src={src} alt={t('participation.qrAlt', { url })} />}
      <div className="join-text">
        {size !== 'strip' && <p className="join-how">{size === 'wall' ? t('participation.wallTitle') : t('participation.join')}</p>}
        <p className="join-line">
          <span className="join-label">{t('participation.address')}</span>
          <span className="join-address" data-testid="join-address">{url}</span>
        </p>
        <p className="join-line">
          <span className="join-label">{t('participation.code')}</span>
          <span className="join-code" data-testid="join-code">{code}</span>
        </p>
        <p className="join-count" role="status">{t('participation.joined', { joined, expected })}</p>
      </div>
    </div>
  );
});
