/**
 * The line on which each element of the top-level `corrections` array starts, so every report
 * about an entry can name its file and line. `text` must already be valid JSON (JSON.parse
 * accepted it): the scan only needs to tell strings, containers and values apart.
 */
export function entryLines(text: string): number[] {
  const lines: number[] = [];
  const stack: string[] = [];
  let line = 1;
  let lastKey: string | undefined;
  let lastString: string | undefined;
  /** Depth of the `corrections` array once entered; elements start at this depth. */
  let arrayDepth = -1;
  let awaitingElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "\n") {
      line++;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") continue;
    if (stack.length === arrayDepth && awaitingElement && c !== "]") {
      lines.push(line);
      awaitingElement = false;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      lastString = JSON.parse(text.slice(i, j + 1)) as string;
      i = j;
    } else if (c === ":") {
      if (stack.length === 1 && stack[0] === "{") lastKey = lastString;
    } else if (c === "{" || c === "[") {
      stack.push(c);
      if (c === "[" && stack.length === 2 && lastKey === "corrections") {
        arrayDepth = 2;
        awaitingElement = true;
      }
    } else if (c === "}" || c === "]") {
      if (stack.length === arrayDepth && c === "]") arrayDepth = -1;
      stack.pop();
    } else if (c === "," && stack.length === arrayDepth) awaitingElement = true;
  }
  return lines;
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}
