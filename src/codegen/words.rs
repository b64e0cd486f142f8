//! Writes `src/word_table.rs` from the taxonomy table and the vocabulary:
//! the word and phrase tables that `parse_title`'s grammar and `classify`
//! read. Each row shows the text it stands for, so a change to the
//! vocabulary shows up in a diff as the rows that changed.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::string::{String, ToString};
use std::vec::Vec;
use std::{format, vec};

use crate::band::BAND_CODES;
use crate::index::EMPTY;
use crate::index::build::build_dense;
use crate::level::LEVEL_WORDS;
use crate::normalize::{Mode, RESPELLINGS, normalize};
use crate::vocabulary::{
    ALONE_TRADES, BAND_WORDS, CARE_MARKERS, CARE_WORDS, CHANGES_JOB, CONTEXT_WORDS,
    DIGITAL_SUBJECTS, DUTY_TERMS, FUNCTION_WORDS, GOODS_TRADES, GRADE_WORDS, INFORMATION_HEADS,
    INSIDE_ROLE_WORDS, JOB_WORDS, LEADER_WORDS, LINKED_PAIRS, MARKERS, NETWORK_TRADES,
    NETWORK_WORDS, NOT_THE_JOB_WORDS, OPERATIONS_TRADES, ORG_WORDS, OTHER_JOBS, OTHER_TRADE_JOBS,
    OTHER_TRADES, PLACE_WORDS, PORTFOLIO_SUBJECTS, POST_PAIRS, POST_WORDS, QUALITY_TRADES, ROWS,
    SAFETY_TRADES, SERIES_TITLES, Strength, TECH_WORDS, TERM_SOURCES, TERMS, UNIT_WORDS,
    UTILITY_NETWORKS, WHOLE_FUNCTION_HEADS,
};
use crate::words::{
    BAND_START, CARE, CHANGES_JOB as CHANGES, CODE, CONTEXT, DIGITAL_CARE, GLUED_BAND, GRADE,
    GRADE_IS_BAND, JOB, LEADER, LETTER, MARKER, NO_TERM, NO_WORD, NOT_THE_JOB as NOT_THE, ORG,
    OTHER_TRADE, Phrase, STARTS_PHRASE, WordRef, phrase_chunks, word_chunks,
};
use crate::{Band, Role, Seniority};

/// The words the grammar names in code, and the constant each gets.
const NAMED: &[(&str, &str)] = &[
    ("and", "AND"),
    ("or", "OR"),
    ("of", "OF"),
    ("band", "BAND"),
    ("afc", "AFC"),
    ("agenda", "AGENDA"),
    ("for", "FOR"),
    ("change", "CHANGE"),
    ("nhs", "NHS"),
    ("to", "TO"),
    ("chief", "CHIEF"),
    ("officer", "OFFICER"),
    ("it", "IT"),
    ("technology", "TECHNOLOGY"),
    ("nurse", "NURSE"),
    ("midwife", "MIDWIFE"),
    ("pharmacist", "PHARMACIST"),
    ("doctor", "DOCTOR"),
    ("physician", "PHYSICIAN"),
    ("clinician", "CLINICIAN"),
    ("manager", "MANAGER"),
    ("specialist", "SPECIALIST"),
    ("adviser", "ADVISER"),
    ("advisor", "ADVISOR"),
    ("fellow", "FELLOW"),
    ("champion", "CHAMPION"),
    ("lead", "LEAD"),
    ("engineer", "ENGINEER"),
    ("technician", "TECHNICIAN"),
    ("developer", "DEVELOPER"),
    ("programmer", "PROGRAMMER"),
    ("architect", "ARCHITECT"),
    ("analyst", "ANALYST"),
    ("scientist", "SCIENTIST"),
    ("delivery", "DELIVERY"),
    ("agile", "AGILE"),
    ("health", "HEALTH"),
    ("development", "DEVELOPMENT"),
    ("head", "HEAD"),
    ("director", "DIRECTOR"),
    ("medical", "MEDICAL"),
    ("security", "SECURITY"),
    ("deputy", "DEPUTY"),
    ("assistant", "ASSISTANT"),
];

/// The rules that read two words as one, `(word before, link, word, what
/// the two become)`, the link empty where the words stand together:
/// respellings with a word before ("information technology" is "it"), the
/// pairs that read as a word of the post ("maternity cover" is "cover") and
/// linked pairs ("im and t" is "imandt").
fn pair_rules() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    let text = |bytes: &'static [u8]| std::str::from_utf8(bytes).expect("ASCII");
    let respellings = RESPELLINGS
        .iter()
        .filter_map(|rule| Some((text(rule.after?), "", text(rule.word), text(rule.becomes))));
    let post = POST_PAIRS.iter().map(|&(before, word)| {
        assert!(
            POST_WORDS.contains(&word),
            "{before} {word}: a pair reads as its second word, a word of the post"
        );
        (before, "", word, word)
    });
    respellings
        .chain(post)
        .chain(LINKED_PAIRS.iter().copied())
        .collect()
}

