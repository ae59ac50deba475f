// Builds the organisation tree (region → government, organ, agencies → regions below) from
// flat lists already limited to the actor's scope.
import type { Organisation, OrgTreeNode, Region } from '@jiandu/contracts';

export function buildTree(regions: Region[], orgs: Organisation[]): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>();
  for (const region of regions)
    nodes.set(region.code, { region, government: null, organ: null, agencies: [], children: [] });
  for (const o of orgs) {
    const n = nodes.get(o.regionCode);
    if (!n) continue;
    if (o.kind === 'government') n.government = o;
    else if (o.kind === 'supervision_organ') n.organ = o;
    else n.agencies.push(o);
  }
  const roots: OrgTreeNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.region.parentCode ? nodes.get(n.region.parentCode) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  return roots;
}
