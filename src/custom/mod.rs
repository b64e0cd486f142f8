//! An organisation's own aliases and terms, added at runtime.
//!
//! A [`Vocabulary`] extends the built-in tables without changing them: its
//! words get ids after the built-in ones, its phrases sit in a second table
//! beside the built-in phrase table, and the same grammar and the same
//! `classify` rules read a title against both (they are generic over
//! [`Lexicon`], so the built-in readers are compiled as before). Lookups
//! allocate nothing; building does.

mod error;
mod files;
mod table;

use alloc::boxed::Box;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

pub use error::{VocabularyError, VocabularyErrorKind};

use crate::classify::Classify;
use crate::grammar::Grammar;
use crate::normalize::{Mode, normalize};
use crate::packed::{Packed, with_fallback};
use crate::suggest::suggest_among;
use crate::title::{Parts, parse_packed};
use crate::vocabulary::TERMS;
use crate::word_table::CLASSES;
use crate::words::{
    BANDISH, Builtin, Kind, Lexicon, NO_TERM, PLURAL, Phrase, PhraseKey, SMALL, Token, Tokens,
    USER_TERMS, over_tokens,
};
use crate::{BandRange, Classification, Family, JobTitle, Role, Suggestions, TitleError};
use table::Table;

/// The most words one alias or term may have: what a phrase key holds.
const PHRASE_WORDS: usize = 16;

/// The longest word a vocabulary keys, in letters and digits.
const WORD_BYTES: usize = 32;

/// An organisation's own job titles ("EPR Analyst" for a role) and family
/// terms ("Caldicott Lead" for Information governance), on top of the
/// built-in taxonomy.
///
/// Build one with [`Vocabulary::builder`], or load one from a file with
/// [`Vocabulary::from_csv`] or [`Vocabulary::from_json`]. Each alias and
/// term is read by the crate's own matching rules (case, spacing, hyphens,
/// respellings such as `ICT` for `IT`), so `"epr  analyst"` finds the alias
/// "EPR Analyst", and "Senior EPR Analyst (Band 6)" finds it with its level
/// and band. An entry that already means something built in, or that reads
/// the same as another entry, is refused with an error that names both.
///
/// The lookups ([`parse_title`](Vocabulary::parse_title),
/// [`role_from_title`](Vocabulary::role_from_title),
/// [`classify`](Vocabulary::classify), [`suggest`](Vocabulary::suggest))
/// allocate nothing and cost about what the free functions do. Every title
/// that [`parse_title`](crate::parse_title) reads, they read the same (a
/// property test and a fuzz target hold them to it). Other free text may
/// read differently, as it should: the vocabulary's entries are evidence
/// too, and a longer phrase wins over a shorter one inside it, so a term
/// "Cerner Build Analyst" makes "Cerner Build Analyst, Pharmacy" a family
/// match where the built-in tables alone found nothing.
///
/// ```
/// use digital_health_roles::{Family, MatchKind, Role, Seniority, Vocabulary};
///
/// let mut builder = Vocabulary::builder();
/// builder.alias("EPR Analyst", Role::HealthInformationOfficer)?;
/// builder.term("Caldicott Lead", Family::InformationGovernance)?;
/// let vocabulary = builder.build();
///
/// let title = vocabulary.parse_title("Senior EPR Analyst (Band 6)")?;
/// assert_eq!(title.role(), Role::HealthInformationOfficer);
/// assert_eq!(title.seniority(), Some(Seniority::Senior));
///
/// let found = vocabulary.classify("Deputy Caldicott Lead, Surrey Trust")?;
/// assert_eq!((found.kind(), found.family()), (MatchKind::Family, Some(Family::InformationGovernance)));
///
/// // Built-in titles read as they always do.
/// assert_eq!(vocabulary.parse_title("Data Analyst")?.role(), Role::DataAnalyst);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Vocabulary {
    aliases: Vec<Entry<Role>>,
    terms: Vec<Entry<Family>>,
    /// A new word (its letters and digits, packed) to its id.
    words: Table<u16>,
    /// A run of word ids to what it names, and the prefixes of longer runs.
    phrases: Table<Phrase, u32>,
    /// An alias key packed as titles are, to its role: the fast path.
    packed: Table<Role>,
    /// A bit per word id: whether an entry begins with that word.
    starts: Vec<u64>,
    /// The most words in an alias, or the built-in most if that is more.
    role_words: usize,
    /// Whether an alias begins with a seniority word, so the fast path must
    /// try a title's first word as part of the role before as a level.
    level_first: bool,
    /// The id the next new word gets.
    next_word: u16,
    /// The aliases' keys, shortest first, for `suggest`.
    by_length: Vec<(Box<[u8]>, Role, u64)>,
}

/// An alias or term as it was given.
#[derive(Clone)]
struct Entry<T> {
    text: Box<str>,
    value: T,
    line: Option<usize>,
}

