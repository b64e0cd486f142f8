//! A title read as tokens: known words as small ids, and the punctuation
//! that gives a title its structure.
//!
//! The title grammar (`grammar.rs`) and `classify` work on these tokens.
//! Every word goes through one perfect hash (`WORDS` in `word_table.rs`) to
//! its id, already respelled, so that roles, family terms, levels and band
//! codes are all sequences of ids, found with a second perfect hash
//! (`PHRASES`). The token buffer is sized from [`MAX_TITLE_LEN`]: every token
//! holds at least one byte, so any title within the cap is read whole.

use crate::normalize::{NonAscii, non_ascii};
use crate::word_table::{
    AFTER_RULES, CLASSES, GRADES, PHRASES, TERM_SLOTS, THEN_WORDS, WORD_SLOTS, WORDS,
};
use crate::{Band, MAX_TITLE_LEN, Role, Seniority, TitleError};

/// The id no word has: unknown words, and padding in packed phrase keys.
pub(crate) const NO_WORD: u16 = 0;

/// The longest word the word table can hold; longer words are unknown.
pub(crate) const WORD_BYTES: usize = 32;

/// What a word id maps to when a word is looked up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct WordRef {
    /// The word's id, after respelling.
    pub(crate) id: u16,
    /// A second word the respelling adds ("cybersecurity" is "cyber
    /// security"), or [`NO_WORD`].
    pub(crate) then: u16,
    /// Whether the word is the plural of the word `id` names.
    pub(crate) plural: bool,
}

/// The bits of a word id in a packed [`WordRef`]; the generator checks
/// that every id fits.
pub(crate) const ID_BITS: u32 = 10;
/// The plural flag of a packed [`WordRef`].
const PACKED_PLURAL: u16 = 1 << ID_BITS;
/// Where a packed [`WordRef`] keeps its index into `THEN_WORDS`.
const THEN_SHIFT: u32 = ID_BITS + 1;
/// The bits of that index.
const THEN_MASK: u16 = 0b1111;
/// The flag of a word's own entry whose plural adds an "s" (a word that
/// ends a role or a term): the plurals themselves are no entries.
const PACKED_TAKES_S: u16 = 1 << 15;

impl WordRef {
    /// The word table stores each entry in two bytes rather than six (the
    /// WebAssembly package's size): the id, the plural flag, and the index
    /// of the added word in the few that respellings add.
    #[inline]
    pub(crate) fn unpack(packed: u16) -> WordRef {
        WordRef::unpack_with(packed, THEN_WORDS)
    }

    /// [`WordRef::unpack`] with the table of added words given.
    #[inline]
    pub(crate) fn unpack_with(packed: u16, then_words: &[u16]) -> WordRef {
        WordRef {
            id: packed & (PACKED_PLURAL - 1),
            then: then_words
                .get(usize::from(packed >> THEN_SHIFT & THEN_MASK))
                .copied()
                .unwrap_or(NO_WORD),
            plural: packed & PACKED_PLURAL != 0,
        }
    }

    /// The two bytes the generator writes for this entry, given the index
    /// of its added word in `THEN_WORDS`.
    /// The entry also says whether the word's plural adds an "s".
    #[cfg(test)]
    pub(crate) fn pack(self, then_index: u16, takes_s: bool) -> u16 {
        assert!(self.id < PACKED_PLURAL && then_index <= THEN_MASK);
        self.id
            | if self.plural { PACKED_PLURAL } else { 0 }
            | then_index << THEN_SHIFT
            | if takes_s { PACKED_TAKES_S } else { 0 }
    }

    /// Whether a packed entry is a word's own whose plural adds an "s".
    #[inline]
    pub(crate) fn takes_s(packed: u16) -> bool {
        packed & PACKED_TAKES_S != 0
    }
}

/// What the grammar needs to know about a word id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Info {
    /// The level the word names, for level words.
    pub(crate) level: Option<Seniority>,
    /// The band a band code names ("7", "8a"), or for a glued band word
    /// ("band7") the band it names; for the letters a to d, band 8 with that
    /// letter.
    pub(crate) code: Option<Band>,
    /// See the `class` constants.
    pub(crate) class: u16,
}

/// A band code such as "7" or "8a".
pub(crate) const CODE: u16 = 1;
/// A glued band word such as "band7".
pub(crate) const GLUED_BAND: u16 = 2;
/// One of the letters a to d, the second half of "8a-b".
pub(crate) const LETTER: u16 = 4;
/// A digital marker word, which lets weak terms count.
pub(crate) const MARKER: u16 = 8;
/// A word that changes the job when it stands before a role.
pub(crate) const CHANGES_JOB: u16 = 16;
/// A word that puts the job in another trade.
pub(crate) const OTHER_TRADE: u16 = 32;
/// A word that introduces context after a role.
pub(crate) const CONTEXT: u16 = 64;
/// A word that can begin a phrase.
pub(crate) const STARTS_PHRASE: u16 = 128;
/// A grade after a title: "Software Developer II".
pub(crate) const GRADE: u16 = 256;
/// A word a band phrase can begin with: "band", "band7", "afc", "nhs",
/// "agenda".
pub(crate) const BAND_START: u16 = 512;
/// A word that heads a board-level post: "director", "chief".
pub(crate) const LEADER: u16 = 1024;
/// A job noun: "manager", "secretary", "lecturer".
pub(crate) const JOB: u16 = 2048;
/// An organisation word: "trust", "hospital", "nhs".
pub(crate) const ORG: u16 = 4096;
/// A word that makes the job someone else's or not the job: "to" (as in
/// "PA to the ..."), "non", "former".
pub(crate) const NOT_THE_JOB: u16 = 8192;
/// A word of a clinical profession: "nurse", "midwife", "pharmacist".
pub(crate) const CARE: u16 = 16384;
/// A word that makes a clinical post a digital one: "digital",
/// "informatics", "EPR".
pub(crate) const DIGITAL_CARE: u16 = 32768;

