import type { HandlerSlice, MethodsOf } from './types';

export const organisationHandlers: HandlerSlice<MethodsOf<'organisation'>> = {};
