import type { HandlerSlice, MethodsOf } from './types';

export const workshopHandlers: HandlerSlice<MethodsOf<'workshops'>> = {};