/// What a run of word ids names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Phrase {
    /// The role whose key these words are.
    pub(crate) role: Option<Role>,
    /// The index in `vocabulary::TERMS` of the term these words are, or
    /// `u16::MAX`.
    pub(crate) term: u16,
    /// Whether a longer phrase begins with these words.
    pub(crate) prefix: bool,
}

/// No term.
pub(crate) const NO_TERM: u16 = u16::MAX;

/// The term of another trade's job that holds a role's words (see
/// `vocabulary::OTHER_TRADE_JOBS`): above every built-in term's index (a
/// test in `codegen` checks), so it has no strength and no family and never
/// counts, but it is found like a term, longest first, and the role inside
/// it is not.
pub(crate) const OTHER_JOB: u16 = 0x7EFF;

/// A packed [`Phrase`]'s flag for a longer phrase beginning with it.
const PACKED_PREFIX: u16 = 0x8000;
/// A packed [`Phrase`] that names neither a role nor a term.
const PACKED_NOTHING: u16 = 0x7FFF;
/// A packed [`Phrase`] at or above this names a role, by its place in
/// `Role::ALL`; below it, a term by its index.
const PACKED_ROLES: u16 = 0x7F00;

impl Phrase {
    /// The phrase table stores each entry in two bytes rather than four:
    /// a phrase names a role or a term, never both (the generator refuses
    /// a term equal to a role key), and the built-in terms number far fewer
    /// than [`PACKED_ROLES`].
    #[inline]
    pub(crate) fn unpack(packed: u16) -> Phrase {
        let value = packed & !PACKED_PREFIX;
        let role = value
            .checked_sub(PACKED_ROLES)
            .and_then(|at| Role::ALL.get(usize::from(at)))
            .copied();
        let term = if value < PACKED_ROLES { value } else { NO_TERM };
        Phrase {
            role: if value == PACKED_NOTHING { None } else { role },
            term,
            prefix: packed & PACKED_PREFIX != 0,
        }
    }

    /// The two bytes the generator writes for this phrase.
    #[cfg(test)]
    pub(crate) fn pack(self) -> u16 {
        let value = match (self.role, self.term) {
            (Some(role), NO_TERM) => {
                let at = Role::ALL.iter().position(|r| *r == role).expect("a role");
                PACKED_ROLES + u16::try_from(at).expect("few roles")
            }
            (None, NO_TERM) => PACKED_NOTHING,
            (None, term) if term < PACKED_ROLES => term,
            _ => panic!("a phrase that is both a role and a term, or too many terms"),
        };
        value | if self.prefix { PACKED_PREFIX } else { 0 }
    }
}

/// The term ids of an organisation's own terms (see `Vocabulary`): this
/// plus the index of the term's family in [`Family::ALL`](crate::Family::ALL),
/// so that the family is known without the vocabulary at hand. Above every
/// built-in term's index (a test in `codegen` checks).
pub(crate) const USER_TERMS: u16 = 0xFF00;

/// The family of an organisation's own term id.
#[inline]
pub(crate) fn user_term_family(term: u16) -> Option<crate::Family> {
    if term == NO_TERM {
        return None;
    }
    crate::Family::ALL
        .get(usize::from(term.checked_sub(USER_TERMS)?))
        .copied()
}

/// The bit of a byte of `word_table::GRADES` that says it names a band
/// code, by its place in `Band::ALL`, rather than a level.
pub(crate) const GRADE_IS_BAND: u8 = 0x80;

/// The info of a word id, from the generated tables of classes and grades.
/// Always inlined: most callers read the class alone, and the decoding of
/// the grade byte then costs nothing.
#[inline(always)]
pub(crate) fn info(id: u16) -> Info {
    let at = usize::from(id);
    let grade = GRADES.get(at).copied().unwrap_or(0);
    let (level, code) = if grade & GRADE_IS_BAND != 0 {
        (
            None,
            Band::ALL.get(usize::from(grade & !GRADE_IS_BAND)).copied(),
        )
    } else {
        let level = usize::from(grade).checked_sub(1);
        (level.and_then(|at| Seniority::ALL.get(at)).copied(), None)
    };
    Info {
        level,
        code,
        class: CLASSES.get(at).copied().unwrap_or(0),
    }
}

/// Looks up a run of word ids.
pub(crate) fn phrase<L: Lexicon + ?Sized>(
    lexicon: &L,
    ids: impl Iterator<Item = u16>,
) -> Option<Phrase> {
    let mut key = PhraseKey::new();
    ids.for_each(|id| key.push(id));
    lexicon.phrase(&key)
}