/// The level (its place in `Seniority::ALL` plus one) or band code (its
/// place in `Band::ALL`, with the bit `GRADE_IS_BAND`) a word names; 0 for
/// neither.
fn grade_of(word: &str) -> u8 {
    let level = LEVEL_WORDS
        .iter()
        .find(|(text, _)| *text == word.as_bytes())
        .map(|(_, level)| {
            Seniority::ALL
                .iter()
                .position(|l| l == level)
                .expect("a level")
        });
    let code = codes()
        .into_iter()
        .find(|(code, _)| code == word || format!("band{code}") == *word)
        .or_else(|| letters().into_iter().find(|(letter, _)| letter == word))
        .map(|(_, band)| Band::ALL.iter().position(|b| *b == band).expect("a band"));
    let grade = match (level, code) {
        (None, None) => 0,
        (Some(level), None) => level + 1,
        (None, Some(code)) => code | usize::from(GRADE_IS_BAND),
        (Some(_), Some(_)) => panic!("{word:?} names a level and a band"),
    };
    u8::try_from(grade).expect("few levels and bands")
}

/// Band codes as text, from the one table in `band.rs`.
fn codes() -> Vec<(String, Band)> {
    BAND_CODES
        .iter()
        .map(|&(code, band)| (String::from_utf8(code.to_vec()).expect("ASCII"), band))
        .collect()
}

/// The letters a to d, the second half of "8a-b": each code of band 8.
fn letters() -> Vec<(String, Band)> {
    codes()
        .into_iter()
        .filter_map(|(code, band)| Some((code.strip_prefix('8')?.to_string(), band)))
        .collect()
}

fn key_words(text: &str) -> Vec<String> {
    let key = normalize(text, Mode::Lookup).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    let bytes = key.bytes().unwrap_or_else(|| panic!("{text:?} overflows"));
    std::str::from_utf8(bytes)
        .expect("keys are ASCII")
        .split('-')
        .map(ToString::to_string)
        .collect()
}

/// A phrase of the table: a role key, a term, or both never (refused).
#[derive(Default, Clone, Copy, Debug)]
struct PhraseRow {
    role: Option<Role>,
    term: Option<usize>,
    /// Another trade's job (see `vocabulary::OTHER_TRADE_JOBS`).
    other_job: bool,
    prefix: bool,
}

pub(crate) struct Tables {
    /// Every word and its id, in id order (id 0 is no word).
    words: Vec<String>,
    ids: BTreeMap<String, u16>,
    /// Spellings that map to ids: (spelling, id, then, plural).
    spellings: BTreeMap<String, (u16, u16, bool)>,
    /// The words whose plural adds an "s", by id.
    plural_heads: BTreeSet<u16>,
    phrases: BTreeMap<Vec<u16>, PhraseRow>,
}

impl Tables {
    /// Every word of the table, in id order (id 0 is no word).
    pub(crate) fn words(&self) -> &[String] {
        &self.words
    }

    fn id(&self, word: &str) -> u16 {
        *self
            .ids
            .get(word)
            .unwrap_or_else(|| panic!("{word:?} has no id"))
    }

    fn phrase_text(&self, ids: &[u16]) -> String {
        ids.iter()
            .map(|&id| self.words[usize::from(id)].as_str())
            .collect::<Vec<_>>()
            .join("-")
    }
}

