// Baclofen Guide: sizes each iframe showing embed.html to the guide's height,
// from the message the guide's page sends ({ type: "baclofen-guide:height",
// height }). Optional: without it the iframe keeps its own height and scrolls.
//   <script async src="https://your-host/baclofen-guide/embed-resize.js"></script>
addEventListener("message", (event) => {
  const { type, height } = event.data ?? {};
  if (type !== "baclofen-guide:height" || !(height > 0)) return;
  for (const frame of document.getElementsByTagName("iframe")) {
    if (frame.contentWindow === event.source) {
      frame.style.boxSizing = "content-box";
      frame.style.height = `${Math.ceil(height)}px`;
    }
  }
});