/// Where the grammar and `classify` look phrases up: the built-in tables
/// alone ([`Builtin`]), or those and an organisation's own aliases and
/// terms (`Vocabulary`, with the `alloc` feature). Generic rather than
/// dynamic, so the built-in readers compile to what they were before.
pub(crate) trait Lexicon {
    /// What a run of word ids names.
    fn phrase(&self, key: &PhraseKey) -> Option<Phrase>;

    /// Whether a phrase may begin at this word.
    fn starts_phrase(&self, token: &Token) -> bool;

    /// The most words any role key has.
    fn role_words(&self) -> usize {
        crate::word_table::ROLE_WORDS
    }

    /// Whether two words may stand next to each other in a role's words.
    fn role_pair(&self, first: u16, second: u16) -> bool {
        let pair = u32::from(first) << 16 | u32::from(second);
        crate::word_table::ROLE_PAIRS.binary_search(&pair).is_ok()
    }

    /// Gives words of the lexicon's own, which the built-in word table does
    /// not know, their ids; the built-in tables have none.
    #[inline(always)]
    fn mark_words(&self, _title: &str, _tokens: &mut [Token]) {}

    /// Whether the lexicon holds keys of roles beyond the built-in ones (an
    /// organisation's aliases); the built-in tables hold none, so the
    /// readers skip the check.
    #[inline(always)]
    fn has_own_keys(&self) -> bool {
        false
    }
}

/// Work over a title's tokens, for any size of token buffer: see
/// [`over_tokens`].
pub(crate) trait OverTokens {
    type Output;
    type Lexicon: Lexicon;

    /// The lexicon the work reads with, whose own words [`over_tokens`]
    /// marks before the work runs.
    fn lexicon(&self) -> &Self::Lexicon;

    /// Runs over `tokens`, read from `title` into a buffer of `N` tokens
    /// (which sizes the work's own per-token tables).
    fn run<const N: usize>(
        &self,
        title: &str,
        tokens: &mut [Token],
    ) -> Result<Self::Output, TitleError>;
}

/// Reads `title` into a small token buffer, or, when it has more tokens,
/// into one that holds any title within [`MAX_TITLE_LEN`], marks the
/// lexicon's own words, and runs `work` over the tokens. Every reader of
/// tokens starts here, so the two buffer sizes are chosen in one place.
#[inline]
pub(crate) fn over_tokens<W: OverTokens>(title: &str, work: &W) -> Result<W::Output, TitleError> {
    let mut tokens = Tokens::<SMALL>::new();
    tokens.read(title)?;
    if tokens.is_full() {
        return over_all_tokens(title, work);
    }
    let tokens = tokens.as_mut_slice();
    work.lexicon().mark_words(title, tokens);
    work.run::<SMALL>(title, tokens)
}

/// A title with more tokens than the small buffer holds.
#[cold]
#[inline(never)]
fn over_all_tokens<W: OverTokens>(title: &str, work: &W) -> Result<W::Output, TitleError> {
    let mut tokens = Tokens::<MAX_TITLE_LEN>::new();
    tokens.read(title)?;
    let tokens = tokens.as_mut_slice();
    work.lexicon().mark_words(title, tokens);
    work.run::<MAX_TITLE_LEN>(title, tokens)
}

/// The built-in tables.
pub(crate) struct Builtin;

impl Lexicon for Builtin {
    #[inline(always)]
    fn phrase(&self, key: &PhraseKey) -> Option<Phrase> {
        key.lookup()
    }

    #[inline(always)]
    fn starts_phrase(&self, token: &Token) -> bool {
        token.info().class & STARTS_PHRASE != 0
    }
}

/// A run of word ids packed as the phrase tables store them, two to a
/// four-byte chunk, grown a word at a time.
pub(crate) struct PhraseKey {
    chunks: [u32; 8],
    len: usize,
}

impl PhraseKey {
    pub(crate) const fn new() -> PhraseKey {
        PhraseKey {
            chunks: [0; 8],
            len: 0,
        }
    }

    /// Adds a word; a key of more than sixteen words matches nothing.
    #[inline]
    pub(crate) fn push(&mut self, id: u16) {
        let shift = 16u32.wrapping_mul((self.len & 1) as u32);
        if let Some(chunk) = self.chunks.get_mut(self.len >> 1) {
            *chunk |= u32::from(id).wrapping_shl(shift);
        }
        self.len = self.len.saturating_add(1);
    }

    /// The packed ids, as the phrase tables take them; none for a key of
    /// more than sixteen words.
    #[inline]
    pub(crate) fn chunks(&self) -> Option<&[u32]> {
        self.chunks.get(..self.len.div_ceil(2))
    }

    #[inline]
    pub(crate) fn lookup(&self) -> Option<Phrase> {
        PHRASES.get(self.chunks()?).map(Phrase::unpack)
    }
}