impl fmt::Debug for Vocabulary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Vocabulary")
            .field("aliases", &self.aliases().collect::<Vec<_>>())
            .field("terms", &self.terms().collect::<Vec<_>>())
            .finish()
    }
}

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary::builder().build()
    }
}

impl Vocabulary {
    /// An empty builder.
    ///
    /// ```
    /// use digital_health_roles::{Role, Vocabulary};
    ///
    /// let mut builder = Vocabulary::builder();
    /// builder.alias("Lead Developer", Role::SoftwareDeveloper)?;
    /// assert_eq!(builder.build().parse_title("Senior Lead Developer")?.role(), Role::SoftwareDeveloper);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn builder() -> VocabularyBuilder {
        VocabularyBuilder {
            vocabulary: Vocabulary {
                aliases: Vec::new(),
                terms: Vec::new(),
                words: Table::new(),
                phrases: Table::new(),
                packed: Table::new(),
                starts: Vec::new(),
                role_words: crate::word_table::ROLE_WORDS,
                level_first: false,
                next_word: u16::try_from(CLASSES.len()).unwrap_or(u16::MAX),
                by_length: Vec::new(),
            },
            owners: Table::new(),
        }
    }

    /// The aliases, as given, with their roles, in the order added.
    ///
    /// ```
    /// use digital_health_roles::{Role, Vocabulary};
    ///
    /// let vocabulary = Vocabulary::from_csv("alias,role\nEPR Analyst,health-information-officer\n")?;
    /// assert_eq!(vocabulary.aliases().collect::<Vec<_>>(), [("EPR Analyst", Role::HealthInformationOfficer)]);
    /// # Ok::<(), digital_health_roles::VocabularyError>(())
    /// ```
    pub fn aliases(&self) -> impl ExactSizeIterator<Item = (&str, Role)> + '_ {
        self.aliases.iter().map(|entry| (&*entry.text, entry.value))
    }

    /// The terms, as given, with their families, in the order added.
    ///
    /// ```
    /// use digital_health_roles::{Family, Vocabulary};
    ///
    /// let vocabulary = Vocabulary::from_csv("term,family\nCaldicott Lead,Information governance\n")?;
    /// assert_eq!(vocabulary.terms().next(), Some(("Caldicott Lead", Family::InformationGovernance)));
    /// # Ok::<(), digital_health_roles::VocabularyError>(())
    /// ```
    pub fn terms(&self) -> impl ExactSizeIterator<Item = (&str, Family)> + '_ {
        self.terms.iter().map(|entry| (&*entry.text, entry.value))
    }

    /// Whether the vocabulary adds nothing to the built-in one.
    ///
    /// ```
    /// assert!(digital_health_roles::Vocabulary::default().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.aliases.is_empty() && self.terms.is_empty()
    }

    /// [`Role::from_title`] with the aliases: the whole text names a role.
    ///
    /// # Errors
    ///
    /// As [`Role::from_title`].
    ///
    /// ```
    /// use digital_health_roles::{Role, TitleError, Vocabulary};
    ///
    /// let mut builder = Vocabulary::builder();
    /// builder.alias("EPR Analyst", Role::HealthInformationOfficer)?;
    /// let vocabulary = builder.build();
    /// assert_eq!(vocabulary.role_from_title("epr-analyst"), Ok(Role::HealthInformationOfficer));
    /// assert_eq!(vocabulary.role_from_title("DPO"), Ok(Role::DataProtectionOfficer));
    /// assert_eq!(vocabulary.role_from_title("Senior EPR Analyst"), Err(TitleError::Unknown));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn role_from_title(&self, title: &str) -> Result<Role, TitleError> {
        if let Some(role) = Role::from_exact_title(title) {
            return Ok(role);
        }
        if self.packed.is_empty() {
            return Role::from_title(title);
        }
        // One packing, the built-in keys first.
        with_fallback(title, Mode::Lookup, |packed| {
            let chunks = packed.chunks().ok_or(TitleError::Unknown)?;
            crate::lookup::role_of_chunks(chunks)
                .or_else(|| self.packed.get(chunks).copied())
                .ok_or(TitleError::Unknown)
        })
    }

    /// [`parse_title`](crate::parse_title) with the aliases: a role, by its
    /// built-in names or an alias, with an optional seniority and band.
    ///
    /// # Errors
    ///
    /// As [`parse_title`](crate::parse_title).
    ///
    /// ```
    /// use digital_health_roles::{Band, Role, Vocabulary};
    ///
    /// let mut builder = Vocabulary::builder();
    /// builder.alias("EPR Analyst", Role::HealthInformationOfficer)?;
    /// let vocabulary = builder.build();
    /// let title = vocabulary.parse_title("EPR Analyst - Band 6")?;
    /// assert_eq!((title.role(), title.band()), (Role::HealthInformationOfficer, Some(Band::Band6)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_title(&self, title: &str) -> Result<JobTitle, TitleError> {
        if let Some(role) = Role::from_exact_title(title) {
            return Ok(JobTitle::new(role));
        }
        if self.is_empty() {
            return crate::parse_title(title);
        }
        // One packing, the built-in keys first: the fast path, which reads a
        // level and a band around the role words as the grammar does.
        let fast = with_fallback(title, Mode::Parsed, |packed| {
            parse_packed(packed).or_else(|_| self.parse_packed(packed))
        });
        match fast {
            Ok(found) => Ok(found),
            // The grammar knows the forms the fast path does not: acronyms,
            // levels after the role, band ranges.
            Err(_) => self.grammar(title),
        }
    }

    /// [`classify`](crate::classify) with the aliases and terms: a role, a
    /// family, or the families that compete, read by the same rules.
    ///
    /// A family found through one of the vocabulary's terms has no
    /// [`term`](Classification::term) (that names built-in terms only); its
    /// [`evidence`](Classification::evidence) shows where the term stands.
    ///
    /// # Errors
    ///
    /// As [`classify`](crate::classify).
    ///
    /// ```
    /// use digital_health_roles::{Family, MatchKind, Role, Vocabulary};
    ///
    /// let mut builder = Vocabulary::builder();
    /// builder.alias("EPR Analyst", Role::HealthInformationOfficer)?;
    /// let vocabulary = builder.build();
    /// let found = vocabulary.classify("Senior EPR Analyst, Fixed Term")?;
    /// assert_eq!((found.kind(), found.role()), (MatchKind::Qualified, Some(Role::HealthInformationOfficer)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn classify(&self, title: &str) -> Result<Classification, TitleError> {
        if self.is_empty() {
            return crate::classify(title);
        }
        over_tokens(title, &Classify(self))
    }

    /// [`suggest`](crate::suggest) over the built-in keys and the aliases.
    ///
    /// ```
    /// use digital_health_roles::{Role, Vocabulary};
    ///
    /// let mut builder = Vocabulary::builder();
    /// builder.alias("EPR Analyst", Role::HealthInformationOfficer)?;
    /// let vocabulary = builder.build();
    /// assert_eq!(vocabulary.suggest("EPR Analsyt").next(), Some(Role::HealthInformationOfficer));
    /// assert_eq!(vocabulary.suggest("Data Analsyt").next(), Some(Role::DataAnalyst));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use = "suggestions are computed eagerly; use them or skip the call"]
    pub fn suggest(&self, title: &str) -> Suggestions {
        suggest_among(title, &self.by_length)
    }

    /// The grammar over the title's tokens, with the vocabulary's words.
    #[cold]
    #[inline(never)]
    fn grammar(&self, title: &str) -> Result<JobTitle, TitleError> {
        over_tokens(title, &Grammar(self)).map(|reading| reading.job_title())
    }

    /// The fast path of [`parse_title`](Vocabulary::parse_title) for the
    /// aliases, as `parse_packed` is for the built-in keys.
    fn parse_packed(&self, packed: &Packed) -> Result<JobTitle, TitleError> {
        let parts = Parts::of(packed)?;
        let with_band = |title: JobTitle| match parts.band {
            Some(band) => title.with_bands(BandRange::single(band)),
            None => title,
        };
        if parts.seniority.is_none() || self.level_first {
            if let Some(&role) = self.packed.get(parts.with_seniority.chunks()) {
                return Ok(with_band(JobTitle::new(role)));
            }
        }
        let seniority = parts.seniority.ok_or(TitleError::Unknown)?;
        let role = *self
            .packed
            .get(parts.role.chunks())
            .ok_or(TitleError::Unknown)?;
        Ok(with_band(JobTitle::new(role).with_seniority(seniority)))
    }

    fn starts_with_word(&self, id: u16) -> bool {
        self.starts
            .get(usize::from(id) / 64)
            .is_some_and(|bits| bits & 1u64.wrapping_shl(u32::from(id) % 64) != 0)
    }
}

