import { test, expect } from "./fixtures";

test("the summary for the email body lands on the clipboard with the file to attach", async ({ app, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await app.goto();
  await app.createPlan("Alleanza Nord");
  await app.field("Comune promotore").fill("Comune di Esempio");
  await app.field("Obiettivo condiviso").fill("Presa in carico\nintegrata");
  await page.getByRole("button", { name: "Aggiungi membro" }).click();
  await page.getByRole("textbox", { name: "Nome dell'ente" }).fill("Evil\u202Etxt.exe <script>alert(1)</script>");
  await page.getByRole("combobox", { name: "Tipo di ente" }).selectOption({ label: "ASL / azienda sanitaria" });
  await page.getByRole("button", { name: "Copia riepilogo per email" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Riepilogo copiato negli appunti" })).toHaveText(
    /allega il file «alleanza-nord-\d{4}-\d{2}-\d{2}\.alleanza\.json»/,
  );
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain("Piano: Alleanza Nord\n");
  expect(text).toContain("Comune promotore: Comune di Esempio\n");
  // A line break typed in a field cannot start a new line of the summary.
  expect(text).toContain("Obiettivo condiviso: Presa in carico integrata\n");
  // Hostile text stays text: no bidi override, markup kept as inert characters.
  expect(text).toContain("- Eviltxt.exe <script>alert(1)</script> (ASL / azienda sanitaria)\n");
  expect(text).not.toContain("\u202E");
  expect(text).toMatch(/File allegato \(si apre con Alleanze\): alleanza-nord-\d{4}-\d{2}-\d{2}\.alleanza\.json\n$/);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});