/// Writes the words of term `term` (an index of `vocabulary::TERMS`),
/// one space between each, from the word and phrase tables: the same text
/// as the term's `text`, without the table of terms' texts, which a build
/// that never asks for it (the WebAssembly package) then leaves out. Writes
/// nothing for a term past the built-in ones.
pub(crate) fn write_term(term: u16, out: &mut dyn core::fmt::Write) -> core::fmt::Result {
    let slot = TERM_SLOTS
        .get(usize::from(term))
        .map_or(usize::MAX, |&s| usize::from(s));
    let ids = PHRASES
        .key_at(slot)
        .iter()
        .flat_map(|&chunk| [chunk & 0xFFFF, chunk >> 16])
        .filter(|&id| id != 0);
    for (index, id) in ids.enumerate() {
        if index > 0 {
            out.write_char(' ')?;
        }
        let slot = usize::try_from(id)
            .ok()
            .and_then(|id| WORD_SLOTS.get(id))
            .map_or(usize::MAX, |&s| usize::from(s));
        // A word's packed chunks hold its ASCII bytes, zero padded at the
        // end of the last.
        for chunk in WORDS.key_at(slot) {
            let bytes = chunk.to_le_bytes();
            let len = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
            let text = bytes.get(..len).unwrap_or_default();
            out.write_str(core::str::from_utf8(text).unwrap_or_default())?;
        }
    }
    Ok(())
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A known word; its id is set.
    Word,
    /// A word the table does not know.
    Unknown,
    /// `(`, `[` or `{`.
    Open,
    /// `)`, `]` or `}`.
    Close,
    /// `,`.
    Comma,
    /// `:`.
    Colon,
    /// `;`.
    Semicolon,
    /// `|`.
    Bar,
    /// `/` or `\`.
    Slash,
    /// `*`, `!`, `?`, `"`, or a typographic mark: curly quotes, a bullet,
    /// an ellipsis, a currency sign. It sets off context, and the grammar
    /// reads no title that has one.
    Mark,
    /// `-` between two words with no space: a word separator.
    Hyphen,
    /// `-` with space beside it, or a Unicode dash: it may set off context.
    Dash,
}

/// The token is a plural of a known word ("Analysts").
pub(crate) const PLURAL: u8 = 1;
/// The word starts with a digit.
pub(crate) const DIGIT: u8 = 2;
/// The unknown word is "band" and digits, such as "band10".
pub(crate) const BANDISH: u8 = 4;
/// The token may begin a band phrase: a word of class `BAND_START`, or a
/// `BANDISH` unknown word. Most titles have none, and skip the band search.
pub(crate) const MAY_BAND: u8 = 8;
/// The token is part of an acronym in brackets between two words ("Lead
/// Quality Assurance (QA) Automation Engineer"), which `classify` reads
/// through. Set by `classify` before it reads the tokens.
pub(crate) const INNER: u8 = 16;
/// The unknown word is a code of one letter and one or two digits: a post
/// count glued to its "x" ("x2"), a grade or band ("G7", "B6"). `classify`
/// reads it as a number; the grammar, whose band codes start with a digit,
/// does not.
pub(crate) const CODED: u8 = 32;
/// The unknown word holds a digit among its letters: a code of the post
/// rather than a word of a trade ("IC3", "MS4").
pub(crate) const HAS_DIGIT: u8 = 64;
/// The unknown word is two to six capitals alone in brackets ("(ISSM)"):
/// an acronym, which narrows no shared role. Set by `classify` before it
/// reads the tokens.
pub(crate) const ACRONYM: u8 = 128;

/// One token: what it is and where it stands in the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) kind: Kind,
    pub(crate) flags: u8,
    pub(crate) id: u16,
    pub(crate) start: u16,
    pub(crate) end: u16,
}

impl Token {
    /// Filler for the unused end of a buffer: all zero bytes, so a buffer
    /// of them is one `memset`.
    pub(crate) const NONE: Token = Token {
        kind: Kind::Word,
        flags: 0,
        id: NO_WORD,
        start: 0,
        end: 0,
    };

    /// Whether the token has a word id that phrases can hold: a known
    /// word, or an unknown one that a `Vocabulary` knows (which stays
    /// `Unknown` to every rule but phrase lookups).
    #[inline]
    pub(crate) fn has_id(&self) -> bool {
        match self.kind {
            Kind::Word => true,
            Kind::Unknown => self.id != NO_WORD,
            _ => false,
        }
    }

    /// Whether the token is an unknown word that reads as a number to
    /// `classify`: one led by a digit ("2", "22.5"), or a code of a letter
    /// and digits ("x2", "G7"). Numbers narrow no job.
    #[inline]
    pub(crate) fn is_number(&self) -> bool {
        self.kind == Kind::Unknown && self.flags & (DIGIT | CODED) != 0
    }

    /// Whether the token is a known word with this id.
    #[inline]
    pub(crate) fn is(&self, id: u16) -> bool {
        self.kind == Kind::Word && self.id == id
    }

    /// The token's info; empty for anything but a known word.
    #[inline]
    pub(crate) fn info(&self) -> Info {
        if self.kind == Kind::Word {
            info(self.id)
        } else {
            info(NO_WORD)
        }
    }

    /// The level this token names, if it is a level word ("Leads", a
    /// plural, is none).
    #[inline]
    pub(crate) fn level(&self) -> Option<Seniority> {
        if self.flags & PLURAL == 0 {
            self.info().level
        } else {
            None
        }
    }
}