impl Lexicon for Vocabulary {
    /// Gives the vocabulary's own words, which the built-in table does not
    /// know, their ids.
    fn mark_words(&self, title: &str, tokens: &mut [Token]) {
        if self.words.is_empty() {
            return;
        }
        for token in tokens {
            // Only the id is set: to every rule but phrase lookups the word
            // stays unknown, so titles without the vocabulary's phrases read
            // exactly as they do without it.
            if token.kind != Kind::Unknown || token.flags & BANDISH != 0 {
                continue;
            }
            let text = title
                .as_bytes()
                .get(usize::from(token.start)..usize::from(token.end))
                .unwrap_or_default();
            if let Some((chunks, len)) = word_key(text) {
                if let Some(&id) = chunks.get(..len).and_then(|key| self.words.get(key)) {
                    token.id = id;
                }
            }
        }
    }

    #[inline]
    fn phrase(&self, key: &PhraseKey) -> Option<Phrase> {
        let builtin = key.lookup();
        if self.phrases.is_empty() {
            return builtin;
        }
        let own = key.chunks().and_then(|key| self.phrases.get(key));
        match (builtin, own) {
            (found, None) => found,
            (None, Some(&own)) => Some(own),
            // A built-in phrase that also begins (or is) one of ours; the
            // builder refused any entry that is itself a built-in phrase.
            (Some(found), Some(own)) => Some(Phrase {
                role: found.role.or(own.role),
                term: if found.term == NO_TERM {
                    own.term
                } else {
                    found.term
                },
                prefix: found.prefix || own.prefix,
            }),
        }
    }

