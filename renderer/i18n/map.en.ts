import type { mapId } from './map.id';

export const mapEn: typeof mapId = {
  relationKinds: {
    upstream: 'Supply (upstream)', downstream: 'Sales/marketing (downstream)', support: 'Support/training',
    finance: 'Finance/capital', information: 'Information', coordination: 'Coordination/membership',
  },
  formality: { traditional: 'Traditional (trust)', formal: 'Formal (written agreement)' },
  strength: { 1: '1 — weak', 2: '2 — medium', 3: '3 — strong' },
  tabs: { map: 'Map', metrics: 'Network metrics' },
  status: '{nodes} stakeholders, {edges} ties shown',
  empty: 'No stakeholders yet. Add them under "Stakeholders", then draw their ties here.',
  hint: 'Double-click a node to edit it; click a line to edit the tie; select and press Delete to remove.',
  layout: {
    label: 'Layout', saved: 'Saved positions', fcose: 'Automatic', concentric: 'Rings by metric (highest in the middle)',
    grouped: 'By small group', byMetric: 'Rings: {metric}',
    rerun: 'Re-arrange', rerunHint: 'Run this layout again and save the positions (Ctrl+Z undoes)',
    running: 'arranging…',
  },
  size: { label: 'Node size', uniform: 'All the same' },
  filter: {
    title: 'Filter', titleActive: 'Filter ({count} hidden)', kinds: 'Stakeholder kinds', groups: 'Small groups',
    tieKinds: 'Tie kinds', showAll: 'Show all',
  },
  search: {
    hint: 'Type a name and press Enter: that node is centred and its ties highlighted. Esc to go back.', 
    label: 'Find a stakeholder on the map', placeholder: 'Find a name…',
    focused: 'Highlighting {name} and their direct ties (Esc to go back)', notFound: 'Not on the map: "{query}"',
  },
  connect: {
    label: 'Connect', hint: 'Connect mode: drag from one node to another to add a tie',
    active: 'Connect mode on: drag from the giver to the receiver of the tie.',
  },
  export: { png: 'PNG picture', svg: 'SVG picture (vector)', done: 'Map picture saved.' },
  legend: {
    title: 'Legend', formal: 'Formal (solid line)', traditional: 'Traditional (dashed line)',
    mutual: 'Arrow heads at both ends: mutual tie. Double outline: group leader.', width: 'Thick line: strong tie.',
  },
  tie: {
    add: 'Add tie', newTitle: 'New tie', editTitle: 'Edit tie',
    source: 'From (giver)', target: 'To (receiver)', choose: '— choose —', reverse: 'Reverse direction',
    kind: 'Tie kind', formality: 'Nature of the tie', strength: 'Strength', since: 'Since', mutual: 'Mutual (goes both ways)',
    note: 'Note', delete: 'Delete tie', pickBoth: 'Choose both stakeholders.',
    created: 'Tie added. Ctrl+Z undoes.', updated: 'Tie changed.', deleted: 'Tie deleted. Ctrl+Z undoes.',
    deleteTitle: 'Delete tie?', deleteBody: 'The "{kind}" tie from {source} to {target} will be deleted. Ctrl+Z undoes.',
  },
  metric: { inDegree: 'In-degree', outDegree: 'Out-degree', closeness: 'Closeness', betweenness: 'Betweenness', eigenvector: 'Eigenvector' },
  metricGloss: {
    inDegree: 'hub others turn to', outDegree: 'reaches out', closeness: 'close to everyone',
    betweenness: 'bridge', eigenvector: 'close to the influential',
  },
  metrics: {
    intro: 'Five network measures from the Balikpapan cluster study, computed from the ties on the map (direction counts).',
    empty: 'No ties yet. Draw ties on the map to see the network metrics.',
    top3: 'Top three', tableTitle: 'All values',
  },
  explain: {
    inDegree: '{name} ({who}) receives the most ties (in-degree {value}), mostly {tie}: a hub where supply, sales or support come together.',
    inDegreePlain: '{name} ({who}) receives the most ties (in-degree {value}): a hub where supply, sales or support come together.',
    outDegree: '{name} ({who}) reaches out to the most actors (out-degree {value}), mostly {tie}: an active connector.',
    outDegreePlain: '{name} ({who}) reaches out to the most actors (out-degree {value}): an active connector.',
    closeness: '{name} ({who}) is closest to everyone (closeness {value}): news and information reach them fastest. A good person to spread invitations and cluster news.',
    betweenness: '{name} ({who}) has the highest betweenness ({value}): most paths between actors run through them. A bridge — and a weak point: if they stop, {loss}.',
    eigenvector: '{name} ({who}) is tied to actors who are themselves well connected (eigenvector {value}): their influence is larger than their own number of ties.',
    lossMarket: 'many craft firms lose their access to the market', lossSupply: 'many firms lose their supply',
    lossSupport: 'many actors lose access to support and information', lossGeneric: 'many actors are cut off from each other',
    dominant: 'That is more than twice the next actor, {other}: the network depends heavily on them and needs other routes.',
    sharedBridge: '{others} also act as bridges, so the network does not hang on one person alone.',
    next: 'Next: {others}.', and: ' and ',
    none: 'No value above zero yet: add ties on the map.',
    concentrated: '{name} tops {count} of the five measures: the network depends on one actor. A healthy cluster network spreads these roles over several actors.',
    spread: 'The five measures are topped by {count} different actors: roles in the network are spread, a sign of a healthy cluster network.',
  },
};
