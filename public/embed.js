// @ts-check
/**
 * Dialogue Timeline's host script. A page that includes it
 *
 *   <div data-dialogue-timeline="?topics=cyber&from=2013-01-01&to=2013-12-31"
 *        data-title="Cyber security in 2013"></div>
 *   <script async src="https://…/embed.js"></script>
 *
 * gets each such element filled with an iframe of embed.html (from the folder this script was
 * served from; the attribute holds the embed's URL parameters, or a whole embed URL), sized to its
 * content through AMP's `embed-size` message, also when it starts hidden in a tab and is shown
 * later. `window.DialogueTimeline` lets the page set an embed's view; the embed's `ready`,
 * `select` and `error` messages arrive as bubbling DOM events on the element:
 * `dialogue-timeline:ready`, `dialogue-timeline:select`, `dialogue-timeline:error`.
 *
 * Plain JavaScript, no build step, no modules: it runs as it is served, on any page.
 */
(() => {
  const NAMESPACE = "dialogue-timeline";
  const VERSION = 1;
  const ATTRIBUTE = "data-dialogue-timeline";
  const DEFAULT_HEIGHT = 480;

  /**
   * @typedef {{
   *   element: HTMLElement,
   *   frame: HTMLIFrameElement,
   *   origin: string,
   *   ready: boolean,
   *   queue: object[],
   *   width: number,
   * }} Embed
   * @typedef {{
   *   version: number,
   *   scan: (root?: ParentNode) => HTMLElement[],
   *   setView: (target: Target, view: object) => void,
   *   requestSize: (target: Target) => void,
   * }} Api
   * @typedef {string | Element} Target
   */

  const existing = /** @type {{ DialogueTimeline?: Api }} */ (/** @type {unknown} */ (window));
  if (existing.DialogueTimeline) {
    // Included twice (two snippets on one page): the first copy serves both.
    existing.DialogueTimeline.scan();
    return;
  }

  const script = document.currentScript;
  const scriptUrl =
    script instanceof HTMLScriptElement && script.src ? script.src : document.baseURI;
  const embedPage = new URL("embed.html", scriptUrl);

  /** @type {Embed[]} */
  const embeds = [];

  /** @param {Embed} embed @param {object} message */
  function post(embed, message) {
    embed.frame.contentWindow?.postMessage(message, embed.origin);
  }

  /** @param {Embed} embed @param {string} type @param {object} [fields] */
  function send(embed, type, fields = {}) {
    const message = { namespace: NAMESPACE, version: VERSION, type, ...fields };
    // Until the embed says it is ready, nobody is listening: keep messages and send them then.
    if (embed.ready) post(embed, message);
    else embed.queue.push(message);
  }

  /** At most this many characters of a refused attribute are quoted in the console. */
  const MAX_QUOTED = 200;

  /** @param {string} text */
  const quote = (text) =>
    JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);

  /** How the console names an element: its tag, id and classes. @param {Element} element */
  function describe(element) {
    const id = element.id ? `#${element.id}` : "";
    const classes = [...element.classList].map((c) => `.${c}`).join("");
    return `<${element.tagName.toLowerCase()}${id}${classes}>`;
  }

  /**
   * The frame address an attribute asks for, or undefined when it must not become one: only the
   * embed's URL parameters ("?topics=cyber"), nothing, or an http(s) address of an embed.html.
   * Anything else (`javascript:`, `data:`, another page) would run or show content of whoever
   * wrote the attribute, in the frame or, for `javascript:`, in this page.
   * @param {string} value
   * @returns {URL | undefined}
   */
  function frameSource(value) {
    const trimmed = value.trim();
    if (trimmed === "" || trimmed.startsWith("?")) return new URL(trimmed, embedPage);
    let url;
    try {
      url = new URL(trimmed, embedPage);
    } catch {
      return undefined;
    }
    const http = url.protocol === "https:" || url.protocol === "http:";
    return http && /\/embed\.html$/.test(url.pathname) && !url.username && !url.password
      ? url
      : undefined;
  }

  /** @param {HTMLElement} element @returns {Embed | undefined} */
  function mount(element) {
    if (embeds.some((embed) => embed.element === element)) return undefined;
    const value = element.getAttribute(ATTRIBUTE) || "";
    const src = frameSource(value);
    if (!src) {
      console.error(
        `Dialogue Timeline: ${ATTRIBUTE}=${quote(value)} on ${describe(element)} was refused: ` +
          `it takes the embed's URL parameters ("?topics=cyber") or an http(s) address of embed.html.`,
      );
      return undefined;
    }
    const frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title =
      element.getAttribute("data-title") || src.searchParams.get("title") || "Dialogue Timeline";
    frame.setAttribute("loading", element.getAttribute("data-loading") || "lazy");
    const height = Number(element.getAttribute("data-height")) || DEFAULT_HEIGHT;
    frame.style.cssText = `display:block;width:100%;height:${height}px;border:0;`;
    element.replaceChildren(frame);
    /** @type {Embed} */
    const embed = { element, frame, origin: src.origin, ready: false, queue: [], width: 0 };
    embeds.push(embed);
    resizes.observe(element);
    return embed;
  }

  // A frame that starts hidden (display: none in a closed tab) lays out for the first time when
  // it is shown; asking for its size then covers hosts whose tabs toggle visibility oddly.
  const resizes = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const embed = embeds.find((e) => e.element === entry.target);
      if (!embed) continue;
      const width = entry.contentRect.width;
      if (embed.width === 0 && width > 0 && embed.ready) post(embed, envelope("request-size"));
      embed.width = width;
    }
  });

  /** @param {string} type */
  const envelope = (type) => ({ namespace: NAMESPACE, version: VERSION, type });

  /** @param {unknown} value @returns {value is Record<string, unknown>} */
  const isRecord = (value) => typeof value === "object" && value !== null;

  window.addEventListener("message", (event) => {
    const embed = embeds.find((e) => e.frame.contentWindow === event.source);
    if (!embed || event.origin !== embed.origin || !isRecord(event.data)) return;
    const data = event.data;
    if (data.sentinel === "amp" && data.type === "embed-size") {
      const height = Number(data.height);
      if (Number.isFinite(height) && height > 0)
        embed.frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
    if (data.namespace !== NAMESPACE || data.version !== VERSION) return;
    if (data.type === "ready") {
      embed.ready = true;
      embed.queue.splice(0).forEach((message) => post(embed, message));
    }
    if (data.type === "error")
      console.warn(`Dialogue Timeline embed: ${String(data.message).slice(0, MAX_QUOTED * 2)}`);
    if (data.type === "ready" || data.type === "select" || data.type === "error")
      embed.element.dispatchEvent(
        new CustomEvent(`${NAMESPACE}:${data.type}`, { bubbles: true, detail: data }),
      );
  });

  /** @param {Target} target @returns {Embed} */
  function find(target) {
    const element = typeof target === "string" ? document.querySelector(target) : target;
    const embed = embeds.find((e) => e.element === element || e.frame === element);
    if (!embed) throw new Error(`Dialogue Timeline: no embed at ${String(target)}`);
    return embed;
  }

  /** @type {Api} */
  const api = {
    version: VERSION,
    /** Fills every placeholder not yet filled (call it after adding placeholders later). */
    scan(root = document) {
      const found = root.querySelectorAll(`[${ATTRIBUTE}]`);
      return [...found]
        .filter((element) => element instanceof HTMLElement)
        .map(mount)
        .filter((embed) => embed !== undefined)
        .map((embed) => embed.element);
    },
    /** Sets part of an embed's view: URL parameter names, lists as arrays, null for the default. */
    setView(target, view) {
      send(find(target), "set-view", { view });
    },
    /** Asks an embed to report its height again. */
    requestSize(target) {
      send(find(target), "request-size");
    },
  };
  existing.DialogueTimeline = api;

  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", () => api.scan());
  else api.scan();
})();
