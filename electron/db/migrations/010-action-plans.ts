import type { Migration } from './types';

// Action plans, their budget, PDM indicators with actuals per month, evaluation records and the
// authorised annual plans. Children reference their plan without cascades: services delete them
// through the change log, so one undo brings a deleted plan back whole.
// Loose links (no REFERENCES), each for a reason:
// - responsible_stakeholder_id and the supporters (JSON): naming someone in a plan must never
//   block deleting them from the registry; their names are copied, so documents stay readable.
// - source_*: the short-listed card or theme the plan came from; label and theme are copied.
// - meeting_id / authorised_meeting_id: a deleted meeting reads as none, and undoing its
//   deletion links it again.
export const migration010: Migration = {
  version: 10,
  name: 'action-plans',
  up: (db) =>
    db.exec(`
      CREATE TABLE action_plans (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        area TEXT NOT NULL CHECK (area IN ('raw_material', 'production', 'market_access', 'human_resources', 'finance')),
        horizon TEXT NOT NULL DEFAULT 'short' CHECK (horizon IN ('short', 'medium')),
        goal TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '',
        why TEXT NOT NULL DEFAULT '',
        outputs TEXT NOT NULL DEFAULT '',
        activities TEXT NOT NULL DEFAULT '',
        inputs TEXT NOT NULL DEFAULT '',
        preconditions TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL DEFAULT '',
        end_date TEXT NOT NULL DEFAULT '',
        milestones TEXT NOT NULL DEFAULT '[]',
        implementing_body TEXT NOT NULL DEFAULT '',
        responsible_name TEXT NOT NULL DEFAULT '',
        responsible_role TEXT NOT NULL DEFAULT '',
        responsible_stakeholder_id TEXT,
        external_support INTEGER CHECK (external_support IN (0, 1)),
        external_support_note TEXT NOT NULL DEFAULT '',
        supporters TEXT NOT NULL DEFAULT '[]',
        government_rules TEXT NOT NULL DEFAULT '',
        monitoring TEXT NOT NULL DEFAULT '',
        assumptions TEXT NOT NULL DEFAULT '{}',
        stage TEXT NOT NULL DEFAULT 'plan' CHECK (stage IN ('plan', 'do', 'check', 'action')),
        closed_at TEXT,
        source_workshop_id TEXT,
        source_target_id TEXT,
        source_label TEXT NOT NULL DEFAULT '',
        source_theme TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE plan_budget_lines (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES action_plans (id),
        position INTEGER NOT NULL,
        description TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('members', 'apbd', 'bank', 'csr', 'others')),
        amount INTEGER NOT NULL CHECK (amount >= 0)
      ) STRICT;
      CREATE INDEX plan_budget_lines_plan ON plan_budget_lines (plan_id, position);
      CREATE TABLE plan_indicators (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES action_plans (id),
        level TEXT NOT NULL CHECK (level IN ('goal', 'purpose', 'outputs')),
        position INTEGER NOT NULL,
        description TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        baseline REAL,
        target REAL,
        means TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX plan_indicators_plan ON plan_indicators (plan_id, position);
      CREATE TABLE indicator_actuals (
        id TEXT PRIMARY KEY,
        indicator_id TEXT NOT NULL REFERENCES plan_indicators (id),
        period TEXT NOT NULL,
        value REAL NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (indicator_id, period)
      ) STRICT;
      CREATE TABLE plan_evaluations (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES action_plans (id),
        kind TEXT NOT NULL CHECK (kind IN ('midterm', 'closing')),
        date TEXT NOT NULL DEFAULT '',
        meeting_id TEXT,
        problems TEXT NOT NULL DEFAULT '',
        improvement_plan TEXT NOT NULL DEFAULT '',
        decision TEXT NOT NULL DEFAULT '',
        outputs_shared TEXT NOT NULL DEFAULT '',
        lessons TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (plan_id, kind)
      ) STRICT;
      CREATE TABLE annual_plans (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL UNIQUE,
        authorised_meeting_id TEXT,
        authorised_at TEXT,
        authorised_total INTEGER,
        authorised_plan_ids TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
    `),
};