    #[inline]
    fn starts_phrase(&self, token: &Token) -> bool {
        Builtin.starts_phrase(token) || (token.has_id() && self.starts_with_word(token.id))
    }

    fn has_own_keys(&self) -> bool {
        !self.phrases.is_empty()
    }

    /// Any two words, when the vocabulary has aliases of its own, which
    /// the built-in pairs do not know.
    fn role_pair(&self, first: u16, second: u16) -> bool {
        !self.phrases.is_empty() || Builtin.role_pair(first, second)
    }

    fn role_words(&self) -> usize {
        self.role_words
    }
}

/// A word's letters and digits, lower-cased and packed eight to a chunk:
/// how the vocabulary keys its own words. `None` for a word too long to key.
fn word_key(text: &[u8]) -> Option<([u64; 4], usize)> {
    let mut chunks = [0u64; 4];
    let mut count: usize = 0;
    for byte in text.iter().filter(|b| b.is_ascii_alphanumeric()) {
        if count >= WORD_BYTES {
            return None;
        }
        let chunk = chunks.get_mut(count / 8)?;
        *chunk |= u64::from(byte.to_ascii_lowercase())
            .wrapping_shl(8u32.wrapping_mul((count % 8) as u32));
        count = count.wrapping_add(1);
    }
    (count > 0).then_some((chunks, count.div_ceil(8)))
}

/// Builds a [`Vocabulary`]: add aliases and terms, in code or from files,
/// then [`build`](VocabularyBuilder::build).
///
/// Every entry is checked as it is added. It must be a plain job title
/// (words; no brackets, band or plural; not only seniority words), must not
/// already mean something built in (a role's title, id or alias, a title
/// that [`parse_title`](crate::parse_title) already reads, or a built-in
/// family term), and must not read the same as an entry added before. A
/// refused entry leaves the builder as it was.
///
/// ```
/// use digital_health_roles::{Family, Role, Vocabulary, VocabularyErrorKind};
///
/// let mut builder = Vocabulary::builder();
/// builder.alias("EPR Analyst", Role::HealthInformationOfficer)?;
/// let error = builder.term("epr-analyst", Family::DataAndAnalytics).unwrap_err();
/// assert!(matches!(error.kind(), VocabularyErrorKind::CollidesWithEntry { .. }));
/// let error = builder.alias("Senior Data Analyst", Role::HealthDataScientist).unwrap_err();
/// assert!(matches!(error.kind(), VocabularyErrorKind::CollidesWithBuiltin { .. }));
/// assert_eq!(builder.build().aliases().len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct VocabularyBuilder {
    vocabulary: Vocabulary,
    /// A phrase key to the entry that owns it: `Ok` an alias index, `Err`
    /// a term index.
    owners: Table<Result<usize, usize>, u32>,
}

impl Default for VocabularyBuilder {
    fn default() -> VocabularyBuilder {
        Vocabulary::builder()
    }
}

impl fmt::Debug for VocabularyBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("VocabularyBuilder")
            .field(&self.vocabulary)
            .finish()
    }
}

/// What an entry names.
#[derive(Clone, Copy)]
enum Target {
    Role(Role),
    Family(Family),
}

impl VocabularyBuilder {
    /// Adds an alias: another title for `role`.
    ///
    /// # Errors
    ///
    /// [`VocabularyError`] when the alias is not a plain title, already
    /// means something built in, or reads the same as an earlier entry.
    ///
    /// ```
    /// use digital_health_roles::{Role, Vocabulary};
    ///
    /// let mut builder = Vocabulary::builder();
    /// builder.alias("EPR Analyst", Role::HealthInformationOfficer)?
    ///     .alias("Cerner Trainer", Role::DigitalHealthTrainer)?;
    /// assert_eq!(builder.build().aliases().len(), 2);
    /// # Ok::<(), digital_health_roles::VocabularyError>(())
    /// ```
    pub fn alias(&mut self, alias: &str, role: Role) -> Result<&mut Self, VocabularyError> {
        self.add(alias, Target::Role(role), None)?;
        Ok(self)
    }

