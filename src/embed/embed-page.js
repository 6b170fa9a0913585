// The script of embed.html (the iframe embed). It runs after baclofen-guide.js
// has defined the element and before the guide mounts, and:
// - sets the element's attributes from the page's URL query, every attribute
//   the element observes plus fallback-href, by the same names and with the
//   same checks (a bad value: one console warning, and the default);
// - keeps <html lang> in the guide's language;
// - tells the parent page its height whenever it changes:
//     { type: "baclofen-guide:height", height }   (CSS pixels)
//   which embed-resize.js, on the clinic's page, uses to size the iframe.

const guide = document.querySelector("baclofen-guide");
const options = [...customElements.get("baclofen-guide").observedAttributes, "fallback-href"];
for (const [name, value] of new URLSearchParams(location.search)) {
  if (options.includes(name)) guide.setAttribute(name, value);
  else console.warn(`<baclofen-guide> embed.html: ignoring the option ${name}. Accepted options: ${options.join(", ")}.`);
}

const setLang = (event) => (document.documentElement.lang = event.detail.lang);
guide.addEventListener("baclofen-guide:ready", setLang);
guide.addEventListener("baclofen-guide:language", setLang);

// Constructed, so a strict `style-src 'self'` allows it. The page is as tall
// as the guide: the parent can size the iframe to it.
const sheet = new CSSStyleSheet();
sheet.replaceSync("body { margin: 0; padding: 4px; display: flow-root }");
document.adoptedStyleSheets = [sheet];

let reported = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (parent !== window && height !== reported) {
    reported = height;
    parent.postMessage({ type: "baclofen-guide:height", height }, "*");
  }
}).observe(document.documentElement);
