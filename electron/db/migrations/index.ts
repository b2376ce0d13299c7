import type { Migration } from './types';
import { migration001 } from './001-project';
import { migration002 } from './002-change-log';
import { migration003 } from './003-stakeholder-map';
import { migration004 } from './004-meetings';
import { migration005 } from './005-workshops';
import { migration006 } from './006-organisation';
import { migration007 } from './007-articles';
import { migration008 } from './008-cedc';
import { migration009 } from './009-withheld-cards';
import { migration010 } from './010-action-plans';
import { migration011 } from './011-participant-scores';
import { migration012 } from './012-signing';
import { migration013 } from './013-questionnaires';
import { migration014 } from './014-firm-profile';
import { migration015 } from './015-swot-strategies';
import { migration016 } from './016-initiation-plan';
import { migration017 } from './017-cluster-assessment';
import { migration018 } from './018-questionnaire-sittings';
import { migration019 } from './019-election-scope';
import { migration020 } from './020-plan-support-services';

/** Append-only: never edit a released migration, add the next number instead. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016, migration017, migration018, migration019, migration020];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
