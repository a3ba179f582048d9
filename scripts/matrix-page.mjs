// What the matrix scripts (bench, A/B, profile, trace) do on the matrix screen.

const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Clicks as a user does: one real mouse click at the element's centre, sent
 *  straight to the browser. Playwright's `locator.click()` also checks, inside
 *  the page's own event dispatch, that the click lands on the element
 *  (`elementsFromPoint` on the whole document, 10–20 ms here): that cost is
 *  the harness's, and it would land in the Event Timing (or the profile) of
 *  every click measured. The same check is made here before the click, out of
 *  the measured interaction: scrolling the canvas moves its window of rows
 *  (`features/matrice/rows.rs`), which redraws rows and moves the target for
 *  a frame or two, and a click that misses its target would be measured as a
 *  fast interaction that did nothing. So the box is read until two reads agree,
 *  and the click throws when the target is not what the point hits.
 *
 *  A target within `bottomMargin` px of the window's bottom edge is first
 *  brought to the middle: headless Chromium does not present a frame whose
 *  only change lies in the bottom ~85 px of the viewport (session 13, shown on
 *  a 15-line page outside the app, at any window height), so a click there is
 *  measured up to the next frame that changes something higher up, which on
 *  the matrix is the side panel's. `bottomMargin: 0` keeps the target where
 *  scrolling it into view leaves it (`probe-first-select.mjs`). */
export async function userClick(locator, { bottomMargin = BOTTOM_MARGIN } = {}) {
  const page = locator.page();
  // The canvas draws only the rows near its scroll position: a target in a
  // row not drawn is reached as a user would, by scrolling the canvas back
  // to its top (the scripts' targets are in its first rows).
  if ((await locator.count()) === 0 && (await page.locator("#matrix-scroll").count()) > 0) {
    await page.locator("#matrix-scroll").evaluate((el) => el.scrollTo(0, 0));
    await locator.waitFor();
  }
  await locator.scrollIntoViewIfNeeded();
  let at = await settledCentre(locator);
  // At the edge of a scrolled area, a sticky header (the canvas's themes
  // and territories, the page's header) may cover the target: bring it to
  // the middle, as a user would scroll a little further. Scrolling the
  // canvas may draw other rows around the target and move it again, so this
  // is tried a few times.
  for (let tries = 0; !(await hits(locator, at)) || (await nearBottom(locator, bottomMargin)); tries++) {
    if (tries === 3) {
      throw new Error(`userClick: ${locator} is not under its own centre (${at[0].toFixed(0)}, ${at[1].toFixed(0)}), or stays at the window's bottom edge`);
    }
    await locator.evaluate((el) => el.scrollIntoView({ block: "center", inline: "center" }));
    at = await settledCentre(locator);
  }
  // The pointer arrives first and its hover is drawn, as with a real mouse
  // (Playwright's `mouse.click` would move, press and release in one go, and
  // the press would pay for restyling the hover), then press and release.
  await page.mouse.move(...at);
  await frames(page);
  await page.mouse.down();
  await page.mouse.up();
}

/** The centre of the target once two reads a frame apart agree. */
async function settledCentre(locator) {
  let box = null;
  for (let k = 0; k < 20; k++) {
    await frames(locator.page());
    const now = await locator.boundingBox();
    if (box && now && now.x === box.x && now.y === box.y && now.width === box.width && now.height === box.height) break;
    box = now;
  }
  return [box.x + box.width / 2, box.y + box.height / 2];
}

/** How close to the window's bottom edge a click target may be (see `userClick`). */
export const BOTTOM_MARGIN = 100;

/** Whether the target's box ends within `margin` px of the window's bottom. */
export function nearBottom(locator, margin = BOTTOM_MARGIN) {
  return margin > 0 && locator.evaluate((el, m) => el.getBoundingClientRect().bottom > innerHeight - m, margin);
}

/** Whether the point hits the target (or something inside it). */
function hits(locator, [x, y]) {
  return locator.evaluate((el, [x, y]) => {
    const at = document.elementFromPoint(x, y);
    return !!at && (at === el || el.contains(at));
  }, [x, y]);
}

/** The targets of the interactions measured: alliances in the palette,
 *  the partners there that can join an alliance (one not interested is
 *  refused at the pick, so picking it carries nothing), the canvas's cells
 *  (`cell(r, c)`: by position, since the rows drawn change as the canvas
 *  scrolls), the chip of the `i`-th select
 *  (`select(i)`, given the generated `plan`), the toolbar's undo, and the
 *  screen's status line (what a pick, place or drop says). */
export function matrixTargets(page, plan) {
  const held = plan ? chipCells(plan) : [];
  return {
    palette: page.locator(".palette .palette-item.chip"),
    partners: page.locator(".palette .partner-item:not(.partner-out)"),
    cell: (r, c) => page.locator(`#cell-${r}-${c}`),
    select: (i) => {
      const [r, c] = held[(5 * i) % held.length];
      return page.locator(`#matrix-table td:has(> #cell-${r}-${c}) .chip`).first();
    },
    undo: page.getByRole("button", { name: "Annulla", exact: true }),
    message: page.locator(".matrix-message"),
  };
}

/** The cells of rows 0–7 that hold an alliance in the generated `plan`
 *  (moves only add alliances to cells, and undo takes back only those), in
 *  row order: the selects click the first chip of one of them, taken by its
 *  cell's position, not by rank among the chips drawn, which changes as the
 *  canvas scrolls. */
function chipCells(plan) {
  const { territories, themes } = plan.axes;
  const held = new Set(plan.alliances.flatMap((a) => a.cells.map((c) => `${c.territory}/${c.theme}`)));
  const out = [];
  for (let r = 0; r < Math.min(8, territories.length); r++)
    for (let c = 0; c < themes.length; c++)
      if (held.has(`${territories[r].id}/${themes[c].id}`)) out.push([r, c]);
  return out;
}

/** The cell of the `i`-th move in the scripts: rows 0–7 (in view without
 *  scrolling the canvas at 100 %) and every column. */
export function moveCell(i) {
  return [i % 8, (5 * i + 3) % 12];
}
