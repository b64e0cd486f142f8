//! WebAssembly bindings for `digital-health-roles`: the same answers as the
//! Rust crate, as plain JavaScript objects.
//!
//! Every export takes and returns plain values: strings, arrays and plain
//! objects (`{ id, title, family: { id, name }, ... }`), built afresh on each
//! call, so callers may keep or change them. The TypeScript shapes are
//! written below (`TYPES`) and in `$OUT_DIR/names.d.ts` (the unions of ids
//! and names, written by `build.rs` from the library itself).
//!
//! Errors are thrown as JavaScript `Error`s named `"TitleError"` whose `kind`
//! is [`TitleError::kind`] and whose `message` is the error's `Display` text.
//! Positions handed to JavaScript (evidence ranges, the `index` of a bad
//! character) are string indices in UTF-16 code units, as `String.prototype.slice`
//! takes them, not the byte offsets the Rust API reports.

use digital_health_roles::{
    BandRange, Classification, Family, JobTitle, MAX_TITLE_LEN, Role, SFIA_VERSION, SOURCE,
    Seniority, TAXONOMY_VERSION, TitleError,
};
use js_sys::{Array, Error, Object, Reflect, TypeError};
use wasm_bindgen::prelude::*;

/// The allocator: a free list of a few hundred bytes of code, in place of
/// the standard library's dlmalloc (about 7 KB of the package). The package
/// allocates only the strings and arrays it hands to JavaScript, which
/// JavaScript frees as soon as it has copied them, so a free list never
/// grows long.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: wasm32-unknown-unknown without the atomics feature, which this
// package is built for, runs one thread, the only case in which
// `AssumeSingleThreaded` is sound.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// The object shapes of the package's `.d.ts`. The unions of names
/// (`RoleId`, `FamilyId`, `Seniority`, `MatchKind`, `Part`) come first,
/// generated from the library by `build.rs`.
#[wasm_bindgen(typescript_custom_section)]
const NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/names.d.ts"));

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** `TitleError.kind`: why a title was refused. The same names as the Rust crate's `TitleError::kind()`. */
export type ErrorKind =
  | "empty"
  | "too-long"
  | "invalid-character"
  | "unsupported-character"
  | "invalid-band"
  | "missing-role"
  | "duplicate-seniority"
  | "not-a-band"
  | "not-a-level"
  | "unknown";

/**
 * What `parseTitle` and `classify` throw for a title they refuse: an `Error`
 * named `"TitleError"` whose `message` is written for the person who typed
 * the title. Branch on `kind`, never on the message.
 */
export interface TitleError extends Error {
  name: "TitleError";
  kind: ErrorKind;
  /** For `"invalid-character"` and `"unsupported-character"`: the character. */
  character?: string;
  /**
   * For `"invalid-character"` and `"unsupported-character"`: where the
   * character stands in the input, as a string (UTF-16) index. The message
   * gives the UTF-8 byte offset instead, as the Rust crate does.
   */
  index?: number;
}

/** A role family: its stable id and its name as SFIA writes it. */
export interface Family {
  id: FamilyId;
  name: string;
}

/** A family as `families()` lists it. */
export interface FamilyInfo extends Family {
  /** One or two sentences on what the family's roles do. */
  summary: string;
  /** Other names the library accepts for the family. */
  aliases: string[];
  /** The family's roles, in the order SFIA lists them. */
  roles: RoleId[];
}

/** One of the taxonomy's 49 roles. */
export interface Role {
  id: RoleId;
  /** The role's title as SFIA writes it: "Clinical Safety Officer". */
  title: string;
  family: Family;
  /** Other titles accepted for this role (short forms and variants). */
  aliases: string[];
}

/** A job title as `parseTitle` reads it. */
export interface JobTitle {
  /** The one canonical form: "Senior Clinical Safety Officer (Band 7)". It parses back to the same title. */
  canonical: string;
  role: Role;
  seniority: Seniority | null;
  /** The NHS Agenda for Change band or range of bands, canonical: "Band 7", "Band 8a-8b". */
  band: string | null;
}

