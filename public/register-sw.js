// Registers the service worker and tells the app when a new version is ready.
// The app (Rust) shows the "new version" notice and, when the user accepts,
// saves the open plan and dispatches "alleanze-apply-update"; only then does the
// new version take over and the page reload.
if ("serviceWorker" in navigator) {
  // Reload only when the user accepted an update: the first installation also
  // changes the controller (clients.claim) and must not reload a page in use.
  let applying = false;
  const announce = (worker) => {
    window.__alleanzeWaiting = worker;
    window.dispatchEvent(new CustomEvent("alleanze-update-ready"));
  };
  // A browser may refuse service workers (a policy, a private window): the app
  // then works online only, without an error.
  navigator.serviceWorker.register("/sw.js").then((reg) => {
    if (!reg) return;
    if (reg.waiting && navigator.serviceWorker.controller) announce(reg.waiting);
    reg.addEventListener("updatefound", () => {
      const worker = reg.installing;
      worker?.addEventListener("statechange", () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) announce(worker);
      });
    });
  }, () => {});
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!applying) return;
    applying = false;
    window.location.reload();
  });
  window.addEventListener("alleanze-apply-update", () => {
    if (!window.__alleanzeWaiting) return;
    applying = true;
    window.__alleanzeWaiting.postMessage("alleanze-apply-update");
  });
}
