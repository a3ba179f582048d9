import { test, expect } from "./fixtures";
import { isoDay } from "./coprogettazione-seed";
import { openSeeded as open, seedPlan, uid } from "./matrice-seed";


/** A plan whose alliance already has a late indicator (written in the stored
 *  format, as an exported file would carry it). */
function seeded() {
  const plan: any = seedPlan({
    partners: ["Comune di Prova", "Coop Aurora"],
    alliances: [{ name: "Salute", partners: ["Coop Aurora"], cells: [["Nord", "Servizi socio-sanitari"]] }],
    interventions: [{ title: "Sportello FAMI", territory: "Nord", theme: "Servizi socio-sanitari" }],
  });
  plan.codesign = {
    indicators: [
      {
        id: uid(),
        alliance: plan.alliances[0].id,
        name: "Corsi avviati",
        baseline: 0,
        baseline_date: isoDay(-300),
        target: 1000,
        target_date: isoDay(-10),
        measurements: [{ date: isoDay(-20), value: 200 }],
      },
    ],
  };
  return plan;
}


test("the matrix panel shows the alliance's indicator status, and the matrix summarises every alliance's", async ({ page }) => {
  await open(page, seeded(), "matrice");
  await page.getByRole("complementary", { name: "Alleanze" }).getByRole("button", { name: /Salute/ }).click();
  await expect(page.getByText("Monitoraggio:")).toHaveText("Monitoraggio: In ritardo (1 indicatore)");
  // Summarised on the matrix: every alliance, worst first.
  await expect(page.getByRole("list", { name: "Monitoraggio delle alleanze" }).getByRole("listitem")).toHaveText([
    "Salute: In ritardo (1 indicatore)",
  ]);
});

test("cabina di regia and a tavolo, and a complementary intervention whose update is due", async ({ app, page }) => {
  await open(page, seeded(), "coprogettazione");
  await page.getByRole("button", { name: "Tavoli e governance", exact: true }).click();
  const cabina = page.getByRole("group", { name: "Cabina di regia" });
  await cabina.getByRole("group", { name: "Membri della cabina di regia" }).getByLabel("Comune di Prova").check();
  await cabina.getByLabel("Presidenza").selectOption({ label: "Comune di Prova" });
  await cabina.getByLabel("Frequenza delle riunioni").fill("ogni due mesi");
  await cabina.getByLabel("Frequenza delle riunioni").press("Tab");

  const form = page.getByRole("form", { name: "Nuovo tavolo" });
  await form.getByRole("button", { name: "Aggiungi il tavolo" }).click();
  await expect(form.getByRole("alert")).toHaveText("Manca il testo principale (che cosa, o il nome).");
  await form.getByLabel("Nome del tavolo").fill("Tavolo lavoro");
  await form.getByLabel("Tavolo territoriale (altrimenti tematico)").check();
  await form.getByRole("group", { name: "Membri del tavolo" }).getByLabel("Coop Aurora").check();
  await form.getByRole("group", { name: "Alleanze seguite" }).getByLabel("Salute").check();
  await form.getByRole("group", { name: "Righe della matrice (territori) seguite" }).getByLabel("Nord").check();
  await form.getByRole("button", { name: "Aggiungi il tavolo" }).click();
  const tavolo = page.getByRole("article", { name: "Tavolo lavoro" });
  await expect(tavolo).toContainText("Tavolo territoriale");
  await expect(tavolo).toContainText("Coop Aurora");
  await expect(tavolo).toContainText("Nord");
  expect(await app.axeViolations()).toEqual([]);

  await page.getByRole("button", { name: "Complementarità", exact: true }).click();
  await page.getByLabel("Alleanza", { exact: true }).selectOption({ label: "Salute" });
  await page.getByLabel("Intervento", { exact: true }).selectOption({ label: "Sportello FAMI" });
  await page.getByLabel("Ultimo aggiornamento scambiato").fill(isoDay(-400));
  await page.getByRole("button", { name: "Collega" }).click();
  const row = page.getByRole("row", { name: /Sportello FAMI/ });
  await expect(row).toContainText("Aggiornamento da chiedere");
  await row.getByRole("button", { name: "Segna aggiornato oggi «Sportello FAMI»" }).click();
  await expect(row).not.toContainText("Aggiornamento da chiedere");
  expect(await app.axeViolations()).toEqual([]);
  await page.getByRole("button", { name: "Annulla", exact: true }).click();
  await expect(row).toContainText("Aggiornamento da chiedere");

  await app.waitSaved();
  await page.reload();
  await page.getByRole("button", { name: "Tavoli e governance", exact: true }).click();
  await expect(page.getByRole("group", { name: "Cabina di regia" }).getByLabel("Frequenza delle riunioni")).toHaveValue("ogni due mesi");
  await expect(page.getByRole("group", { name: "Membri della cabina di regia" }).getByLabel("Comune di Prova")).toBeChecked();
  await expect(page.getByRole("article", { name: "Tavolo lavoro" })).toBeVisible();
  // The decision log offers the tavolo as the body that decides.
  await page.getByRole("button", { name: "Decisioni", exact: true }).click();
  await expect(page.getByLabel("Presa da").getByRole("option")).toHaveText([
    "Nessuno",
    "Cabina di regia",
    "Tavolo lavoro",
  ]);
});
