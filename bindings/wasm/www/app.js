// The job title checker: validates the field as the user types, with the
// package built into ../pkg (./build.sh). No framework, no bundler.

// Loaded below, inside a try, so that a page without the package says so.
let classify, parseTitle, suggest;

const form = document.getElementById("form");
const input = document.getElementById("title");
const result = document.getElementById("result");

/** An element with text, attributes and children; text is never parsed as HTML. */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A list of terms: [label, id, value] rows, "none" for an absent value. */
function details(rows) {
  return h("dl", {}, ...rows.flatMap(([label, id, value]) => [
    h("dt", {}, label),
    h("dd", { id }, value ?? "none"),
  ]));
}

/** What the check says about `text`, as plain data, so that an unchanged
 * answer is not rendered (and announced) again. */
function check(text) {
  if (text.trim() === "") return { empty: true };
  try {
    const title = parseTitle(text);
    return {
      valid: true,
      canonical: title.canonical,
      role: title.role.title,
      family: title.role.family.name,
      seniority: title.seniority,
      band: title.band,
    };
  } catch (error) {
    if (error?.name !== "TitleError") throw error;
    let found = null;
    try {
      found = classify(text);
    } catch (ignored) {
      // No role or family either: the error above says why.
    }
    return {
      valid: false,
      error: error.message,
      kind: error.kind,
      match: found?.match ?? null,
      role: found?.role?.title ?? null,
      family: found?.family?.name ?? null,
      candidates: found?.match === "ambiguous" ? found.candidates.map((f) => f.name) : [],
      suggestions: suggest(text).map((role) => role.title),
    };
  }
}

function render(answer) {
  input.setAttribute("aria-invalid", String(answer.valid === false));
  if (answer.empty) return [];
  if (answer.valid) {
    return [
      h("p", { class: "verdict valid", id: "verdict" }, "Valid: one of the taxonomy's roles."),
      details([
        ["Canonical title", "canonical", answer.canonical],
        ["Role", "role", answer.role],
        ["Family", "family", answer.family],
        ["Seniority", "seniority", answer.seniority],
        ["Band", "band", answer.band],
      ]),
    ];
  }
  const parts = [h("p", { class: "verdict invalid", id: "error" }, answer.error)];
  if (answer.match === "ambiguous") {
    parts.push(h("p", { id: "classified" }, "Read as free text, it could be a job of more than one family:"),
      details([["Families", "families", answer.candidates.join(" or ")]]));
  } else if (answer.family) {
    parts.push(
      h("p", { id: "classified" }, answer.role
        ? "Read as free text, it names this role:"
        : "Read as free text, it is a job of this family:"),
      details([
        ...(answer.role ? [["Role", "role", answer.role]] : []),
        ["Family", "family", answer.family],
      ]),
    );
  }
  if (answer.suggestions.length > 0) {
    const buttons = answer.suggestions.map((title) => {
      const button = h("button", { type: "button" }, title);
      button.addEventListener("click", () => {
        input.value = title;
        update();
        input.focus();
        input.setSelectionRange(title.length, title.length);
      });
      return h("li", {}, button);
    });
    parts.push(h("div", { class: "suggestions", id: "suggestions" },
      h("h2", {}, "Did you mean?"), h("ul", {}, ...buttons)));
  }
  return parts;
}

let shown = null;

function update() {
  const answer = check(input.value);
  const key = JSON.stringify(answer);
  if (key === shown) return;
  shown = key;
  result.replaceChildren(...render(answer));
}

form.addEventListener("submit", (event) => event.preventDefault());
input.addEventListener("input", update);

try {
  const wasm = await import("../pkg/digital_health_roles_wasm.js");
  await wasm.default();
  ({ classify, parseTitle, suggest } = wasm);
  input.disabled = false;
  result.replaceChildren();
  update();
  input.focus();
} catch (error) {
  result.replaceChildren(h("p", { class: "verdict invalid", id: "error" },
    `The checker could not start: ${error}`));
}
