import type { Migration } from './types';

// Firm directory fields and BDS provider fields on the stakeholder row, all with defaults so
// every existing row stays valid. Services are a JSON array of codes ('[]' = none marked);
// bds_reachable is NULL while nobody has said whether the provider is within one hour.
export const migration014: Migration = {
  version: 14,
  name: 'firm-profile',
  up: (db) =>
    db.exec(`
      ALTER TABLE stakeholders ADD COLUMN sector TEXT NOT NULL DEFAULT '';
      ALTER TABLE stakeholders ADD COLUMN cooperative_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE stakeholders ADD COLUMN sales_volume TEXT NOT NULL DEFAULT '';
      ALTER TABLE stakeholders ADD COLUMN employees INTEGER CHECK (employees >= 0);
      ALTER TABLE stakeholders ADD COLUMN year_founded INTEGER CHECK (year_founded BETWEEN 1800 AND 2100);
      ALTER TABLE stakeholders ADD COLUMN product_spec TEXT NOT NULL DEFAULT '';
      ALTER TABLE stakeholders ADD COLUMN potential INTEGER NOT NULL DEFAULT 0 CHECK (potential IN (0, 1));
      ALTER TABLE stakeholders ADD COLUMN bds_services TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE stakeholders ADD COLUMN bds_area TEXT NOT NULL DEFAULT '';
      ALTER TABLE stakeholders ADD COLUMN bds_contact TEXT NOT NULL DEFAULT '';
      ALTER TABLE stakeholders ADD COLUMN bds_fee_basis TEXT NOT NULL DEFAULT '';
      ALTER TABLE stakeholders ADD COLUMN bds_track_record TEXT NOT NULL DEFAULT '';
      ALTER TABLE stakeholders ADD COLUMN bds_reachable INTEGER CHECK (bds_reachable IN (0, 1));
    `),
};