    /// Adds a term: a title of some job of `family` that names no role.
    /// A vocabulary's terms always count (built-in terms such as
    /// "Project Manager" count only beside a digital word).
    ///
    /// # Errors
    ///
    /// As [`alias`](VocabularyBuilder::alias).
    ///
    /// ```
    /// use digital_health_roles::{Family, Vocabulary};
    ///
    /// let mut builder = Vocabulary::builder();
    /// builder.term("Caldicott Lead", Family::InformationGovernance)?;
    /// let found = builder.build().classify("Caldicott Lead")?;
    /// assert_eq!(found.family(), Some(Family::InformationGovernance));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn term(&mut self, term: &str, family: Family) -> Result<&mut Self, VocabularyError> {
        self.add(term, Target::Family(family), None)?;
        Ok(self)
    }

    /// Adds the entries of a CSV file; see [`Vocabulary::from_csv`].
    ///
    /// # Errors
    ///
    /// The first entry or line that is wrong, with its line number. The
    /// entries before it stay added.
    ///
    /// ```
    /// use digital_health_roles::{Family, Vocabulary};
    ///
    /// let mut builder = Vocabulary::builder();
    /// builder.csv("alias,role\nEPR Analyst,health-information-officer\n")?;
    /// builder.csv("term,family\nCaldicott Lead,information-governance\n")?;
    /// let vocabulary = builder.build();
    /// assert_eq!((vocabulary.aliases().len(), vocabulary.terms().len()), (1, 1));
    /// # Ok::<(), digital_health_roles::VocabularyError>(())
    /// ```
    pub fn csv(&mut self, text: &str) -> Result<&mut Self, VocabularyError> {
        files::read_csv(text, |entry, target, line| {
            let target = target_of(target, entry.kind)?;
            self.add(entry.text, target, Some(line)).map(|_| ())
        })?;
        Ok(self)
    }

    /// Adds the entries of a JSON document; see [`Vocabulary::from_json`].
    ///
    /// # Errors
    ///
    /// As [`csv`](VocabularyBuilder::csv).
    ///
    /// ```
    /// use digital_health_roles::Vocabulary;
    ///
    /// let mut builder = Vocabulary::builder();
    /// builder.json(r#"{"aliases": {"EPR Analyst": "health-information-officer"}}"#)?;
    /// assert_eq!(builder.build().aliases().len(), 1);
    /// # Ok::<(), digital_health_roles::VocabularyError>(())
    /// ```
    pub fn json(&mut self, text: &str) -> Result<&mut Self, VocabularyError> {
        files::read_json(text, |entry, target, line| {
            let target = target_of(target, entry.kind)?;
            self.add(entry.text, target, Some(line)).map(|_| ())
        })?;
        Ok(self)
    }

    /// The vocabulary, ready for lookups.
    #[must_use]
    pub fn build(self) -> Vocabulary {
        self.vocabulary
    }

    fn add(
        &mut self,
        text: &str,
        target: Target,
        line: Option<usize>,
    ) -> Result<(), VocabularyError> {
        let fail = |kind: VocabularyErrorKind| VocabularyError::new(kind).at(line);
        let entry = || String::from(text);
        let not_plain = |reason: &'static str| {
            fail(VocabularyErrorKind::NotPlainWords {
                entry: entry(),
                reason,
            })
        };
        let invalid = |error: TitleError| {
            fail(VocabularyErrorKind::Invalid {
                entry: entry(),
                error,
            })
        };

        // Read it as a title is read, and keep to plain words.
        normalize(text, Mode::Lookup).map_err(invalid)?;
        let mut tokens = Tokens::<SMALL>::new();
        tokens.read(text).map_err(invalid)?;
        if tokens.is_full() {
            return Err(not_plain("more than sixteen words"));
        }
        plain_words(text, tokens.as_slice()).map_err(not_plain)?;

        // Nothing built in may change meaning. Beside a level or a band the
        // entry cannot become a built-in reading either: `plain_words` keeps
        // out the words that would join a band or grade ("Data Analyst NHS"
        // in "Data Analyst NHS Band 6"), and a property test holds to it.
        if let Ok(found) = crate::parse_title(text) {
            let role = found.role().title();
            let builtin = if found.seniority().is_none() && found.bands().is_none() {
                format!("role {role}")
            } else {
                format!("role {role} (read as \"{found}\")")
            };
            return Err(fail(VocabularyErrorKind::CollidesWithBuiltin {
                entry: entry(),
                builtin,
            }));
        }

        // The entry and its other spellings of a level word ("Snr" for
        // "Senior"), each as a run of word ids; words the built-in table
        // lacks get new ids, kept only if the entry is accepted.
        let mut new_words: Vec<([u64; 4], usize, u16)> = Vec::new();
        let mut next = self.vocabulary.next_word;
        let mut spellings: Vec<(Vec<u32>, Vec<u16>, String)> = Vec::new();
        for variant in level_spellings(text, tokens.as_slice()) {
            let mut tokens = Tokens::<SMALL>::new();
            tokens.read(&variant).map_err(invalid)?;
            let mut ids: Vec<u16> = Vec::new();
            for token in tokens.as_slice().iter().filter(|t| t.kind != Kind::Hyphen) {
                if token.kind == Kind::Word {
                    ids.push(token.id);
                    continue;
                }
                let bytes = variant
                    .as_bytes()
                    .get(usize::from(token.start)..usize::from(token.end))
                    .unwrap_or_default();
                let (chunks, len) =
                    word_key(bytes).ok_or_else(|| not_plain("a word has more than 32 letters"))?;
                let known = chunks
                    .get(..len)
                    .and_then(|k| self.vocabulary.words.get(k))
                    .copied();
                let earlier = new_words
                    .iter()
                    .find(|(c, l, _)| *c == chunks && *l == len)
                    .map(|&(_, _, id)| id);
                let id = match known.or(earlier) {
                    Some(id) => id,
                    None => {
                        let id = next;
                        next = next
                            .checked_add(1)
                            .filter(|&n| n < u16::MAX)
                            .ok_or_else(|| fail(VocabularyErrorKind::TooMany))?;
                        new_words.push((chunks, len, id));
                        id
                    }
                };
                ids.push(id);
            }
            let mut phrase_key = PhraseKey::new();
            ids.iter().for_each(|&id| phrase_key.push(id));
            if let Some(found) = Builtin.phrase(&phrase_key) {
                if let Some(role) = found.role {
                    return Err(fail(VocabularyErrorKind::CollidesWithBuiltin {
                        entry: entry(),
                        builtin: format!("role {}", role.title()),
                    }));
                }
                if let Some(term) = TERMS.get(usize::from(found.term)) {
                    return Err(fail(VocabularyErrorKind::CollidesWithBuiltin {
                        entry: entry(),
                        builtin: format!("term \"{}\" of {}", term.text(), term.family.name()),
                    }));
                }
            }
            let phrase_chunks = phrase_key.chunks().unwrap_or_default().to_vec();
            if let Some(&owner) = self.owners.get(&phrase_chunks) {
                let (other, other_line) = match owner {
                    Ok(alias) => self
                        .vocabulary
                        .aliases
                        .get(alias)
                        .map(|e| (e.text.to_string(), e.line)),
                    Err(term) => self
                        .vocabulary
                        .terms
                        .get(term)
                        .map(|e| (e.text.to_string(), e.line)),
                }
                .unwrap_or_default();
                return Err(fail(VocabularyErrorKind::CollidesWithEntry {
                    entry: entry(),
                    other,
                    other_line,
                }));
            }
            let key = normalize(&variant, Mode::Lookup).map_err(invalid)?;
            let key = key
                .bytes()
                .and_then(|bytes| core::str::from_utf8(bytes).ok())
                .ok_or_else(|| not_plain("too many words"))?
                .to_string();
            spellings.push((phrase_chunks, ids, key));
        }

        // Accepted: record it.
        let vocabulary = &mut self.vocabulary;
        for (chunks, len, id) in new_words {
            if let Some(key) = chunks.get(..len) {
                vocabulary.words.insert(key, id);
            }
        }
        vocabulary.next_word = next;
        let (role, term) = match target {
            Target::Role(role) => (Some(role), NO_TERM),
            Target::Family(family) => {
                let index = Family::ALL.iter().position(|&f| f == family).unwrap_or(0);
                (
                    None,
                    USER_TERMS.saturating_add(u16::try_from(index).unwrap_or(0)),
                )
            }
        };
        let owner = match target {
            Target::Role(_) => Ok(vocabulary.aliases.len()),
            Target::Family(_) => Err(vocabulary.terms.len()),
        };
        for (phrase_chunks, ids, key) in &spellings {
            vocabulary.record_phrase(phrase_chunks, ids, role, term);
            self.owners.insert(phrase_chunks, owner);
            if let Target::Role(role) = target {
                vocabulary.role_words = vocabulary.role_words.max(ids.len());
                let packed = Packed::from_key(key.as_bytes());
                if let Some(chunks) = packed.chunks() {
                    vocabulary.packed.insert(chunks, role);
                }
                let at = vocabulary
                    .by_length
                    .partition_point(|(other, _, _)| other.len() <= key.len());
                let symbols = crate::suggest::symbols_of(key.as_bytes());
                vocabulary
                    .by_length
                    .insert(at, (key.as_bytes().into(), role, symbols));
            }
        }
        match target {
            Target::Role(role) => {
                vocabulary.level_first |= tokens
                    .as_slice()
                    .first()
                    .is_some_and(|t| t.level().is_some());
                vocabulary.aliases.push(Entry {
                    text: text.into(),
                    value: role,
                    line,
                });
            }
            Target::Family(family) => vocabulary.terms.push(Entry {
                text: text.into(),
                value: family,
                line,
            }),
        }
        Ok(())
    }
}