/// Room for the tokens of most titles: a few words, a band, some context.
/// Titles with more tokens are read again into a buffer of
/// [`MAX_TITLE_LEN`] tokens, which holds any title within the cap (a token
/// holds at least one byte), so no title is cut short.
#[cfg(not(target_family = "wasm"))]
pub(crate) const SMALL: usize = 32;

/// In WebAssembly, where bytes shipped count for more than the microsecond
/// a larger buffer costs, one buffer holds every title, so each reader is
/// compiled once rather than for two sizes (about 13 KB less).
#[cfg(target_family = "wasm")]
pub(crate) const SMALL: usize = MAX_TITLE_LEN;

/// "C++" and "C#" at `at`, just after a lone "c": the letters they read as
/// ("cpp", "csharp") and where they end, when nothing runs on after them
/// ("C++11" and "C#x" stay unknown words).
fn c_language(bytes: &[u8], at: usize) -> Option<(&'static [u8], usize)> {
    let (letters, after): (&'static [u8], usize) = match bytes.get(at..)? {
        [b'#', ..] => (b"sharp", at.wrapping_add(1)),
        [b'+', b'+', ..] => (b"pp", at.wrapping_add(2)),
        _ => return None,
    };
    (!bytes.get(after).is_some_and(u8::is_ascii_alphanumeric)).then_some((letters, after))
}

/// The tokens of a title, up to `N` of them.
pub(crate) struct Tokens<const N: usize> {
    tokens: [Token; N],
    len: usize,
    full: bool,
}

impl<const N: usize> Tokens<N> {
    /// No tokens, ready for [`Tokens::read`].
    pub(crate) const fn new() -> Tokens<N> {
        Tokens {
            tokens: [Token::NONE; N],
            len: 0,
            full: false,
        }
    }

    /// Whether the title had more tokens than fit: read it again into a
    /// larger buffer.
    pub(crate) fn is_full(&self) -> bool {
        self.full
    }

    /// The tokens read.
    #[inline]
    pub(crate) fn as_slice(&self) -> &[Token] {
        self.tokens.get(..self.len).unwrap_or_default()
    }

    /// The tokens read, for a lexicon to mark its own words.
    #[inline]
    pub(crate) fn as_mut_slice(&mut self) -> &mut [Token] {
        self.tokens.get_mut(..self.len).unwrap_or_default()
    }

    fn push(&mut self, token: Token) {
        match self.tokens.get_mut(self.len) {
            Some(slot) => {
                *slot = token;
                self.len = self.len.wrapping_add(1);
            }
            None => self.full = true,
        }
    }

    /// Applies the pair rule of the word just read, `id`, and the word
    /// before it, written apart, with hyphens between ("Co--ordinator", as
    /// the key normaliser reads a run of them as one separator) or with the
    /// rule's link between ("IM&T"): the word before becomes the pair's
    /// spelling and stretches to `end`.
    fn join_pair(&mut self, id: u16, end: u16) -> bool {
        // Most words end no pair: answer that first, from the same scan of
        // the rules that the match below goes on with.
        let mut rules = AFTER_RULES
            .iter()
            .filter(|&&(_, _, second, _)| second == id)
            .peekable();
        if rules.peek().is_none() {
            return false;
        }
        let read = self.tokens.get(..self.len).unwrap_or_default();
        let hyphens = read
            .iter()
            .rev()
            .take_while(|t| t.kind == Kind::Hyphen)
            .count();
        let word_at = |at: Option<usize>| {
            at.and_then(|at| read.get(at))
                .filter(|t| t.kind == Kind::Word)
                .map(|t| t.id)
        };
        let before = self.len.checked_sub(hyphens.wrapping_add(1));
        let linked = self.len.checked_sub(2);
        let rule = rules.find_map(|&(first, link, _, becomes)| {
            let at = if link == NO_WORD {
                before.filter(|_| word_at(before) == Some(first))
            } else {
                linked.filter(|_| {
                    word_at(self.len.checked_sub(1)) == Some(link) && word_at(linked) == Some(first)
                })
            };
            at.map(|at| (at, becomes))
        });
        let Some((at, becomes)) = rule else {
            return false;
        };
        if let Some(token) = self.tokens.get_mut(at) {
            token.id = becomes;
            token.end = end;
        }
        self.len = at.wrapping_add(1);
        true
    }

