// Firm directory and BDS provider fields of the stakeholder dialog (English). Same keys as profile.id.ts.
export const profileEn = {
  firm: 'Firm profile (directory)',
  sector: 'Sector', cooperativeName: 'Cooperative', salesVolume: 'Sales volume per month', salesHint: 'e.g. Rp 25 million/month',
  employees: 'Employees (people)', yearFounded: 'Year founded', productSpec: 'Product specification',
  potential: 'Potential: willing and keen to improve',
  potentialHint: 'Kept apart from interest and influence: a small firm can be potential too.',
  bds: 'Service provider (BDS)',
  services: 'Services offered',
  service: {
    training: 'Training', consultation: 'Consultation', marketing: 'Marketing', information: 'Information', legal: 'Legal',
    accounting: 'Accounting', design: 'Design', testing: 'Testing', certification: 'Certification',
  } as Record<string, string>,
  area: 'Service area', contact: 'Service contact', contactHint: 'Contact person, phone, address',
  feeBasis: 'Fee basis', feeHint: 'e.g. free (regional budget), fee per training',
  trackRecord: 'Past work and performance', reachable: 'Reachable within 1 hour',
  unknown: 'not known', yes: 'Yes', no: 'No',
  exportBds: 'BDS list (Word)', exportBdsHint: 'List of reachable BDS providers, from the stakeholders of the BDS family.',
};
