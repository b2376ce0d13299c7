import { desktop } from '../../api';
import { hashOf, useUi, type Route } from '../shell/uiStore';

/**
 * Shows the workshop's wall on the projector. In a browser it opens in a tab of its own (dragged
 * to the projector screen); Electron's security policy blocks new windows, so there it replaces
 * this view and offers "Kembali".
 */
export function openProjector(projectId: string, workshopId: string): void {
  const route: Route = { name: 'projector', projectId, workshopId };
  if (desktop) useUi.getState().navigate(route);
  else window.open(`${location.pathname}${location.search}${hashOf(route)}`, '_blank');
}
