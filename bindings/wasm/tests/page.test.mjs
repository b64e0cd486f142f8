// The page in headless Chromium: typed titles, the shown answers, an error
// with did-you-mean buttons, a click and the keyboard. playwright-core drives
// the system's Chromium (CHROMIUM, default /usr/bin/chromium); it downloads
// no browser of its own.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

import { serve } from "./server.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const UNKNOWN = "not a role or family of the SFIA digital health taxonomy";

let server;
let profile;
let context;
let page;
const problems = [];

before(async () => {
  assert.ok(existsSync(executablePath), `no Chromium at ${executablePath}: run ci.sh, or set CHROMIUM`);
  assert.ok(existsSync(join(root, "pkg", "digital_health_roles_wasm_bg.wasm")), "no pkg/: run ./build.sh");
  server = await serve(root);
  profile = await mkdtemp(join(tmpdir(), "dhr-chromium-"));
  // A persistent context is how Playwright takes a fresh --user-data-dir.
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    timeout: 60_000,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  await page.goto(`${server.url}/www/`);
  // The field is enabled once the WebAssembly module is running.
  await page.waitForSelector("#title:not([disabled])");
});

after(async () => {
  await context?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

const field = () => page.getByLabel("Job title", { exact: true });

/** Clears the field and types `text` key by key, as a person would. */
async function type(text) {
  await field().fill("");
  await field().pressSequentially(text);
}

async function text(selector) {
  return (await page.locator(selector).textContent()).trim();
}

test("the page is labelled and announces its results", async () => {
  assert.equal(await page.title(), "Job title checker: digital health roles");
  assert.equal(await field().getAttribute("id"), "title");
  assert.equal(await page.getAttribute("#result", "aria-live"), "polite");
  // The field was focused when the checker started.
  assert.equal(await page.evaluate(() => document.activeElement?.id), "title");
});

test("a valid title shows its canonical title, family, seniority and band", async () => {
  await type("snr clinical safety officer (band 7)");
  assert.equal(await text("#canonical"), "Senior Clinical Safety Officer (Band 7)");
  assert.equal(await text("#role"), "Clinical Safety Officer");
  assert.equal(await text("#family"), "Clinical safety");
  assert.equal(await text("#seniority"), "Senior");
  assert.equal(await text("#band"), "Band 7");
  assert.equal(await field().getAttribute("aria-invalid"), "false");
  assert.equal(await page.locator("#error").count(), 0);

  await type("Data Analyst, Band 8a-b");
  assert.equal(await text("#canonical"), "Data Analyst (Band 8a-8b)");
  assert.equal(await text("#seniority"), "none");
  assert.equal(await text("#band"), "Band 8a-8b");
});

test("an invalid title shows the error and did-you-mean buttons that fill the field", async () => {
  await type("Clinical Safety Oficer");
  assert.equal(await text("#error"), UNKNOWN);
  assert.equal(await field().getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#canonical").count(), 0);
  const button = page.getByRole("button", { name: "Clinical Safety Officer" });
  assert.equal(await button.count(), 1);

  await button.click();
  assert.equal(await field().inputValue(), "Clinical Safety Officer");
  assert.equal(await text("#canonical"), "Clinical Safety Officer");
  assert.equal(await text("#family"), "Clinical safety");
  assert.equal(await field().getAttribute("aria-invalid"), "false");
  assert.equal(await page.locator("#suggestions").count(), 0);
  // Focus goes back to the field, so typing can go on.
  assert.equal(await page.evaluate(() => document.activeElement?.id), "title");

  await type("Data Analyst, Band 10");
  assert.match(await text("#error"), /^not an NHS Agenda for Change pay band/);
});

test("the suggestions work from the keyboard", async () => {
  await type("Data Analist");
  assert.equal(await text("#error"), UNKNOWN);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Data Analyst");
  await page.keyboard.press("Enter");
  assert.equal(await field().inputValue(), "Data Analyst");
  assert.equal(await text("#canonical"), "Data Analyst");
  assert.equal(await text("#family"), "Data and analytics");
});

test("a title of a family but no role shows the family", async () => {
  await type("Network Engineer");
  assert.equal(await text("#error"), UNKNOWN);
  assert.equal(await text("#family"), "IT operations");
  assert.equal(await page.locator("#role").count(), 0);
  assert.match(await text("#classified"), /job of this family/);

  await type("Paediatric Clinical Safety Officer");
  assert.equal(await text("#role"), "Clinical Safety Officer");
  assert.equal(await text("#family"), "Clinical safety");

  await type("PACS Manager");
  assert.match(await text("#families"), / or /);

  await type("Physiotherapist");
  assert.equal(await text("#error"), UNKNOWN);
  assert.equal(await page.locator("#family").count(), 0);

  await type("   ");
  assert.equal(await page.locator("#result *").count(), 0);
});

test("the page logged no errors", async () => {
  await mkdir(join(root, "test-results"), { recursive: true });
  await type("Snr Data Anaylst, Band 6");
  await page.screenshot({ path: join(root, "test-results", "page.png"), fullPage: true });
  assert.deepEqual(problems, []);
});
