/**
 * Tags whose end the parser implies (`<p>a<p>b` are siblings), so an unclosed one says nothing of
 * depth; void elements never hold children.
 */
const NOT_NESTING = new Set(
  (
    "p li dt dd option optgroup tr td th thead tbody tfoot rb rt rp colgroup " +
    "area base br col embed hr img input link meta source track wbr"
  ).split(" "),
);

/**
 * An upper bound on how deep the elements of `html` nest, read from its tags without building a
 * tree (building one for a 100,000-deep page takes seconds). Comments and the contents of script
 * and style are skipped; elements whose end is implied are not counted.
 */
export function nestingDepth(html: string): number {
  const tags =
    /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(tags)) {
    const name = m[3]?.toLowerCase();
    if (!name || NOT_NESTING.has(name) || m[4]) continue;
    depth = m[2] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/** The depth of a parsed tree, walked without recursion (a deep tree would overflow the stack). */
export function treeDepth(root: { children: ArrayLike<unknown> }): number {
  type Node = { children: ArrayLike<Node> };
  let max = 0;
  const stack: [Node, number][] = [[root as Node, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > max) max = depth;
    for (let i = 0; i < node.children.length; i++)
      stack.push([node.children[i] as Node, depth + 1]);
  }
  return max;
}
