const FOLLOWING = 4;

/** A node and the hosts of the shadow trees around it, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); 'host' in root; root = (root as ShadowRoot).host.getRootNode()) {
    chain.push((root as ShadowRoot).host);
  }
  return chain;
}

/**
 * Document order of two ranges' starts across shadow trees, as the walk visits them: a shadow tree stands
 * where its host does, before the host's light children. (Ranges in different trees cannot be compared
 * directly: it throws.)
 */
export function documentOrder(a: { bounds: AbstractRange }, b: { bounds: AbstractRange }): number {
  const nodeA = a.bounds.startContainer;
  const nodeB = b.bounds.startContainer;
  if (nodeA === nodeB) return a.bounds.startOffset - b.bounds.startOffset;
  const chainA = hostChain(nodeA);
  const chainB = hostChain(nodeB);
  for (const [i, x] of chainA.entries()) {
    for (const [j, y] of chainB.entries()) {
      if (x.getRootNode() !== y.getRootNode()) continue;
      if (x === y) return j - i;
      return x.compareDocumentPosition(y) & FOLLOWING ? -1 : 1;
    }
  }
  return 0;
}
