// The package's API in Node, against the shared cases file that the Rust
// crate (tests/cases.rs) and the Python module read too. Loads the same
// `web` build the page loads, with initSync and the bytes of the .wasm, by
// the package's own name, so package.json's exports are tested too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import {
  initSync,
  parseTitle,
  classify,
  suggest,
  roles,
  families,
  about,
} from "digital-health-roles";

const pkg = new URL("../pkg/", import.meta.url);
const wasm = initSync({
  module: readFileSync(new URL(import.meta.resolve("digital-health-roles/wasm"))),
});

const cases = JSON.parse(
  readFileSync(new URL("../../../tests/data/cases.json", import.meta.url), "utf8"),
);

function list(name) {
  const items = cases[name];
  assert.ok(Array.isArray(items) && items.length >= 3, `cases.json has a ${name} list`);
  return items;
}

/** Runs `fn`, which must throw; returns what it threw. */
function thrown(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  assert.fail("expected a throw");
}

function assertTitleError(error, kind, label) {
  assert.ok(error instanceof Error, `${label}: an Error, got ${error}`);
  assert.equal(error.name, "TitleError", label);
  assert.equal(error.kind, kind, label);
  assert.equal(typeof error.message, "string", label);
  assert.ok(error.message.length > 0, label);
}

test("parseTitle answers every case of cases.json", () => {
  for (const c of list("parse_title")) {
    const label = JSON.stringify(c.input);
    if (c.error) {
      assertTitleError(thrown(() => parseTitle(c.input)), c.error, label);
      continue;
    }
    const t = parseTitle(c.input);
    assert.equal(t.role.id, c.role, label);
    assert.equal(t.role.title, c.title, label);
    assert.equal(t.role.family.id, c.family, label);
    assert.equal(t.seniority, c.seniority, label);
    assert.equal(t.band, c.band, label);
    // The canonical form reads back as the same title.
    assert.deepEqual(parseTitle(t.canonical), t, label);
  }
});

test("classify answers every case of cases.json", () => {
  for (const c of list("classify")) {
    const label = JSON.stringify(c.input);
    if (c.error) {
      assertTitleError(thrown(() => classify(c.input)), c.error, label);
      continue;
    }
    const found = classify(c.input);
    assert.equal(found.match, c.match, label);
    assert.equal(found.role?.id ?? null, c.role, label);
    assert.equal(found.family?.id ?? null, c.family, label);
    assert.equal(found.seniority, c.seniority, label);
    assert.equal(found.band, c.band, label);
    if (found.match === "ambiguous") {
      assert.deepEqual(found.candidates.map((f) => f.id), c.candidates, label);
    } else {
      // As tests/cases.rs: candidates are listed for ambiguous matches only.
      assert.deepEqual(c.candidates ?? [], [], label);
      assert.deepEqual(found.candidates, found.family ? [found.family] : [], label);
    }
    for (const e of found.evidence) {
      assert.equal(c.input.slice(e.start, e.end), e.text, `${label}: ${JSON.stringify(e)}`);
    }
  }
});

test("suggest answers every case of cases.json, best first", () => {
  for (const c of list("suggest")) {
    const found = suggest(c.input);
    assert.ok(Array.isArray(found) && found.length <= 3, c.input);
    assert.equal(found[0]?.id ?? null, c.first, c.input);
  }
  assert.deepEqual(suggest("Nurse Practitioner"), []);
  assert.deepEqual(suggest(""), []);
  assert.equal(suggest("Snr Data Anaylst, Band 6")[0].title, "Data Analyst");
});

test("roles() lists the 49 roles and families() the 16 families, consistently", () => {
  const all = roles();
  const fams = families();
  assert.equal(all.length, 49);
  assert.equal(fams.length, 16);
  assert.equal(new Set(all.map((r) => r.id)).size, 49);
  assert.equal(new Set(fams.map((f) => f.id)).size, 16);
  const byId = new Map(fams.map((f) => [f.id, f]));
  for (const role of all) {
    const family = byId.get(role.family.id);
    assert.ok(family, role.id);
    assert.equal(role.family.name, family.name, role.id);
    assert.ok(family.roles.includes(role.id), role.id);
    assert.ok(Array.isArray(role.aliases), role.id);
    // Every role's title validates as that role.
    assert.equal(parseTitle(role.title).role.id, role.id);
  }
  assert.deepEqual(fams.flatMap((f) => f.roles), all.map((r) => r.id));
  for (const family of fams) {
    assert.ok(family.summary.endsWith("."), family.id);
    assert.ok(Array.isArray(family.aliases), family.id);
  }
  // New objects each call: a caller may change what it got.
  all[0].title = "changed";
  assert.notEqual(roles()[0].title, "changed");
});

test("errors: kind, Display message, name, and TypeError for a non-string", () => {
  const empty = thrown(() => parseTitle(""));
  assertTitleError(empty, "empty", "empty");
  assert.equal(empty.message, "the title is empty");
  assert.equal(String(empty), "TitleError: the title is empty");

  const unknown = thrown(() => classify("Physiotherapist"));
  assertTitleError(unknown, "unknown", "classify of no family");
  assert.equal(unknown.message, "not a role or family of the SFIA digital health taxonomy");

  assertTitleError(thrown(() => parseTitle("Data Analyst, Band 10")), "invalid-band", "band 10");
  assertTitleError(thrown(() => classify("x".repeat(257))), "too-long", "too long");
  assert.equal(about().maxTitleBytes, 256);

  for (const bad of [null, undefined, 42, {}, ["Data Analyst"]]) {
    for (const fn of [parseTitle, classify, suggest]) {
      const error = thrown(() => fn(bad));
      assert.ok(error instanceof TypeError, `${fn.name}(${String(bad)})`);
      assert.equal(error.kind, undefined);
    }
  }
});

