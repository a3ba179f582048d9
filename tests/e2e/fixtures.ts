import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, Page } from "@playwright/test";

/** The workbench as a user finds it: by roles and labels. */
export class Workbench {
  constructor(public readonly page: Page) {}

  async goto() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { level: 1, name: "I tuoi piani" })).toBeVisible();
  }

  async createPlan(title: string) {
    await this.page.getByLabel("Titolo del nuovo piano").fill(title);
    await this.page.getByRole("button", { name: "Crea piano" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Fondamenta" })).toBeVisible();
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  saveStatus() {
    return this.page.getByRole("status", { name: "Stato del salvataggio" });
  }

  async waitSaved() {
    await expect(this.saveStatus()).toHaveText("Salvato");
  }

  async allPlans() {
    await this.page.getByRole("button", { name: "Tutti i piani" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "I tuoi piani" })).toBeVisible();
  }

  planCard(title: string) {
    return this.page.getByRole("listitem").filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }

  /** Serious and critical axe-core violations (WCAG 2.0–2.2 A/AA). */
  async axeViolations() {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }
}

type Guards = { cspViolations: string[]; foreignRequests: string[]; pageErrors: string[] };

/** Every test gets a Workbench and fails on any CSP violation, request to
 *  another origin, or uncaught page error. */
export const test = base.extend<{ app: Workbench; guards: Guards }>({
  guards: [
    async ({ context, baseURL }, use) => {
      const guards: Guards = { cspViolations: [], foreignRequests: [], pageErrors: [] };
      const origin = new URL(baseURL!).origin;
      await context.exposeBinding("__reportCsp", (_src, text: string) => guards.cspViolations.push(text));
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          (window as any).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      context.on("request", (req) => {
        const url = req.url();
        if (url.startsWith("blob:") || url.startsWith("data:")) return;
        if (new URL(url).origin !== origin) guards.foreignRequests.push(url);
      });
      context.on("page", (p) => p.on("pageerror", (e) => guards.pageErrors.push(String(e))));
      await use(guards);
      expect(guards.cspViolations, "CSP violations").toEqual([]);
      expect(guards.foreignRequests, "requests to other origins").toEqual([]);
      expect(guards.pageErrors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new Workbench(page));
  },
});

export { expect };

/** Holds back every request matching `url` until `release()` is called;
 *  `asked()` tells whether the page asked for it yet. */
export async function holdRoute(page: Page, url: RegExp) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let asked = false;
  await page.route(url, async (route) => {
    asked = true;
    await released;
    await route.continue();
  });
  return { release, asked: () => asked };
}
