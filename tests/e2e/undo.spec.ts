import { test, expect } from "./fixtures";

test("undo and redo by the toolbar buttons", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano");
  const undo = page.getByRole("button", { name: "Annulla", exact: true });
  const redo = page.getByRole("button", { name: "Ripeti" });
  await expect(undo).toBeDisabled();
  await app.field("Comune promotore").fill("Comune di Esempio");
  await page.getByLabel(/intende formalizzare/).check();

  await undo.click();
  await expect(page.getByLabel(/intende formalizzare/)).not.toBeChecked();
  await undo.click();
  await expect(app.field("Comune promotore")).toHaveValue("");
  await expect(undo).toBeDisabled();

  await redo.click();
  await expect(app.field("Comune promotore")).toHaveValue("Comune di Esempio");
  await redo.click();
  await expect(page.getByLabel(/intende formalizzare/)).toBeChecked();
  await expect(redo).toBeDisabled();
});

test("undo and redo by keyboard outside text fields, and the undone state is saved", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano");
  await page.getByRole("button", { name: "Aggiungi membro" }).click();
  await page.getByRole("textbox", { name: "Nome dell'ente" }).fill("ASL Est");
  await page.getByRole("heading", { level: 1 }).click(); // leave the field
  await expect(page.getByRole("textbox", { name: "Nome dell'ente" })).toHaveValue("ASL Est");

  await page.keyboard.press("Control+z");
  await expect(page.getByRole("textbox", { name: "Nome dell'ente" })).toHaveValue("");
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("textbox", { name: "Nome dell'ente" })).toHaveCount(0);
  await page.keyboard.press("Control+Shift+z");
  await expect(page.getByRole("textbox", { name: "Nome dell'ente" })).toHaveCount(1);
  await page.keyboard.press("Control+y");
  await expect(page.getByRole("textbox", { name: "Nome dell'ente" })).toHaveValue("ASL Est");

  await page.keyboard.press("Control+z");
  await app.waitSaved();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Nome dell'ente" })).toHaveValue("");
});

test("Ctrl+Z inside a text field is left to the browser", async ({ app, page }) => {
  await app.goto();
  await app.createPlan("Piano");
  await page.getByLabel(/intende formalizzare/).check();
  const comune = app.field("Comune promotore");
  await comune.click();
  await page.keyboard.press("Control+z");
  // The checkbox edit was not undone by the app.
  await expect(page.getByLabel(/intende formalizzare/)).toBeChecked();
});
