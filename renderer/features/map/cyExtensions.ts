import cytoscape from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

// Registered once per page: cytoscape.use() warns when an extension is registered twice.
let registered = false;

export function registerExtensions(): typeof cytoscape {
  if (!registered) {
    cytoscape.use(fcose);
    cytoscape.use(edgehandles);
    cytoscape.use(svg);
    registered = true;
  }
  return cytoscape;
}
