// The extension packages ship no types; what they export is a Cytoscape extension function.
// (A script file, not a module: untyped packages cannot be augmented, only declared.)
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
declare module 'cytoscape-edgehandles' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