    /// Reads `input`, refusing it as every lookup does: too long, empty,
    /// control, invisible or unsupported characters, each at its offset.
    pub(crate) fn read(&mut self, input: &str) -> Result<(), TitleError> {
        self.len = 0;
        self.full = false;
        let bytes = input.as_bytes();
        if bytes.len() > MAX_TITLE_LEN {
            return Err(TitleError::too_long(bytes.len()));
        }
        let mut word = Word::new();
        let mut offset: usize = 0;
        while let Some(&byte) = bytes.get(offset) {
            let next = offset.wrapping_add(1);
            match byte {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => {
                    // The whole run of letters and digits at once; dots and
                    // apostrophes inside it are dropped ("Sr.", "Bachelor's").
                    let mut at = offset;
                    let mut plain = true;
                    while let Some(&byte) = bytes.get(at) {
                        if !byte.is_ascii_alphanumeric() {
                            if byte != b'.' && byte != b'\'' {
                                break;
                            }
                            plain = false;
                        }
                        at = at.wrapping_add(1);
                    }
                    if plain && word.start.is_none() {
                        word.set(bytes, offset, at);
                    } else {
                        let run = bytes.get(offset..at).unwrap_or_default();
                        for (index, &byte) in run.iter().enumerate() {
                            if byte.is_ascii_alphanumeric() {
                                word.push(offset.wrapping_add(index), byte);
                            }
                        }
                    }
                    offset = at;
                    continue;
                }
                // Dropped inside a word: "Sr.", "Bachelor's".
                b'.' | b'\'' => {}
                b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | b'_' => self.end(&mut word),
                b'-' => {
                    self.end(&mut word);
                    let spaced = offset == 0
                        || bytes
                            .get(offset.wrapping_sub(1))
                            .is_some_and(|b| is_space(*b))
                        || bytes.get(next).is_none_or(|b| is_space(*b));
                    let kind = if spaced { Kind::Dash } else { Kind::Hyphen };
                    self.push_mark(kind, offset, next);
                }
                b'&' => {
                    self.end(&mut word);
                    self.push(Token {
                        kind: Kind::Word,
                        flags: 0,
                        id: crate::word_table::AND,
                        start: TitleError::offset(offset),
                        end: TitleError::offset(next),
                    });
                }
                b'(' | b')' | b'[' | b']' | b'{' | b'}' | b',' | b':' | b';' | b'|' | b'/'
                | b'\\' | b'*' | b'!' | b'?' | b'"' => {
                    self.end(&mut word);
                    let kind = match byte {
                        b'(' | b'[' | b'{' => Kind::Open,
                        b')' | b']' | b'}' => Kind::Close,
                        b',' => Kind::Comma,
                        b':' => Kind::Colon,
                        b';' => Kind::Semicolon,
                        b'|' => Kind::Bar,
                        b'*' | b'!' | b'?' | b'"' => Kind::Mark,
                        _ => Kind::Slash,
                    };
                    self.push_mark(kind, offset, next);
                }
                0x00..=0x1F | 0x7F => {
                    return Err(TitleError::InvalidCharacter {
                        character: char::from(byte),
                        offset: TitleError::offset(offset),
                    });
                }
                // "C++" and "C#" name programming languages: read as the
                // words "cpp" and "csharp", when nothing runs on after them.
                b'+' | b'#' if word.is_c() => match c_language(bytes, offset) {
                    Some((letters, after)) => {
                        for &letter in letters {
                            word.push(after.wrapping_sub(1), letter);
                        }
                        offset = after;
                        continue;
                    }
                    None => word.push_other(offset),
                },
                // Other punctuation ("C+", "@") stays in its word, which
                // then matches nothing.
                0x21..=0x7E => word.push_other(offset),
                _ => {
                    let (character, kind) = non_ascii(input, offset)?;
                    let after = offset.wrapping_add(character.len_utf8());
                    match kind {
                        NonAscii::Space => self.end(&mut word),
                        NonAscii::Dash => {
                            self.end(&mut word);
                            self.push_mark(Kind::Dash, offset, after);
                        }
                        NonAscii::Mark => {
                            self.end(&mut word);
                            self.push_mark(Kind::Mark, offset, after);
                        }
                        NonAscii::Dropped => {}
                    }
                    offset = after;
                    continue;
                }
            }
            offset = next;
        }
        self.end(&mut word);
        if self.len == 0 {
            return Err(if input.chars().all(char::is_whitespace) {
                TitleError::Empty
            } else {
                TitleError::Unknown
            });
        }
        Ok(())
    }

    fn push_mark(&mut self, kind: Kind, start: usize, end: usize) {
        self.push(Token {
            kind,
            flags: 0,
            id: NO_WORD,
            start: TitleError::offset(start),
            end: TitleError::offset(end),
        });
    }

    /// Ends the word being read, if any, and pushes its token or tokens.
    #[inline(always)]
    fn end(&mut self, word: &mut Word) {
        // Most separators end no word: answer that without a call.
        if word.start.is_some() {
            self.end_word(word);
        }
    }

    #[inline(never)]
    fn end_word(&mut self, word: &mut Word) {
        let Some((start, end)) = word.span() else {
            return;
        };
        let (start, end) = (TitleError::offset(start), TitleError::offset(end));
        let found = if word.other { None } else { word.lookup() };
        match found {
            Some(found) => {
                // "information technology" is "it", "IM&T" is "imandt": the
                // rule replaces the word before too (see `join_pair`).
                if self.join_pair(found.id, end) {
                    word.clear();
                    return;
                }
                // A known word led by a digit ("2nd") is no band code where
                // one should be: the grammar needs to tell.
                let mut flags = if found.plural { PLURAL } else { 0 } | (word.flags() & DIGIT);
                if info(found.id).class & BAND_START != 0 {
                    flags |= MAY_BAND;
                }
                self.push(Token {
                    kind: Kind::Word,
                    flags,
                    id: found.id,
                    start,
                    end,
                });
                if found.then != NO_WORD {
                    self.push(Token {
                        kind: Kind::Word,
                        flags,
                        id: found.then,
                        start,
                        end,
                    });
                }
            }
            None => {
                let mut flags = word.flags();
                if flags & BANDISH != 0 {
                    flags |= MAY_BAND;
                }
                if word.has_digit() {
                    flags |= HAS_DIGIT;
                }
                self.push(Token {
                    kind: Kind::Unknown,
                    flags,
                    id: NO_WORD,
                    start,
                    end,
                });
            }
        }
        word.clear();
    }
}

