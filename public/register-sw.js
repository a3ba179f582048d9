// Registers the service worker and tells the app when a new version is ready.
// The app (Rust) shows the "new version" notice and, when the user accepts,
// saves the open plan and dispatches "alleanze-apply-update"; only then does the
// new version take over and the page reload.
if ("serviceWorker" in navigator) {
  let reloading = false;
  const announce = (worker) => {
    window.__alleanzeWaiting = worker;
    window.dispatchEvent(new CustomEvent("alleanze-update-ready"));
  };
  navigator.serviceWorker.register("/sw.js").then((reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) announce(reg.waiting);
    reg.addEventListener("updatefound", () => {
      const worker = reg.installing;
      worker?.addEventListener("statechange", () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) announce(worker);
      });
    });
  });
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  });
  window.addEventListener("alleanze-apply-update", () => {
    window.__alleanzeWaiting?.postMessage("alleanze-apply-update");
  });
}