/** A piece of the input and what it was to a classification. */
export interface Evidence {
  part: Part;
  /** Start of the piece in the input, as a string (UTF-16) index. */
  start: number;
  /** End of the piece (exclusive), as a string (UTF-16) index: `input.slice(start, end) === text`. */
  end: number;
  text: string;
}

/** What `classify` found. */
export interface Classification {
  match: MatchKind;
  /** The role, for "exact" and "qualified" matches; otherwise null. */
  role: Role | null;
  /** The family, for "exact", "qualified" and "family" matches; null when "ambiguous". */
  family: Family | null;
  /** The families that compete in an "ambiguous" match, in taxonomy order; for any other match, the one family. */
  candidates: Family[];
  seniority: Seniority | null;
  /** The pay band or range, canonical: "Band 6", "Band 5-6". */
  band: string | null;
  /** The vocabulary phrase that decided a family match, in normalised words: "digital programme manager". (Where each term is documented is left out of this package to keep it small; the Rust crate's `term_source` has it.) */
  term: string | null;
  /** The pieces that decided, and those set aside, in input order (at most sixteen). */
  evidence: Evidence[];
}

/** Which taxonomy this build answers with. */
export interface About {
  /** "SFIA 9, Broad families of roles in digital health". */
  source: string;
  sfiaVersion: number;
  /** Bumped whenever a title's answer changes: two builds with the same number answer alike. */
  taxonomyVersion: number;
  /** The longest title looked at, in UTF-8 bytes; longer ones are refused with kind "too-long". */
  maxTitleBytes: number;
}
"#;

/// Sets `object[key] = value`. Setting a property of a plain object made
/// here cannot fail, so the `Result` carries nothing.
fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

fn text_or_null(text: Option<&str>) -> JsValue {
    text.map_or(JsValue::NULL, JsValue::from_str)
}

fn strings(items: &[&str]) -> JsValue {
    items
        .iter()
        .map(|item| JsValue::from_str(item))
        .collect::<Array>()
        .into()
}

fn family_ref(family: Family) -> JsValue {
    let object = Object::new();
    set(&object, "id", &family.id().into());
    set(&object, "name", &family.name().into());
    object.into()
}

fn role_object(role: Role) -> JsValue {
    let object = Object::new();
    set(&object, "id", &role.id().into());
    set(&object, "title", &role.title().into());
    set(&object, "family", &family_ref(role.family()));
    set(&object, "aliases", &strings(role.aliases()));
    object.into()
}

fn seniority_or_null(seniority: Option<Seniority>) -> JsValue {
    text_or_null(seniority.map(Seniority::name))
}

fn band_or_null(bands: Option<BandRange>) -> JsValue {
    bands.map_or(JsValue::NULL, |bands| bands.to_string().into())
}

/// The string (UTF-16) index of byte `offset` of `input`.
fn utf16_index(input: &str, offset: usize) -> u32 {
    let before = input.get(..offset).unwrap_or(input);
    u32::try_from(before.encode_utf16().count()).unwrap_or(u32::MAX)
}

/// The `TitleError` JavaScript sees: see the `TitleError` interface above.
fn title_error(input: &str, error: TitleError) -> JsValue {
    let thrown = Error::new(&error.to_string());
    thrown.set_name("TitleError");
    set(&thrown, "kind", &error.kind().into());
    if let TitleError::InvalidCharacter { character, offset }
    | TitleError::UnsupportedCharacter { character, offset } = error
    {
        let mut buffer = [0; 4];
        set(
            &thrown,
            "character",
            &JsValue::from_str(character.encode_utf8(&mut buffer)),
        );
        set(
            &thrown,
            "index",
            &utf16_index(input, usize::from(offset)).into(),
        );
    }
    thrown.into()
}