/// Why an entry is not a plain job title, if it is not: only words (letters,
/// digits, and the hyphens, dots, apostrophes and ampersands inside names),
/// none that the title grammar reads as a band, grade, count or context,
/// no plural, at most one level word, and not only small words.
fn plain_words(text: &str, tokens: &[Token]) -> Result<(), &'static str> {
    use crate::words::{BAND_START, CODE, CONTEXT, DIGIT, GLUED_BAND, GRADE, LETTER, NOT_THE_JOB};
    if !text.bytes().all(|b| {
        b.is_ascii_alphanumeric() || matches!(b, b' ' | b'\t' | b'-' | b'.' | b'\'' | b'&')
    }) {
        return Err("brackets and punctuation are not part of a title");
    }
    if tokens
        .iter()
        .any(|t| !matches!(t.kind, Kind::Word | Kind::Unknown | Kind::Hyphen))
    {
        return Err("brackets and punctuation are not part of a title");
    }
    let words: Vec<&Token> = tokens.iter().filter(|t| t.kind != Kind::Hyphen).collect();
    if words.len() > PHRASE_WORDS {
        return Err("more than sixteen words");
    }
    if words.iter().any(|t| t.flags & PLURAL != 0) {
        return Err("it has a plural or a possessive; give the title of one post");
    }
    let grammar_words = CODE | GLUED_BAND | BAND_START | LETTER | CONTEXT | NOT_THE_JOB | GRADE;
    if words
        .iter()
        .any(|t| t.info().class & grammar_words != 0 || t.flags & BANDISH != 0)
    {
        return Err(
            "it has a word titles use for a band, a grade or context (such as \"NHS\", \"in\", \"to\", \"II\" or a band number)",
        );
    }
    let at_end = [words.first(), words.last()];
    if at_end
        .iter()
        .flatten()
        .any(|t| t.kind == Kind::Unknown && t.flags & DIGIT != 0)
    {
        return Err("it begins or ends with a number, which titles use for a count or a grade");
    }
    match words.iter().filter(|t| t.level().is_some()).count() {
        0 => {}
        1 if words.len() > 1 => {}
        1 => return Err("it has only a seniority word"),
        _ => return Err("it has more than one seniority word"),
    }
    let small = |t: &&Token| {
        let word = text
            .get(usize::from(t.start)..usize::from(t.end))
            .unwrap_or_default();
        ["and", "&", "of", "the", "a", "an"]
            .iter()
            .any(|small| word.eq_ignore_ascii_case(small))
    };
    if words.iter().all(small) {
        return Err("it has no words of a job");
    }
    Ok(())
}

