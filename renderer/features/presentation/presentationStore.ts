import { create } from 'zustand';
import { enterFullscreen, leaveFullscreen } from './fullscreen';

/** What is on the wall; each names its project, so the view reads its own data. */
export type Showing =
  | { kind: 'workshop'; projectId: string; workshopId: string }
  | { kind: 'map'; projectId: string }
  | { kind: 'vision'; projectId: string }
  | { kind: 'election'; projectId: string; meetingId: string }
  | { kind: 'agenda'; projectId: string; meetingId: string }
  | { kind: 'spread'; projectId: string; sittingId: string };

interface PresentationState {
  showing: Showing | null;
  /** Call from a key press or click: browsers allow full screen only then. */
  start: (what: Showing) => void;
  stop: () => void;
}

/**
 * Presentation mode: the screen underneath stays the route, so leaving it (Esc) lands exactly
 * where the facilitator was; only the chrome around it goes while presenting.
 */
export const usePresentation = create<PresentationState>((set) => ({
  showing: null,
  start: (what) => {
    enterFullscreen();
    set({ showing: what });
  },
  stop: () => {
    leaveFullscreen();
    set({ showing: null });
  },
}));