test("positions are string (UTF-16) indices, not byte offsets", () => {
  // A no-break space is two bytes in UTF-8 and an em dash three, but each is
  // one UTF-16 unit: the zero-width space stands at byte 9, string index 6.
  const input = "Data\u00A0\u2014\u200BAnalyst";
  const error = thrown(() => parseTitle(input));
  assertTitleError(error, "invalid-character", input);
  assert.equal(error.index, 6);
  assert.equal(error.character, "\u200B");
  assert.match(error.message, /U\+200B at byte 9/);

  const cyrillic = "Clinical Safety \u041efficer";
  const bad = thrown(() => classify(cyrillic));
  assertTitleError(bad, "unsupported-character", cyrillic);
  assert.equal(bad.character, "\u041e");
  assert.equal(cyrillic[bad.index], "\u041e");

  // A character outside the Basic Multilingual Plane is two UTF-16 units.
  const emoji = "Data Analyst \u{1F600}";
  const astral = thrown(() => parseTitle(emoji));
  assertTitleError(astral, "unsupported-character", emoji);
  assert.equal(astral.character, "\u{1F600}");
  assert.equal(astral.index, 13);

  // Evidence after multi-byte text: byte and string positions differ.
  const advert = "Senior\u00A0Data Analyst \u2014 Band 6, Performance Team";
  const found = classify(advert);
  assert.equal(found.role?.id, "data-analyst");
  const role = found.evidence.find((e) => e.part === "role");
  assert.equal(role.text, "Data Analyst");
  assert.equal(role.start, 7);
  assert.equal(Buffer.byteLength(advert.slice(0, role.start)), 8);
  const setAside = found.evidence.find((e) => e.part === "set-aside");
  assert.equal(setAside.text, "Performance Team");
  for (const e of found.evidence) {
    assert.equal(advert.slice(e.start, e.end), e.text, JSON.stringify(e));
  }
});

test("classify: evidence, term and the README's examples", () => {
  const input = "Senior Data Analyst, Band 6, Performance Team, County Hospital";
  const found = classify(input);
  assert.equal(found.match, "qualified");
  assert.deepEqual(
    found.evidence.map((e) => [e.part, e.text]),
    [
      ["seniority", "Senior"],
      ["role", "Data Analyst"],
      ["band", "Band 6"],
      ["set-aside", "Performance Team"],
      ["set-aside", "County Hospital"],
    ],
  );
  const programme = classify("Digital Programme Manager");
  assert.equal(programme.match, "family");
  assert.equal(programme.role, null);
  assert.equal(programme.family.id, "product-and-delivery");
  assert.equal(programme.term, "digital programme manager");
  assert.equal("termSource" in programme, false);
  assert.equal(classify("Data Analyst").term, null);
  const ambiguous = classify("Information Governance and Cyber Security Lead");
  assert.equal(ambiguous.match, "ambiguous");
  assert.equal(ambiguous.family, null);
  assert.deepEqual(
    ambiguous.candidates.map((f) => f.id),
    ["information-governance", "cyber-security"],
  );
  assert.equal(classify("Test Analyst (Band 5/6)").band, "Band 5-6");
});

test("about() names the taxonomy", () => {
  const info = about();
  assert.ok(info.source.startsWith("SFIA 9"));
  assert.equal(info.sfiaVersion, 9);
  assert.ok(Number.isInteger(info.taxonomyVersion) && info.taxonomyVersion >= 1);
});

test("the .d.ts unions match what the package answers", () => {
  const dts = readFileSync(new URL("digital_health_roles_wasm.d.ts", pkg), "utf8");
  const union = (name) => {
    const match = dts.match(new RegExp(`export type ${name} =([^;]*);`));
    assert.ok(match, `the .d.ts declares ${name}`);
    return [...match[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  };
  assert.deepEqual(union("RoleId"), roles().map((r) => r.id));
  assert.deepEqual(union("FamilyId"), families().map((f) => f.id));
  const kinds = union("ErrorKind");
  for (const c of [...list("parse_title"), ...list("classify")]) {
    if (c.error) assert.ok(kinds.includes(c.error), c.error);
  }
  assert.ok(union("MatchKind").includes("ambiguous"));
  assert.ok(union("Part").includes("set-aside"));
  for (const fn of ["parseTitle", "classify", "suggest", "roles", "families", "about"]) {
    assert.match(dts, new RegExp(`export function ${fn}\\(`), fn);
  }
  assert.match(dts, /export function parseTitle\(title: string\): JobTitle;/);
  assert.match(dts, /export function suggest\(title: string\): Role\[\];/);
});

test("memory stays the same size over many calls: the allocator reuses what each call frees", () => {
  const titles = [
    "Senior Data Analyst, Band 6, Performance Team",
    "Digital Programme Manager",
    "Physiotherapist",
    "Clinical Safety Oficer",
    "Network Engineer (Information Security)",
    "x".repeat(300),
  ];
  const run = (calls) => {
    for (let i = 0; i < calls; i++) {
      const title = titles[i % titles.length];
      for (const call of [classify, parseTitle, suggest]) {
        try {
          call(title);
        } catch (error) {
          assert.equal(error.name, "TitleError");
        }
      }
    }
  };
  run(2000);
  const settled = wasm.memory.buffer.byteLength;
  run(20000);
  assert.equal(wasm.memory.buffer.byteLength, settled);
});