/// The argument as a string, or the `TypeError` to throw: a title must be a
/// string, and `null` or a number is a bug of the caller's, not a bad title.
fn text_argument(title: &JsValue) -> Result<String, JsValue> {
    title
        .as_string()
        .ok_or_else(|| TypeError::new("the title must be a string (digital-health-roles)").into())
}

/// Parses a job title as people write it: at most one seniority word, a
/// role, and an NHS Agenda for Change pay band or range of bands. Case,
/// spacing, punctuation, aliases and US spellings do not matter.
///
/// ```js
/// const title = parseTitle("Snr Clinical Safety Officer (Band 7)");
/// title.canonical;   // "Senior Clinical Safety Officer (Band 7)"
/// title.role.id;     // "clinical-safety-officer"
/// title.role.family; // { id: "clinical-safety", name: "Clinical safety" }
/// title.seniority;   // "Senior"
/// title.band;        // "Band 7"
/// ```
///
/// @param title - the text to read
/// @returns the title's role, seniority and band
/// @throws {TitleError} for a title that is not a role as written: kind
/// `"empty"`, `"too-long"`, `"invalid-character"`, `"unsupported-character"`,
/// `"invalid-band"`, `"missing-role"`, `"duplicate-seniority"` or `"unknown"`.
/// `classify` may still find the role or family of free text refused here.
/// @throws {TypeError} when `title` is not a string.
#[wasm_bindgen(js_name = parseTitle, unchecked_return_type = "JobTitle")]
pub fn parse_title(
    #[wasm_bindgen(unchecked_param_type = "string")] title: JsValue,
) -> Result<JsValue, JsValue> {
    let input = text_argument(&title)?;
    let parsed: JobTitle =
        digital_health_roles::parse_title(&input).map_err(|error| title_error(&input, error))?;
    let object = Object::new();
    set(&object, "canonical", &parsed.to_string().into());
    set(&object, "role", &role_object(parsed.role()));
    set(&object, "seniority", &seniority_or_null(parsed.seniority()));
    set(&object, "band", &band_or_null(parsed.bands()));
    Ok(object.into())
}

/// Classifies free text, such as a job advert's title: a role of the
/// taxonomy (`"exact"`, or `"qualified"` by a specialty or context), else a
/// family (`"family"`), else the families that compete (`"ambiguous"`). It
/// never guesses.
///
/// `evidence` lists which pieces of the input decided and which were set
/// aside; its `start` and `end` are string (UTF-16) indices into `title`, so
/// `title.slice(e.start, e.end) === e.text`.
///
/// ```js
/// const found = classify("Senior Data Analyst, Band 6, Performance Team");
/// found.match;      // "qualified"
/// found.role.id;    // "data-analyst"
/// found.evidence;   // [{ part: "seniority", start: 0, end: 6, text: "Senior" }, ...]
/// classify("Network Engineer").family.id; // "it-operations" (match "family", role null)
/// ```
///
/// @param title - the text to classify
/// @returns the match, its role or family or candidates, and the evidence
/// @throws {TitleError} kind `"unknown"` for a title that names no digital,
/// data or technology job at all ("Physiotherapist", "Fire Safety Officer"),
/// as the Rust API does: a title with no family is an error, not an empty
/// answer. Bad input gets `parseTitle`'s kinds (`"empty"`, `"too-long"`, ...).
/// @throws {TypeError} when `title` is not a string.
#[wasm_bindgen(unchecked_return_type = "Classification")]
pub fn classify(
    #[wasm_bindgen(unchecked_param_type = "string")] title: JsValue,
) -> Result<JsValue, JsValue> {
    let input = text_argument(&title)?;
    let found: Classification =
        digital_health_roles::classify(&input).map_err(|error| title_error(&input, error))?;
    let object = Object::new();
    set(&object, "match", &found.kind().name().into());
    set(
        &object,
        "role",
        &found.role().map_or(JsValue::NULL, role_object),
    );
    set(
        &object,
        "family",
        &found.family().map_or(JsValue::NULL, family_ref),
    );
    set(
        &object,
        "candidates",
        &found.candidates().map(family_ref).collect::<Array>(),
    );
    set(&object, "seniority", &seniority_or_null(found.seniority()));
    set(&object, "band", &band_or_null(found.bands()));
    // Spelled from the word tables rather than read from `term`, which
    // would keep every term's text (about 20 KB) in the package.
    let term = found
        .term_text()
        .map_or(JsValue::NULL, |term| JsValue::from_str(&term.to_string()));
    set(&object, "term", &term);
    let evidence: Array = found
        .evidence()
        .iter()
        .map(|piece| {
            let range = piece.range();
            let item = Object::new();
            set(&item, "part", &piece.part().name().into());
            set(&item, "start", &utf16_index(&input, range.start).into());
            set(&item, "end", &utf16_index(&input, range.end).into());
            set(&item, "text", &input.get(range).unwrap_or_default().into());
            JsValue::from(item)
        })
        .collect();
    set(&object, "evidence", &evidence);
    Ok(object.into())
}

