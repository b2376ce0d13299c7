import type { Migration } from './types';

// Question 5 of an action plan names the kinds of outside support it needs (training, marketing,
// certification...), the same nine services BDS providers offer, so question 6 can suggest the
// providers that offer them. A JSON array of codes; '[]' until someone ticks one.
export const migration020: Migration = {
  version: 20,
  name: 'plan-support-services',
  up: (db) => db.exec(`ALTER TABLE action_plans ADD COLUMN support_services TEXT NOT NULL DEFAULT '[]';`),
};