pub(crate) fn tables() -> Tables {
    let role_keys = super::keys::role_keys();
    let mut words: BTreeSet<String> = BTreeSet::new();
    let mut heads: BTreeSet<String> = BTreeSet::new();
    for key in role_keys.keys() {
        words.extend(key.split('-').map(ToString::to_string));
        heads.insert(key.rsplit('-').next().unwrap_or_default().to_string());
    }
    let term_words: Vec<Vec<String>> = ROWS.iter().map(|row| key_words(row.0)).collect();
    for ((term, text), source) in TERMS.iter().zip(&term_words).zip(TERM_SOURCES) {
        assert!(!source.trim().is_empty(), "{:?} has no source", term.text());
        words.extend(text.iter().cloned());
        heads.insert(text.last().cloned().unwrap_or_default());
    }
    for (list, _) in WORD_LISTS {
        words.extend(list.iter().map(ToString::to_string));
    }
    for title in SERIES_TITLES.iter().chain(OTHER_TRADE_JOBS) {
        words.extend(key_words(title));
    }
    for (word, _) in LEVEL_WORDS {
        words.insert(String::from_utf8(word.to_vec()).expect("ASCII"));
    }
    for (code, _) in codes() {
        words.insert(format!("band{code}"));
        words.insert(code);
    }
    for (name, _) in NAMED {
        words.insert(name.to_string());
    }
    for rule in &RESPELLINGS {
        let becomes = std::str::from_utf8(rule.becomes).expect("ASCII");
        words.extend(becomes.split('-').map(ToString::to_string));
    }
    for (before, link, word, becomes) in pair_rules() {
        words.extend([before, word, becomes].map(ToString::to_string));
        if !link.is_empty() {
            words.insert(link.to_string());
        }
    }
    // Respelled words are never words of their own: they map to their
    // spelling in the table.
    for rule in RESPELLINGS.iter().filter(|rule| rule.after.is_none()) {
        words.remove(std::str::from_utf8(rule.word).expect("ASCII"));
    }
    // The words that name a level or a band code take the first ids, so
    // that the table of grades ends with the last of them rather than
    // running on with a zero byte for every other word.
    let (graded, rest): (Vec<String>, Vec<String>) =
        words.into_iter().partition(|word| grade_of(word) != 0);
    let mut all = vec![String::new()];
    all.extend(graded);
    all.extend(rest);
    assert!(
        all.len() < usize::from(u16::MAX),
        "too many words for u16 ids"
    );
    let ids: BTreeMap<String, u16> = all
        .iter()
        .enumerate()
        .skip(1)
        .map(|(id, word)| (word.clone(), u16::try_from(id).expect("checked")))
        .collect();
    // A word of the post narrows nothing, so it is no word of any other
    // list (a context word, a job noun, a marker, another trade).
    for word in POST_WORDS {
        let lists = WORD_LISTS
            .iter()
            .filter(|(list, _)| list.contains(word))
            .count();
        assert_eq!(
            lists, 1,
            "{word:?} is a word of the post and of another list"
        );
    }
    // A digital marker keeps the answer that a word of another trade's
    // quality posts or goods would veto: it cannot be both.
    for word in QUALITY_TRADES
        .iter()
        .chain(SAFETY_TRADES)
        .chain(ALONE_TRADES)
        .chain(GOODS_TRADES)
        .chain(OPERATIONS_TRADES)
        .chain(NETWORK_TRADES)
        .chain(UTILITY_NETWORKS)
    {
        assert!(
            !MARKERS.contains(word) && !DIGITAL_SUBJECTS.contains(word),
            "{word:?} is a digital word and a word of another trade's posts"
        );
    }
    // A word of another trade leaves nothing anywhere: listing it again as
    // a trade that narrows a job noun of many trades would change nothing.
    for word in ALONE_TRADES.iter().chain(UTILITY_NETWORKS) {
        assert!(
            !OTHER_TRADES.contains(word),
            "{word:?} is a word of another trade already"
        );
    }
    // A word that a respelling replaces never reaches the table, so a list
    // naming it would name nothing.
    for (list, _) in WORD_LISTS {
        for word in list {
            assert!(
                ids.contains_key(*word),
                "{word:?} is respelled: list its spelling"
            );
        }
    }
    let mut tables = Tables {
        words: all,
        ids,
        spellings: BTreeMap::new(),
        plural_heads: BTreeSet::new(),
        phrases: BTreeMap::new(),
    };
    for (word, &id) in &tables.ids {
        tables.spellings.insert(word.clone(), (id, 0, false));
    }
    for rule in RESPELLINGS.iter().filter(|rule| rule.after.is_none()) {
        let becomes: Vec<u16> = std::str::from_utf8(rule.becomes)
            .expect("ASCII")
            .split('-')
            .map(|word| tables.id(word))
            .collect();
        let then = becomes.get(1).copied().unwrap_or(0);
        let word = String::from_utf8(rule.word.to_vec()).expect("ASCII");
        tables.spellings.insert(word, (becomes[0], then, false));
    }
    // Plurals of the words that end a role or a term ("Data Analysts") are
    // no entries of their own: the word's entry says it takes an "s", and
    // the reader tries the word without it (see `Word::lookup`), so a
    // word the table spells itself ("services", "systems") stays its own.
    // "Libraries" is the plural of "library" ("Head of Libraries"); no other
    // "y" word gets "ies": "Securities Analyst" is a stockbroker's, not a
    // security analyst's.
    for head in &heads {
        if head.ends_with('s') || head.len() < 3 {
            continue;
        }
        let id = tables.id(head);
        if head == "library" {
            tables
                .spellings
                .insert("libraries".to_string(), (id, 0, true));
        } else {
            tables.plural_heads.insert(id);
        }
    }
    for (key, &role) in &role_keys {
        let ids: Vec<u16> = key.split('-').map(|word| tables.id(word)).collect();
        tables.phrases.entry(ids).or_default().role = Some(role);
    }
    let mut seen: BTreeMap<Vec<u16>, usize> = BTreeMap::new();
    for (index, text) in term_words.iter().enumerate() {
        let ids: Vec<u16> = text.iter().map(|word| tables.id(word)).collect();
        if let Some(&earlier) = seen.get(&ids) {
            panic!(
                "{:?} and {:?} are the same term",
                ROWS[earlier].0, ROWS[index].0
            );
        }
        seen.insert(ids.clone(), index);
        // A term whose last words are a role key is that role qualified,
        // which `classify` reads without a term ("IT Systems Administrator"),
        // unless the frameworks list it as another job.
        let other_job = OTHER_JOBS.contains(&ROWS[index].0);
        for start in (1..ids.len()).filter(|_| !other_job) {
            assert!(
                tables
                    .phrases
                    .get(&ids[start..])
                    .is_none_or(|row| row.role.is_none()),
                "the term {:?} ends with a role's key: drop it",
                ROWS[index].0
            );
        }
        let row = tables.phrases.entry(ids).or_default();
        assert!(
            row.role.is_none(),
            "the term {:?} is a role key of {:?}",
            ROWS[index].0,
            row.role
        );
        row.term = Some(index);
    }
    for job in OTHER_TRADE_JOBS {
        let ids: Vec<u16> = key_words(job).iter().map(|w| tables.id(w)).collect();
        let row = tables.phrases.entry(ids).or_default();
        assert!(
            row.role.is_none() && row.term.is_none(),
            "{job:?} is a role or a term of its own"
        );
        row.other_job = true;
    }
    let full: Vec<Vec<u16>> = tables.phrases.keys().cloned().collect();
    for ids in full {
        for end in 1..ids.len() {
            tables
                .phrases
                .entry(ids[..end].to_vec())
                .or_default()
                .prefix = true;
        }
    }
    // A pay series names no job of its own: a series title that spelled a
    // role or a term would count in its stretch and never be read as one.
    for title in SERIES_TITLES {
        let ids: Vec<u16> = key_words(title).iter().map(|w| tables.id(w)).collect();
        assert!(
            tables
                .phrases
                .get(&ids)
                .is_none_or(|row| row.role.is_none() && row.term.is_none()),
            "the pay series {title:?} spells a role or a term"
        );
    }
    tables
}

