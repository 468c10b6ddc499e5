// The Diaspora Programme Explorer on a partner's page, in one dependency-free script:
//
//   <div data-diaspora-explorer data-origin="ML" data-theme="investment" data-lang="fr"></div>
//     → an iframe of the hosted explorer in embed mode, whose height follows its content;
//   <diaspora-explorer origin="ML" theme="investment" lang="fr"></diaspora-explorer>
//     → the explorer mounted in the element's shadow root, without an iframe.
//
// Options are the hosted page's URL parameters (README.md, "Embed on your site"); `src` is
// the partner's own programmes.json. The explorer checks them all and ignores, with a console
// warning, whatever it cannot use. scripts/post-build.mjs fills in the built files' names.
(() => {
  const script = document.currentScript;
  if (!script) return console.warn('diaspora-explorer: load embed.js with a classic <script src>');
  const app = new URL('./', script.src);
  const asset = (name) => new URL(name, app).href;
  const files = { glue: asset('__GLUE__'), wasm: asset('__WASM__'), css: asset('__CSS__'), catalogue: asset('__CATALOGUE__') };
  // The iframes' `{type: HEIGHT, height}` messages (HEIGHT_MESSAGE_TYPE and its fields):
  // defined in core/src/explorer/contract.rs and checked by core/tests/contract.rs.
  const HEIGHT = 'diaspora-explorer:height';
  // The `{type: VIEWPORT, top, height}` messages embed.js posts to each iframe: the top of the
  // window in the frame's coordinates, and the window's height (VIEWPORT_MESSAGE_TYPE and its
  // fields, same file, same check).
  const VIEWPORT = 'diaspora-explorer:viewport';
  // The element's own HTML attributes, which are not options.
  const GLOBAL = /^(id|class|style|slot|part|hidden|title|tabindex|dir|role|aria-.*|data-.*)$/;

  /** `value` resolved against the page; left as it is when it is no URL (the explorer warns). */
  const absolute = (value) => {
    try {
      return new URL(value, document.baseURI).href;
    } catch {
      return value;
    }
  };

  /** The options of a widget as a query string: `data-origin` or `origin` → `origin=…`. */
  const optionsOf = (element, prefix) => {
    const params = new URLSearchParams();
    for (const { name, value } of element.attributes) {
      let key = name;
      if (prefix) {
        // The marker and the iframe's accessible name are not options.
        // FRAME_HOST_ATTRIBUTE, defined in core/src/explorer/contract.rs and checked by
        // core/tests/contract.rs.
        if (!name.startsWith(prefix) || name === 'data-diaspora-explorer' || name === 'data-title') continue;
        key = name.slice(prefix.length);
      } else if (GLOBAL.test(name)) continue;
      // A partner's list is named relative to the partner's page, wherever it is read from.
      // `src` → `data` (PARTNER_DATA_ATTRIBUTE, PARTNER_DATA_PARAMETER), defined in
      // core/src/explorer/contract.rs and checked by core/tests/contract.rs.
      if (key === 'src') params.append('data', absolute(value));
      else params.append(key, value);
    }
    return params;
  };

  // Iframes: one listener for all of them. A height is taken only from the explorer's origin
  // and from the very frame it is applied to; anything else is ignored.
  const frames = new Set();
  const onMessage = (event) => {
    if (event.origin !== app.origin || event.data?.type !== HEIGHT) return;
    const height = Number(event.data.height);
    if (!Number.isFinite(height) || height <= 0 || height > 100000) return;
    for (const frame of frames) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
    }
    onViewport();
  };

  // A frame as tall as its content cannot tell what of it is on screen: its own viewport is
  // all of it. Each frame in sight is told, once per animation frame while the page scrolls or
  // resizes and after each change of height, so that its open filters keep their head and
  // their "Show the results" button on screen. Only to the explorer's origin.
  let viewportQueued = false;
  const postViewports = () => {
    viewportQueued = false;
    for (const frame of frames) {
      const box = frame.getBoundingClientRect();
      if (box.bottom < 0 || box.top > innerHeight) continue;
      frame.contentWindow?.postMessage({ type: VIEWPORT, top: -box.top, height: innerHeight }, app.origin);
    }
  };
  const onViewport = () => {
    if (viewportQueued) return;
    viewportQueued = true;
    requestAnimationFrame(postViewports);
  };

  const mountFrame = (host) => {
    if (host.querySelector(':scope > iframe.diaspora-explorer-frame')) return;
    const params = optionsOf(host, 'data-');
    // EMBED_PARAMETER and PARENT_PARAMETER, defined in core/src/explorer/contract.rs and
    // checked by core/tests/contract.rs.
    params.set('embed', '1');
    if (location.origin !== 'null') params.set('parent', location.origin);
    const frame = document.createElement('iframe');
    frame.className = 'diaspora-explorer-frame';
    frame.src = `${app.href}?${params}`;
    frame.title = host.getAttribute('data-title') || 'Diaspora Programme Explorer';
    frame.loading = 'lazy';
    frame.allow = 'clipboard-write';
    Object.assign(frame.style, { display: 'block', width: '100%', height: '40rem', border: '0' });
    if (frames.size === 0) {
      addEventListener('message', onMessage);
      addEventListener('scroll', onViewport, { passive: true });
      addEventListener('resize', onViewport, { passive: true });
    }
    frames.add(frame);
    host.append(frame);
  };

  // The element: the module is fetched and started once per page, whatever the number of
  // elements; each element gets its own explorer in its own shadow root.
  let module;
  // The programmes download while the module does: the explorer's own request for them (after
  // the module has started) is then served by this preload, as on the hosted page.
  const preloadCatalogue = () => {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = files.catalogue;
    document.head.append(link);
  };
  const loadModule = () =>
    (module ??= (preloadCatalogue(), import(files.glue)).then(async (glue) => {
      await glue.default({ module_or_path: files.wasm });
      return glue;
    }));

  // Shown in an element whose explorer cannot start (its host serves the files without CORS, the
  // network fails…): what happened, and the full explorer, which does not depend on this page.
  // The texts are the core's (element_failed, open_full_explorer), checked by
  // core/tests/contract.rs.
  const FAILED = {
    en: ['The programme explorer could not be loaded here.', 'Open the full explorer'],
    fr: ['L’explorateur des programmes n’a pas pu être chargé ici.', 'Ouvrir l’explorateur complet'],
  };
  const showFailure = (element, container) => {
    const tag = element.getAttribute('lang') || document.documentElement.lang || navigator.language || 'en';
    const lang = tag.slice(0, 2).toLowerCase() in FAILED ? tag.slice(0, 2).toLowerCase() : 'en';
    const [text, linkText] = FAILED[lang];
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.lang = lang;
    const link = document.createElement('a');
    link.href = app.href;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = linkText;
    message.append(`${text} `, link);
    container.replaceChildren(message);
  };

  class DiasporaExplorerElement extends HTMLElement {
    // The options; a change to one restarts the explorer with the new ones.
    // ELEMENT_ATTRIBUTES, defined in core/src/explorer/contract.rs and checked by
    // core/tests/contract.rs: every parameter the explorer reads but `id`, `embed`, `parent`.
    static observedAttributes = ['q', 'origin', 'residence', 'region', 'theme', 'support', 'target',
      'org_type', 'org', 'status', 'taking_part', 'from', 'to', 'sort', 'lang', 'view', 'side', 'p', 'compare',
      'lock', 'src', 'filters', 'links', 'accent',
      'font', 'radius'];

    attributeChangedCallback(name, before, after) {
      if (!this.mounting || before === after || this.restarting) return;
      // Several attributes set in a row restart it once.
      this.restarting = true;
      queueMicrotask(() => {
        this.restarting = false;
        if (!this.isConnected) return;
        this.disconnectedCallback();
        this.connectedCallback();
      });
    }

    connectedCallback() {
      if (this.mounting) return;
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const styles = document.createElement('link');
      styles.rel = 'stylesheet';
      styles.href = files.css;
      const container = document.createElement('div');
      root.replaceChildren(styles, container);
      // Rendered once its styles are in, so that it never shows unstyled.
      const styled = new Promise((done) => {
        styles.onload = styles.onerror = done;
      });
      const options = optionsOf(this, '').toString();
      // MOUNT_ELEMENT_EXPORT, defined in core/src/explorer/contract.rs and checked by
      // core/tests/contract.rs.
      this.mounting = Promise.all([loadModule(), styled])
        .then(([glue]) => glue.mount_element(container, root, options ? `?${options}` : '', app.href))
        .catch((error) => {
          console.error('diaspora-explorer: could not start', error);
          showFailure(this, container);
        });
    }

    disconnectedCallback() {
      const mounting = this.mounting;
      this.mounting = null;
      mounting?.then((mounted) => mounted?.free());
    }
  }

  // ELEMENT_NAME and FRAME_HOST_ATTRIBUTE, defined in core/src/explorer/contract.rs and
  // checked by core/tests/contract.rs.
  if (!customElements.get('diaspora-explorer')) {
    customElements.define('diaspora-explorer', DiasporaExplorerElement);
  }
  const scan = () => document.querySelectorAll('[data-diaspora-explorer]').forEach(mountFrame);
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', scan, { once: true });
  else scan();
})();