fn is_space(byte: u8) -> bool {
    byte.is_ascii_whitespace() || byte == 0x0B
}

/// A word being read: its lower-cased bytes, packed into eight-byte chunks
/// as the word table hashes them.
struct Word {
    chunks: [u64; WORD_BYTES / 8],
    len: usize,
    start: Option<usize>,
    end: usize,
    /// The word holds punctuation or is longer than any table word.
    other: bool,
    /// How many letters and digits came before the first punctuation.
    letters_before_other: usize,
}

impl Word {
    const fn new() -> Word {
        Word {
            chunks: [0; WORD_BYTES / 8],
            len: 0,
            start: None,
            end: 0,
            other: false,
            letters_before_other: usize::MAX,
        }
    }

    /// Adds an ASCII letter or digit, lower-cased: bit 0x20 lower-cases a
    /// letter and leaves a digit as it is.
    #[inline(always)]
    fn push(&mut self, offset: usize, byte: u8) {
        self.start.get_or_insert(offset);
        self.end = offset.wrapping_add(1);
        let shift = u32::try_from(self.len & 7).unwrap_or(0).wrapping_mul(8);
        match self.chunks.get_mut(self.len >> 3) {
            Some(chunk) => *chunk |= u64::from(byte | 0x20).wrapping_shl(shift),
            None => self.other = true,
        }
        self.len = self.len.saturating_add(1);
    }

    /// Sets the word to the run of ASCII letters and digits at
    /// `bytes[offset..end]`, eight bytes at a time.
    #[inline(always)]
    fn set(&mut self, bytes: &[u8], offset: usize, end: usize) {
        let len = end.wrapping_sub(offset);
        self.start = Some(offset);
        self.end = end;
        self.len = len;
        // A word longer than any table word is unknown, but its first bytes
        // still tell a digit or "band7…" apart.
        self.other |= len > WORD_BYTES;
        for (index, chunk) in self.chunks.iter_mut().enumerate().take(len.div_ceil(8)) {
            let at = offset.wrapping_add(index.wrapping_mul(8));
            let count = end.wrapping_sub(at).min(8);
            // One load where eight bytes are there to read, else a byte at a time.
            let value = match bytes.get(at..at.wrapping_add(8)) {
                Some(&[a, b, c, d, e, f, g, h]) => u64::from_le_bytes([a, b, c, d, e, f, g, h]),
                _ => bytes
                    .get(at..end)
                    .unwrap_or_default()
                    .iter()
                    .rev()
                    .fold(0u64, |value, &byte| value << 8 | u64::from(byte)),
            };
            // The run's bytes only, each with bit 0x20 set: lower case.
            let present = u64::MAX
                .checked_shr(64u32.wrapping_sub(8u32.wrapping_mul(count as u32)))
                .unwrap_or(u64::MAX);
            *chunk = (value | 0x2020_2020_2020_2020) & present;
        }
    }

    /// Whether the word so far is the letter "c" alone, as "C++" and "C#"
    /// begin.
    fn is_c(&self) -> bool {
        self.len == 1 && !self.other && self.chunks.first() == Some(&u64::from(b'c'))
    }

    fn push_other(&mut self, offset: usize) {
        self.start.get_or_insert(offset);
        self.end = offset.wrapping_add(1);
        self.letters_before_other = self.letters_before_other.min(self.len);
        self.other = true;
    }

    /// Whether any of the word's packed bytes is a digit.
    fn has_digit(&self) -> bool {
        self.chunks
            .iter()
            .flat_map(|chunk| chunk.to_le_bytes())
            .take(self.len)
            .any(|byte| byte.is_ascii_digit())
    }

    fn span(&self) -> Option<(usize, usize)> {
        Some((self.start?, self.end))
    }

    fn lookup(&self) -> Option<WordRef> {
        if self.len > WORD_BYTES {
            return None;
        }
        match WORDS.get(self.chunks.get(..self.len.div_ceil(8))?) {
            Some(packed) => Some(WordRef::unpack(packed)),
            None => self.singular(),
        }
    }

    /// The word a plural in "s" is of ("Analysts"), when that word ends a
    /// role or a term: the table holds the word, not the plural.
    #[inline(never)]
    fn singular(&self) -> Option<WordRef> {
        let last = self.len.checked_sub(1)?;
        let shift = u32::try_from(last & 7).ok()?.wrapping_mul(8);
        let mut chunks = self.chunks;
        let chunk = chunks.get_mut(last >> 3)?;
        if self.len < 4 || *chunk >> shift & 0xFF != u64::from(b's') {
            return None;
        }
        *chunk &= !(0xFF_u64 << shift);
        let packed = WORDS.get(chunks.get(..last.div_ceil(8))?)?;
        WordRef::takes_s(packed).then(|| WordRef {
            plural: true,
            ..WordRef::unpack(packed)
        })
    }

