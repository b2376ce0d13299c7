// Type declarations for the Cytoscape extensions the map uses; the packages ship none.
import 'cytoscape';

declare module 'cytoscape' {
  interface EdgeHandlesOptions {
    canConnect?: (source: NodeSingular, target: NodeSingular) => boolean;
    edgeParams?: (source: NodeSingular, target: NodeSingular) => ElementDefinition | Record<string, never>;
    hoverDelay?: number;
    snap?: boolean;
    snapThreshold?: number;
    snapFrequency?: number;
    noEdgeEventsInDraw?: boolean;
    disableBrowserGestures?: boolean;
  }
  interface EdgeHandlesInstance {
    start(source: NodeSingular): void;
    stop(): void;
    enable(): void;
    disable(): void;
    enableDrawMode(): void;
    disableDrawMode(): void;
    destroy(): void;
  }
  interface Core {
    edgehandles(options?: EdgeHandlesOptions): EdgeHandlesInstance;
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
