// The organisation tree from the API, walked: flat lists, counts, and search filtering.
import type { Organisation, OrgTreeNode, Region } from '@jiandu/contracts';

export type TreeRoots = OrgTreeNode[];

export function walk(roots: TreeRoots, visit: (n: OrgTreeNode, depth: number) => void, depth = 0) {
  for (const n of roots) {
    visit(n, depth);
    walk(n.children, visit, depth + 1);
  }
}

export function allRegions(roots: TreeRoots): Region[] {
  const out: Region[] = [];
  walk(roots, (n) => out.push(n.region));
  return out;
}

export function allOrganisations(roots: TreeRoots): Organisation[] {
  const out: Organisation[] = [];
  walk(roots, (n) => {
    if (n.government) out.push(n.government);
    if (n.organ) out.push(n.organ);
    out.push(...n.agencies);
  });
  return out;
}

export function counts(roots: TreeRoots) {
  let regions = 0;
  let organs = 0;
  let agencies = 0;
  walk(roots, (n) => {
    regions++;
    if (n.organ?.active) organs++;
    agencies += n.agencies.filter((a) => a.active).length;
  });
  return { regions, organs, agencies };
}

function orgMatches(o: Organisation, q: string): boolean {
  return [o.name, o.nameEn, o.shortName].some((s) => s?.toLowerCase().includes(q));
}

/**
 * The tree keeping only what matches `q` (and the regions leading to it). A matching region
 * keeps all it holds. Returns the roots unchanged for an empty query.
 */
export function filterTree(roots: TreeRoots, query: string): TreeRoots {
  const q = query.trim().toLowerCase();
  if (!q) return roots;
  const out: TreeRoots = [];
  for (const n of roots) {
    const regionHit = n.region.name.toLowerCase().includes(q) || n.region.nameEn.toLowerCase().includes(q);
    if (regionHit) {
      out.push(n);
      continue;
    }
    const government = n.government && orgMatches(n.government, q) ? n.government : null;
    const organ = n.organ && orgMatches(n.organ, q) ? n.organ : null;
    const agencies = n.agencies.filter((a) => orgMatches(a, q));
    const children = filterTree(n.children, q);
    if (government || organ || agencies.length || children.length)
      out.push({ region: n.region, government, organ, agencies, children });
  }
  return out;
}
