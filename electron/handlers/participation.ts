import type { HandlerSlice, MethodsOf } from './types';
import { workspace } from './types';

/** Starting, watching and stopping the participant server; it lives as long as the back end. */
export const participationHandlers: HandlerSlice<MethodsOf<'participation'>> = {
  'participation.interfaces': workspace((ctx) => ctx.participation.interfaces()),
  'participation.start': workspace((ctx, input) => ctx.participation.start(input)),
  'participation.status': workspace((ctx, { projectId }) => ctx.participation.status(projectId)),
  'participation.stop': workspace(async (ctx, { projectId }) => ({ stopped: await ctx.participation.stop(projectId) })),
  'participation.removeDevice': workspace((ctx, { projectId, deviceId }) => {
    ctx.participation.removeDevice(projectId, deviceId);
    return { removed: true as const };
  }),
};