/// Every word list of the vocabulary and the class it gives its words: the
/// generator adds their words to the table and sets the class, from this
/// one list.
const WORD_LISTS: [(&[&str], u16); 29] = [
    (MARKERS, MARKER),
    (ALONE_TRADES, 0),
    (DIGITAL_SUBJECTS, 0),
    (TECH_WORDS, 0),
    (QUALITY_TRADES, 0),
    (SAFETY_TRADES, 0),
    (PLACE_WORDS, 0),
    (GOODS_TRADES, 0),
    (OPERATIONS_TRADES, 0),
    (NETWORK_WORDS, 0),
    (NETWORK_TRADES, 0),
    (UTILITY_NETWORKS, 0),
    (INSIDE_ROLE_WORDS, 0),
    (FUNCTION_WORDS, 0),
    (UNIT_WORDS, 0),
    (PORTFOLIO_SUBJECTS, 0),
    (CHANGES_JOB, CHANGES),
    (OTHER_TRADES, OTHER_TRADE),
    (CONTEXT_WORDS, CONTEXT),
    (BAND_WORDS, 0),
    (GRADE_WORDS, GRADE),
    (POST_WORDS, GRADE),
    (JOB_WORDS, JOB),
    (ORG_WORDS, ORG),
    (NOT_THE_JOB_WORDS, NOT_THE),
    (LEADER_WORDS, LEADER),
    (CARE_WORDS, CARE),
    (CARE_MARKERS, DIGITAL_CARE),
    (&["band", "afc", "agenda", "nhs"], BAND_START),
];

