// What the matrix scripts (bench, A/B, profile, trace) do on the matrix screen.

/** Clicks as a user does: one real mouse click at the element's centre, sent
 *  straight to the browser. Playwright's `locator.click()` also checks, inside
 *  the page's own event dispatch, that the click lands on the element
 *  (`elementsFromPoint` on the whole document, 10–20 ms here): that cost is
 *  the harness's, and it would land in the Event Timing (or the profile) of
 *  every click measured. */
export async function userClick(locator) {
  await locator.scrollIntoViewIfNeeded();
  // Content brought into view by the scroll (`content-visibility: auto`) is
  // drawn in the next frame and may move the target: measure after it.
  await locator.page().evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const box = await locator.boundingBox();
  await locator.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The targets of the interactions measured: alliances in the palette,
 *  the partners there, the canvas's cells and chips, and the toolbar's undo. */
export function matrixTargets(page) {
  return {
    palette: page.locator(".palette .palette-item.chip"),
    partners: page.locator(".palette .partner-item"),
    cells: page.locator("#matrix-table .cell-target"),
    chips: page.locator("#matrix-table .chip"),
    undo: page.getByRole("button", { name: "Annulla", exact: true }),
  };
}
