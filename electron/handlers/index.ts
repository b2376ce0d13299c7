import type { MethodName } from '../../shared/contract';
import { coreHandlers } from './core';
import { mapHandlers } from './map';
import { meetingHandlers } from './meetings';
import { organisationHandlers } from './organisation';
import { articleHandlers } from './articles';
import { cedcHandlers } from './cedc';
import { workshopHandlers } from './workshops';
import { participationHandlers } from './participation';
import { actionPlanHandlers } from './actionPlans';
import { questionnaireHandlers } from './questionnaires';
import { signingHandlers } from './signing';
import { strategyHandlers } from './strategies';
import { initiationHandlers } from './initiation';
import { priorityHandlers } from './priorities';
import type { HandlerMap } from './types';

export type { HandlerMap, ProjectTools } from './types';

/** Every method of the contract; the type makes a missing or misnamed handler a compile error. */
export const handlers: HandlerMap = { ...coreHandlers, ...mapHandlers, ...meetingHandlers, ...workshopHandlers, ...organisationHandlers, ...articleHandlers, ...cedcHandlers, ...participationHandlers, ...actionPlanHandlers, ...questionnaireHandlers, ...signingHandlers, ...strategyHandlers, ...initiationHandlers, ...priorityHandlers };

/** Methods after which the home screen's copy of the project's name and dates may be stale. */
export const refreshesIndex = new Set<MethodName>(['projects.update', 'history.undo', 'history.redo', 'backups.restore', 'signing.set']);
