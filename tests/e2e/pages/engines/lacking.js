// Simulates an engine without the async clipboard API (older WebKit, some
// embedded browsers, plain-HTTP pages): the widget must still give the link.
Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true });