/// The entry with each spelling of its level word, if it has one ("Snr
/// Developer" and "Sr Developer" for "Senior Developer"), the entry as
/// written first.
fn level_spellings(text: &str, tokens: &[Token]) -> Vec<String> {
    let mut spellings = alloc::vec![String::from(text)];
    let Some(token) = tokens.iter().find(|t| t.level().is_some()) else {
        return spellings;
    };
    let Some(level) = token.level() else {
        return spellings;
    };
    let (start, end) = (usize::from(token.start), usize::from(token.end));
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return spellings;
    };
    for (word, _) in crate::level::LEVEL_WORDS
        .iter()
        .filter(|(_, other)| *other == level)
    {
        let Ok(word) = core::str::from_utf8(word) else {
            continue;
        };
        let spelled = format!("{before}{word}{after}");
        if !spellings.iter().any(|s| s.eq_ignore_ascii_case(&spelled)) {
            spellings.push(spelled);
        }
    }
    spellings
}

impl Vocabulary {
    /// Records a phrase of the vocabulary's and marks every shorter run it
    /// begins with as leading on to it.
    fn record_phrase(&mut self, chunks: &[u32], ids: &[u16], role: Option<Role>, term: u16) {
        match self.phrases.get_mut(chunks) {
            Some(phrase) => {
                phrase.role = role;
                phrase.term = term;
            }
            None => self.phrases.insert(
                chunks,
                Phrase {
                    role,
                    term,
                    prefix: false,
                },
            ),
        }
        let mut prefix = PhraseKey::new();
        for &id in ids.iter().take(ids.len().saturating_sub(1)) {
            prefix.push(id);
            let key = prefix.chunks().unwrap_or_default();
            match self.phrases.get_mut(key) {
                Some(phrase) => phrase.prefix = true,
                None => self.phrases.insert(
                    key,
                    Phrase {
                        role: None,
                        term: NO_TERM,
                        prefix: true,
                    },
                ),
            }
        }
        if let Some(&first) = ids.first() {
            let at = usize::from(first) / 64;
            if self.starts.len() <= at {
                self.starts.resize(at.saturating_add(1), 0);
            }
            if let Some(bits) = self.starts.get_mut(at) {
                *bits |= 1u64.wrapping_shl(u32::from(first) % 64);
            }
        }
    }
}

/// The role or family a file's entry names, by id or by name.
fn target_of(name: &str, kind: files::EntryKind) -> Result<Target, VocabularyError> {
    let name = name.trim();
    match kind {
        files::EntryKind::Alias => Role::from_id(name)
            .or_else(|| Role::from_title(name).ok())
            .map(Target::Role)
            .ok_or_else(|| {
                VocabularyError::new(VocabularyErrorKind::UnknownRole { name: name.into() })
            }),
        files::EntryKind::Term => Family::from_id(name)
            .or_else(|| Family::from_name(name).ok())
            .map(Target::Family)
            .ok_or_else(|| {
                VocabularyError::new(VocabularyErrorKind::UnknownFamily { name: name.into() })
            }),
    }
}

