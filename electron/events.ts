/** What the back end tells live screens: a project's data changed, or who is connected changed. */
export type BackendEvent =
  | { type: 'changed'; projectId: string; method: string }
  | { type: 'participation'; projectId: string };

export type EventListener = (e: BackendEvent) => void;

/** A tiny synchronous fan-out; a listener that throws never stops the others or the caller. */
export class BackendEvents {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: BackendEvent): void {
    for (const l of [...this.listeners]) {
      try {
        l(event);
      } catch (e) {
        console.error(e);
      }
    }
  }
}
