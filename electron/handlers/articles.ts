import type { HandlerSlice } from './types';
import type { articleMethods } from '../../shared/contracts/articles';

export const articleHandlers: HandlerSlice<keyof typeof articleMethods> = {};