impl Vocabulary {
    /// A vocabulary from a CSV file with a header: `alias,role` for aliases
    /// or `term,family` for terms. A role is given by its id or title, a
    /// family by its id or name. Fields may be quoted (`"HR, 2026 review"`,
    /// with `""` for a quote); blank lines and lines starting with `#` are
    /// skipped; a third column, if the header names one, is ignored (a
    /// place for a source or a note).
    ///
    /// # Errors
    ///
    /// The first line that is wrong, with its number: a bad header, a
    /// wrong number of fields, an unknown role or family, or an entry the
    /// builder refuses.
    ///
    /// ```
    /// use digital_health_roles::{Role, Vocabulary};
    ///
    /// let csv = "alias,role,source\n\
    ///            EPR Analyst,health-information-officer,HR\n\
    ///            \"Cerner Trainer\",Digital Health Trainer,\"HR, 2026 review\"\n";
    /// let vocabulary = Vocabulary::from_csv(csv)?;
    /// assert_eq!(vocabulary.role_from_title("EPR analyst"), Ok(Role::HealthInformationOfficer));
    ///
    /// let error = Vocabulary::from_csv("alias,role\nEPR Analyst,Nurse\n").unwrap_err();
    /// assert_eq!(error.to_string(), "line 2: \"Nurse\" is not a role of the taxonomy (give its id or title)");
    /// # Ok::<(), digital_health_roles::VocabularyError>(())
    /// ```
    pub fn from_csv(text: &str) -> Result<Vocabulary, VocabularyError> {
        let mut builder = Vocabulary::builder();
        builder.csv(text)?;
        Ok(builder.build())
    }

    /// A vocabulary from a JSON object with up to two members, `aliases`
    /// (alias to role id or title) and `terms` (term to family id or name):
    ///
    /// ```json
    /// { "aliases": { "EPR Analyst": "health-information-officer" },
    ///   "terms": { "Caldicott Lead": "information-governance" } }
    /// ```
    ///
    /// # Errors
    ///
    /// The first thing that is wrong, with its line: JSON syntax, another
    /// shape, a key given twice, an unknown role or family, or an entry the
    /// builder refuses.
    ///
    /// ```
    /// use digital_health_roles::Vocabulary;
    ///
    /// let json = r#"{
    ///   "aliases": { "EPR Analyst": "health-information-officer" },
    ///   "terms": { "Caldicott Lead": "information-governance" }
    /// }"#;
    /// assert_eq!(Vocabulary::from_json(json)?.terms().len(), 1);
    ///
    /// let error = Vocabulary::from_json("{\n  \"aliases\": {\n    \"EPR Analyst\": 7\n  }\n}").unwrap_err();
    /// assert_eq!(error.line(), Some(3));
    /// # Ok::<(), digital_health_roles::VocabularyError>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Vocabulary, VocabularyError> {
        let mut builder = Vocabulary::builder();
        builder.json(text)?;
        Ok(builder.build())
    }

    /// A vocabulary from a file: JSON ([`from_json`](Vocabulary::from_json))
    /// when its name ends in `.json`, else CSV
    /// ([`from_csv`](Vocabulary::from_csv)).
    ///
    /// # Errors
    ///
    /// [`VocabularyErrorKind::Unreadable`] when the file cannot be read as
    /// UTF-8 text, else as `from_json` or `from_csv`.
    ///
    /// ```
    /// use digital_health_roles::{Role, Vocabulary, VocabularyErrorKind};
    ///
    /// let dir = std::env::temp_dir().join("digital-health-roles-doc");
    /// std::fs::create_dir_all(&dir)?;
    /// let path = dir.join("aliases.json");
    /// std::fs::write(&path, r#"{"aliases": {"EPR Analyst": "health-information-officer"}}"#)?;
    /// let vocabulary = Vocabulary::from_path(&path)?;
    /// assert_eq!(vocabulary.role_from_title("EPR Analyst"), Ok(Role::HealthInformationOfficer));
    ///
    /// let missing = Vocabulary::from_path(dir.join("no-such-file.csv")).unwrap_err();
    /// assert!(matches!(missing.kind(), VocabularyErrorKind::Unreadable { .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "std")]
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Vocabulary, VocabularyError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|error| {
            VocabularyError::new(VocabularyErrorKind::Unreadable {
                reason: error.to_string(),
            })
        })?;
        let json = path
            .extension()
            .is_some_and(|extension| extension.eq_ignore_ascii_case("json"));
        if json {
            Vocabulary::from_json(&text)
        } else {
            Vocabulary::from_csv(&text)
        }
    }
}