/// Did you mean? Up to three roles close to a title that did not validate,
/// best first: typos, swapped letters and plurals, also inside a title with a
/// seniority word or band. Titles outside the taxonomy get none, because a
/// wrong suggestion is worse than none. It never throws for a bad title; it
/// answers `[]`.
///
/// ```js
/// suggest("Clinical Safety Oficer")[0].title; // "Clinical Safety Officer"
/// suggest("Nurse Practitioner");              // []
/// ```
///
/// @param title - the text that did not validate
/// @returns at most three roles, best first
/// @throws {TypeError} when `title` is not a string.
#[wasm_bindgen(unchecked_return_type = "Role[]")]
pub fn suggest(
    #[wasm_bindgen(unchecked_param_type = "string")] title: JsValue,
) -> Result<Array, JsValue> {
    let input = text_argument(&title)?;
    Ok(digital_health_roles::suggest(&input)
        .map(role_object)
        .collect())
}

/// Every role of the taxonomy (49), family by family in SFIA's order.
///
/// @returns a new array of new objects on each call
#[wasm_bindgen(unchecked_return_type = "Role[]")]
pub fn roles() -> Array {
    Role::ALL.iter().copied().map(role_object).collect()
}

/// Every role family of the taxonomy (16), in SFIA's order, each with its
/// summary, aliases and role ids.
///
/// @returns a new array of new objects on each call
#[wasm_bindgen(unchecked_return_type = "FamilyInfo[]")]
pub fn families() -> Array {
    Family::ALL
        .iter()
        .map(|&family| {
            let object = Object::new();
            set(&object, "id", &family.id().into());
            set(&object, "name", &family.name().into());
            set(&object, "summary", &family.summary().into());
            set(&object, "aliases", &strings(family.aliases()));
            let roles: Array = family
                .roles()
                .iter()
                .map(|role| JsValue::from_str(role.id()))
                .collect();
            set(&object, "roles", &roles);
            JsValue::from(object)
        })
        .collect()
}

/// Which taxonomy this build answers with: the source, the SFIA edition, the
/// data version (bumped whenever any title's answer changes) and the longest
/// title looked at, in UTF-8 bytes.
#[wasm_bindgen(unchecked_return_type = "About")]
pub fn about() -> JsValue {
    let object = Object::new();
    set(&object, "source", &SOURCE.into());
    set(&object, "sfiaVersion", &SFIA_VERSION.into());
    set(&object, "taxonomyVersion", &TAXONOMY_VERSION.into());
    set(
        &object,
        "maxTitleBytes",
        &u32::try_from(MAX_TITLE_LEN).unwrap_or(u32::MAX).into(),
    );
    object.into()
}