fn class_of(tables: &Tables, word: &str) -> u16 {
    let mut class = 0;
    if codes().iter().any(|(code, _)| code == word) {
        class |= CODE;
    }
    if codes()
        .iter()
        .any(|(code, _)| format!("band{code}") == word)
    {
        class |= GLUED_BAND | BAND_START;
    }
    for (list, list_class) in WORD_LISTS {
        if list.contains(&word) {
            class |= list_class;
        }
    }
    if letters().iter().any(|(letter, _)| letter == word) {
        class |= LETTER;
    }
    if codes().iter().any(|(code, _)| code == word) {
        class |= GRADE;
    }
    let id = tables.id(word);
    if tables.phrases.keys().any(|ids| ids.first() == Some(&id)) {
        class |= STARTS_PHRASE;
    }
    class
}

fn render() -> String {
    let tables = tables();
    let mut out = String::from(
        "// @generated by the test `codegen::words::word_table_is_current` from the tables in\n\
         // src/taxonomy.rs, src/vocabulary.rs and src/normalize.rs. Do not edit: change\n\
         // a table, run `cargo test`, commit the result.\n\n\
         use crate::index::ShortIndex;\n\n",
    );
    for (word, name) in NAMED {
        let _ = writeln!(out, "pub(crate) const {name}: u16 = {};", tables.id(word));
    }
    // The terms' text: each term once, or inside a longer one that holds
    // it. Longest first, so that the shorter ones find theirs.
    let texts: Vec<&str> = ROWS.iter().map(|row| row.0).collect();
    let mut order: Vec<usize> = (0..texts.len()).collect();
    order.sort_by_key(|&index| std::cmp::Reverse(texts[index].len()));
    let mut term_text = String::new();
    let mut starts = vec![0u16; texts.len()];
    for index in order {
        let start = term_text.find(texts[index]).unwrap_or_else(|| {
            term_text.push_str(texts[index]);
            term_text.len() - texts[index].len()
        });
        starts[index] = u16::try_from(start).expect("the terms' text fits u16 offsets");
    }
    let _ = writeln!(
        out,
        "\n/// Every term's text, each inside the text once.\n\
         pub(crate) static TERM_TEXT: &str = {term_text:?};\n\n\
         /// Where each term of `vocabulary::TERMS` begins in [`TERM_TEXT`].\n\
         pub(crate) const TERM_STARTS: &[u16] = &{starts:?};"
    );
    let role_words = tables
        .phrases
        .iter()
        .filter(|(_, row)| row.role.is_some())
        .map(|(ids, _)| ids.len())
        .max()
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "\n/// The most words of any role key.\npub(crate) const ROLE_WORDS: usize = {role_words};"
    );
    out.push_str("\n/// `(word before, link or NO_WORD, word, what the two become)`.\n");
    out.push_str("pub(crate) static AFTER_RULES: &[(u16, u16, u16, u16)] = &[\n");
    for (before, link, word, becomes) in pair_rules() {
        let link_id = if link.is_empty() {
            NO_WORD
        } else {
            tables.id(link)
        };
        let spelled = [before, link, word]
            .into_iter()
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let _ = writeln!(
            out,
            "    ({}, {link_id}, {}, {}), // {spelled} -> {becomes}",
            tables.id(before),
            tables.id(word),
            tables.id(becomes)
        );
    }
    out.push_str(
        "];\n\n/// The titles of pay series, as word ids (see `vocabulary::SERIES_TITLES`).\n",
    );
    out.push_str("pub(crate) static SERIES: &[&[u16]] = &[\n");
    for title in SERIES_TITLES {
        let ids: Vec<String> = key_words(title)
            .iter()
            .map(|word| tables.id(word).to_string())
            .collect();
        let _ = writeln!(out, "    &[{}], // {title}", ids.join(", "));
    }
    out.push_str("];\n\n/// What each word id is to the grammar, by id: its class (see the\n/// `class` constants in `words.rs`).\n");
    out.push_str("pub(crate) static CLASSES: &[u16] = &[\n");
    out.push_str("    0, // (no word)\n");
    // The level or band code each word names, a byte a word: most name
    // neither, and a table of `Info` would spend two bytes on nothing.
    let mut grades = vec![0u8];
    for word in tables.words.iter().skip(1) {
        let grade = grade_of(word);
        grades.push(grade);
        let _ = writeln!(out, "    {}, // {word}", class_of(&tables, word));
    }
    // The graded words come first (see `tables`): the rest read as 0.
    grades.truncate(
        grades
            .iter()
            .rposition(|&grade| grade != 0)
            .map_or(0, |last| last + 1),
    );
    let _ = writeln!(
        out,
        "];\n\n/// The level (its place in `Seniority::ALL` plus one) or band code (its\n\
         /// place in `Band::ALL`, with the bit `words::GRADE_IS_BAND`) each word\n\
         /// id names; 0, or past its end, for neither.\n\
         pub(crate) static GRADES: &[u8] = &{grades:?};"
    );
    // The words that name the trade of a job noun of many trades, by id,
    // for a binary search: `vocabulary::TECH_WORDS` and the markers but
    // "technical" (see `TECH_WORDS`).
    let mut tech: Vec<u16> = TECH_WORDS
        .iter()
        .chain(MARKERS.iter().filter(|word| **word != "technical"))
        .map(|word| tables.id(word))
        .collect();
    tech.sort_unstable();
    tech.dedup();
    let _ = writeln!(
        out,
        "\n/// The ids of `vocabulary::TECH_WORDS` and the markers, in order.\n\
         pub(crate) static TECH: &[u16] = &{tech:?};"
    );
    // The word lists the reader searches by id.
    for (name, source, lists) in [
        (
            "QUALITY",
            "`vocabulary::QUALITY_TRADES`",
            &[QUALITY_TRADES][..],
        ),
        ("SAFETY", "`vocabulary::SAFETY_TRADES`", &[SAFETY_TRADES]),
        (
            "ALONE",
            "`vocabulary::ALONE_TRADES` and `UTILITY_NETWORKS`",
            &[ALONE_TRADES, UTILITY_NETWORKS],
        ),
        ("PLACES", "`vocabulary::PLACE_WORDS`", &[PLACE_WORDS]),
        (
            "SUBJECTS",
            "`vocabulary::DIGITAL_SUBJECTS`",
            &[DIGITAL_SUBJECTS],
        ),
        ("GOODS", "`vocabulary::GOODS_TRADES`", &[GOODS_TRADES]),
        (
            "OPERATIONS",
            "`vocabulary::OPERATIONS_TRADES`",
            &[OPERATIONS_TRADES],
        ),
        ("NETWORKS", "`vocabulary::NETWORK_WORDS`", &[NETWORK_WORDS]),
        (
            "OTHER_NETWORKS",
            "`vocabulary::NETWORK_TRADES` and `UTILITY_NETWORKS`",
            &[NETWORK_TRADES, UTILITY_NETWORKS],
        ),
        (
            "FUNCTIONS",
            "`vocabulary::FUNCTION_WORDS`",
            &[FUNCTION_WORDS],
        ),
        ("UNITS", "`vocabulary::UNIT_WORDS`", &[UNIT_WORDS]),
        (
            "INSIDE_ROLE",
            "`vocabulary::INSIDE_ROLE_WORDS`",
            &[INSIDE_ROLE_WORDS],
        ),
    ] {
        let ids = lists
            .iter()
            .flat_map(|list| list.iter())
            .map(|word| tables.id(word))
            .collect();
        let doc = format!("The ids of {source}, in order.");
        write_sorted(&mut out, &doc, name, ids);
    }
    // Each two words that stand next to each other in a role's key, so
    // that `classify` re-reads a title without a parting word only where
    // its neighbours could join in a role.
    let mut pairs: Vec<u32> = super::keys::role_keys()
        .keys()
        .flat_map(|key| {
            let ids: Vec<u32> = key
                .split('-')
                .map(|word| u32::from(tables.id(word)))
                .collect();
            ids.windows(2)
                .map(|pair| pair[0] << 16 | pair[1])
                .collect::<Vec<u32>>()
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let _ = writeln!(
        out,
        "\n/// Each two neighbouring words of a role's key, the first's id above\n\
         /// the second's, in order.\n\
         pub(crate) static ROLE_PAIRS: &[u32] = &{pairs:?};"
    );
    // The lists of terms the reader searches by id.
    for (list, source, name) in [
        (WHOLE_FUNCTION_HEADS, "WHOLE_FUNCTION_HEADS", "WHOLE_HEADS"),
        (INFORMATION_HEADS, "INFORMATION_HEADS", "INFO_HEADS"),
        (DUTY_TERMS, "DUTY_TERMS", "DUTIES"),
    ] {
        let heads = list
            .iter()
            .map(|text| {
                let at = ROWS
                    .iter()
                    .position(|row| row.0 == *text)
                    .unwrap_or_else(|| panic!("{text:?} is no term"));
                u16::try_from(at).expect("few terms")
            })
            .collect();
        let doc = format!("The terms of `vocabulary::{source}`, in order.");
        write_sorted(&mut out, &doc, name, heads);
    }
    // The few words that respellings add, so that a word's entry names
    // one by a small index (see `WordRef::unpack`).
    let mut then_words: Vec<u16> = tables
        .spellings
        .values()
        .map(|&(_, then, _)| then)
        .collect();
    then_words.push(NO_WORD);
    then_words.sort_unstable();
    then_words.dedup();
    let _ = writeln!(
        out,
        "\n/// The words that respellings add, by the index a word's entry holds.\n\
         pub(crate) static THEN_WORDS: &[u16] = &{then_words:?};"
    );
    let spellings: Vec<(String, Vec<u64>, String)> = tables
        .spellings
        .iter()
        .map(|(text, &(id, then, plural))| {
            let then_index = then_words.iter().position(|&w| w == then).expect("listed");
            let word = WordRef { id, then, plural };
            // Only a word's own spelling says that it takes an "s".
            let takes_s =
                tables.plural_heads.contains(&id) && tables.words[usize::from(id)] == *text;
            let packed = word.pack(u16::try_from(then_index).expect("few"), takes_s);
            assert_eq!(WordRef::unpack_with(packed, &then_words), word);
            assert_eq!(WordRef::takes_s(packed), takes_s);
            (
                text.clone(),
                word_chunks(text.as_bytes()),
                format!("{packed:#06x}"),
            )
        })
        .collect();
    let word_slots = render_index(&mut out, "WORDS", "u64, u16", &spellings);
    // Where each word's own spelling lies in `WORDS`, by id, so that a
    // term's text can be written from its words (see `TERM_SLOTS`).
    let spelling_rows: BTreeMap<&str, usize> = spellings
        .iter()
        .enumerate()
        .map(|(row, (text, _, _))| (text.as_str(), row))
        .collect();
    let word_slot_list: Vec<String> = tables
        .words
        .iter()
        .enumerate()
        .map(|(id, word)| {
            if id == 0 {
                return "0".to_string();
            }
            let row = spelling_rows
                .get(word.as_str())
                .unwrap_or_else(|| panic!("{word:?} is no spelling of its own"));
            assert_eq!(tables.spellings[word.as_str()].0, tables.id(word));
            word_slots[*row].to_string()
        })
        .collect();
    render_static(
        &mut out,
        "The slot of each word's own spelling in [`WORDS`], by id.",
        "WORD_SLOTS",
        &word_slot_list,
    );
    let phrases: Vec<(String, Vec<u64>, String)> = tables
        .phrases
        .iter()
        .map(|(ids, row)| {
            let phrase = Phrase {
                role: row.role,
                term: match row.term {
                    Some(t) => u16::try_from(t).expect("few terms"),
                    None if row.other_job => crate::words::OTHER_JOB,
                    None => NO_TERM,
                },
                prefix: row.prefix,
            };
            let packed = phrase.pack();
            assert_eq!(Phrase::unpack(packed), phrase);
            (
                tables.phrase_text(ids),
                phrase_chunks(ids),
                format!("{packed:#06x}"),
            )
        })
        .collect();
    let phrase_slots = render_index(&mut out, "PHRASES", "u32, u16", &phrases);
    // Where each term's words lie in `PHRASES`, by term: its text, written
    // from its words, needs no text of its own.
    // The phrase rows were built from `tables.phrases` in its order, so a
    // row's index is its phrase's place there.
    assert_eq!(phrase_slots.len(), tables.phrases.len());
    let mut term_slots = vec![String::new(); TERMS.len()];
    for (((ids, row), slot), written) in tables.phrases.iter().zip(&phrase_slots).zip(&phrases) {
        assert_eq!(
            written.0,
            tables.phrase_text(ids),
            "the rows keep the phrases' order"
        );
        if let Some(term) = row.term {
            term_slots[term] = slot.to_string();
        }
    }
    for (term, slot) in term_slots.iter().enumerate() {
        assert!(
            !slot.is_empty(),
            "the term {:?} has no phrase",
            ROWS[term].0
        );
    }
    render_static(
        &mut out,
        "The slot of each term's words in [`PHRASES`], by term.",
        "TERM_SLOTS",
        &term_slots,
    );
    out
}

/// Writes a static list of `u16`s, sixteen to a line.
/// Writes a static list of ids, sorted for `binary_search`.
fn write_sorted(out: &mut String, doc: &str, name: &str, mut ids: Vec<u16>) {
    ids.sort_unstable();
    let _ = writeln!(
        out,
        "\n/// {doc}\npub(crate) static {name}: &[u16] = &{ids:?};"
    );
}

fn render_static(out: &mut String, doc: &str, name: &str, items: &[String]) {
    let _ = writeln!(out, "\n/// {doc}\npub(crate) static {name}: &[u16] = &[");
    for line in items.chunks(16) {
        let _ = writeln!(out, "    {},", line.join(", "));
    }
    out.push_str("];\n");
}

/// Writes an index over `rows` and returns the slot each row landed in.
fn render_index(
    out: &mut String,
    name: &str,
    ty: &str,
    rows: &[(String, Vec<u64>, String)],
) -> Vec<usize> {
    let keys: Vec<&[u64]> = rows
        .iter()
        .map(|(_, chunks, _)| chunks.as_slice())
        .collect();
    for (text, chunks, _) in rows {
        assert!(
            chunks.len() <= 8 && !chunks.contains(&0),
            "{text:?} does not fit a short key"
        );
    }
    let built = build_dense(&keys);
    let _ = writeln!(
        out,
        "\npub(crate) static {name}: ShortIndex<{ty}> = ShortIndex {{"
    );
    super::render_pilots(out, &built);
    // The entries in slot order; an empty slot holds an empty key.
    let in_slots: Vec<Option<&(String, Vec<u64>, String)>> = built
        .slots
        .iter()
        .map(|&entry| (entry != EMPTY).then(|| &rows[usize::from(entry)]))
        .collect();
    out.push_str("    chunks: &[\n");
    for (text, chunks, _) in in_slots.iter().flatten() {
        let chunks: Vec<String> = chunks.iter().map(|c| format!("{c:#x}")).collect();
        let _ = writeln!(out, "        {}, // {text}", chunks.join(", "));
    }
    out.push_str("    ],\n");
    let mut end = 0;
    let ends: Vec<String> = in_slots
        .iter()
        .map(|row| {
            end += row.map_or(0, |(_, chunks, _)| chunks.len());
            u16::try_from(end)
                .expect("fewer than 65536 chunks")
                .to_string()
        })
        .collect();
    super::render_list(out, "ends", ends);
    out.push_str("    values: &[\n");
    for row in &in_slots {
        match row {
            Some((text, _, value)) => {
                let _ = writeln!(out, "        {value}, // {text}");
            }
            None => out.push_str("        0,\n"),
        }
    }
    out.push_str("    ],\n};\n");
    let mut slot_of = vec![usize::MAX; rows.len()];
    for (slot, &entry) in built.slots.iter().enumerate() {
        if entry != EMPTY {
            slot_of[usize::from(entry)] = slot;
        }
    }
    for ((text, _, _), &slot) in rows.iter().zip(&slot_of) {
        assert!(
            u16::try_from(slot).is_ok(),
            "{text:?} has no slot of {name} a u16 holds"
        );
    }
    slot_of
}

#[test]
fn word_table_is_current() {
    super::check_current("src/word_table.rs", &render());
}

#[test]
fn every_term_has_a_source_and_one_family_unless_shared() {
    assert_eq!(TERMS.len(), TERM_SOURCES.len());
    for (term, source) in TERMS.iter().zip(TERM_SOURCES) {
        assert!(source.len() > 10, "{:?}: no source", term.text());
        assert_ne!(Some(term.family), term.also, "{:?}", term.text());
        if matches!(term.strength, Strength::Weak | Strength::Alone) {
            assert!(term.also.is_none(), "{:?}: a weak shared term", term.text());
        }
    }
    // `tables` refuses a term written twice or equal to a role key.
    let tables = tables();
    assert!(tables.phrases.values().filter(|p| p.term.is_some()).count() == TERMS.len());
    // Another trade's job is marked by an index above every term's, and
    // below the user terms' and the packed roles'.
    assert!(TERMS.len() < usize::from(crate::words::OTHER_JOB));
    const { assert!(crate::words::OTHER_JOB < crate::words::USER_TERMS) };
    assert_eq!(
        tables.phrases.values().filter(|p| p.other_job).count(),
        crate::vocabulary::OTHER_TRADE_JOBS.len()
    );
}

#[test]
fn every_term_reads_its_own_text() {
    // The generated layout of `TERM_TEXT` gives each term back as written,
    // and so does spelling it from its words (`words::write_term`).
    for (index, (term, row)) in TERMS.iter().zip(ROWS).enumerate() {
        assert_eq!(term.text(), row.0);
        let mut spelled = String::new();
        crate::words::write_term(u16::try_from(index).expect("few terms"), &mut spelled)
            .expect("a String takes any text");
        // A term is written in its normalised words ("solution developer",
        // not "solutions developer"), as `term` documents.
        assert_eq!(spelled, row.0, "write the term in its normalised words");
    }
    // No term, or a runtime vocabulary's, writes nothing.
    for term in [
        crate::words::NO_TERM,
        u16::try_from(TERMS.len()).expect("few"),
    ] {
        let mut spelled = String::new();
        crate::words::write_term(term, &mut spelled).expect("a String takes any text");
        assert!(spelled.is_empty());
    }
}
