import type { mapId } from './map.id';

export const mapEn: typeof mapId = {
  relationKinds: {
    upstream: 'Supply (upstream)', downstream: 'Sales/marketing (downstream)', support: 'Support/training',
    finance: 'Finance/capital', information: 'Information', coordination: 'Coordination/membership',
  },
  formality: { traditional: 'Traditional (trust)', formal: 'Formal (written agreement)' },
};