    fn flags(&self) -> u8 {
        const BAND: u64 = u64::from_le_bytes(*b"band\0\0\0\0");
        let first = self.chunks.first().copied().unwrap_or(0);
        let is_digit = |byte: u64| (u64::from(b'0')..=u64::from(b'9')).contains(&byte);
        // The packed letters skip punctuation, so a flag holds only where
        // no punctuation came before the letters it reads ("%6", "band%6").
        let mut flags = 0;
        // A number, or a code of one letter and digits (see `CODED`).
        // One or two digits to the end, so "B2B" stays a word.
        let coded = (2..=3).contains(&self.len)
            && self.letters_before_other >= self.len
            && (first & 0xFF).wrapping_sub(u64::from(b'a')) < 26
            && is_digit(first >> 8 & 0xFF)
            && (self.len == 2 || is_digit(first >> 16 & 0xFF));
        if self.letters_before_other >= 1 && is_digit(first & 0xFF) {
            flags |= DIGIT;
        }
        if coded {
            flags |= CODED;
        }
        if self.letters_before_other >= 5
            && first & 0xFFFF_FFFF == BAND
            && is_digit(first >> 32 & 0xFF)
        {
            flags |= BANDISH;
        }
        flags
    }

    fn clear(&mut self) {
        let used = self.len.div_ceil(8).min(self.chunks.len());
        if let Some(chunks) = self.chunks.get_mut(..used) {
            chunks.fill(0);
        }
        self.len = 0;
        self.start = None;
        self.other = false;
        self.letters_before_other = usize::MAX;
    }
}

/// Packs a word as the word table stores it: eight bytes a chunk,
/// little-endian, zero padded. For the generator.
#[cfg(test)]
pub(crate) fn word_chunks(word: &[u8]) -> std::vec::Vec<u64> {
    word.chunks(8)
        .map(|piece| {
            let mut eight = [0u8; 8];
            eight
                .iter_mut()
                .zip(piece)
                .for_each(|(to, from)| *to = *from);
            u64::from_le_bytes(eight)
        })
        .collect()
}

/// Packs word ids as the phrase table stores them: two to a four-byte chunk
/// (each returned widened, as the index generator takes keys).
#[cfg(test)]
pub(crate) fn phrase_chunks(ids: &[u16]) -> std::vec::Vec<u64> {
    ids.chunks(2)
        .map(|piece| {
            piece.iter().enumerate().fold(0u64, |chunk, (index, &id)| {
                chunk | u64::from(id) << (16 * index)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{PhraseKey, Word, WordRef, phrase_chunks};
    use crate::word_table::WORDS;

    /// The word read from `text`, as the reader packs it.
    fn read(text: &str) -> Option<WordRef> {
        let mut word = Word::new();
        for (offset, byte) in text.bytes().enumerate() {
            word.push(offset, byte);
        }
        word.lookup()
    }

    /// Plurals in "s" are read from the word's own entry, not stored: the
    /// plural of a word that ends a role or a term reads as that word,
    /// plural; a word the table spells itself stays its own; no other word
    /// is read as a plural.
    #[test]
    fn a_plural_in_s_is_read_from_its_words_entry() {
        let analyst = read("analyst").expect("a word");
        assert!(!analyst.plural);
        let analysts = read("Analysts").expect("the plural of a word that ends roles");
        assert_eq!((analysts.id, analysts.plural), (analyst.id, true));
        let developers = read("developers").expect("two chunks, the last one byte");
        assert_eq!(developers.id, read("developer").expect("a word").id);
        assert!(developers.plural);
        // "Systems" and "services" are words of their own.
        for own in ["systems", "services"] {
            assert!(!read(own).expect("a word").plural, "{own}");
        }
        assert!(read("libraries").expect("listed").plural);
        // Not the plural of a word that ends no role or term, nor of a
        // word ending in "y" but "library", nor a lone "s".
        for text in ["securities", "ss", "s", "clinicals"] {
            assert!(read(text).is_none_or(|w| !w.plural), "{text}");
        }
        // No plural has an entry of its own.
        let plurals = WORDS
            .values
            .iter()
            .filter(|&&packed| WordRef::unpack(packed).plural);
        assert_eq!(plurals.count(), 1, "only \"libraries\" is stored");
    }

    #[test]
    fn a_phrase_key_packs_as_the_generator_does_up_to_sixteen_words() {
        let ids: std::vec::Vec<u16> = (1..=17).map(|id| id * 37).collect();
        let mut key = PhraseKey::new();
        for (count, &id) in ids.iter().enumerate() {
            key.push(id);
            let packed = phrase_chunks(ids.get(..=count).unwrap_or_default());
            match key.chunks() {
                Some(chunks) => {
                    let wide: std::vec::Vec<u64> = chunks.iter().map(|&c| u64::from(c)).collect();
                    assert_eq!(wide, packed, "{} words", count + 1);
                }
                None => assert_eq!(count + 1, 17, "only a key of over sixteen words is none"),
            }
        }
        assert_eq!(key.lookup(), None);
    }
}
