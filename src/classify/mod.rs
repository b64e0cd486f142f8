//! `classify`: free text to a role, a family, or an honest "no".
//!
//! One read of the title into word ids (`words.rs`), then: the title grammar
//! (an exact match); failing that, the role and family phrases found in the
//! part of the title that names the job, with everything else set aside as
//! context. Precision before recall: words that other trades share decide
//! nothing alone, a job-changing word ("Deputy", "Head of") keeps the family
//! but not the role, and two families' evidence gives the candidates, not a
//! pick.

use core::ops::Range;

mod reading;

use crate::grammar;
use crate::vocabulary::{TERM_SOURCES, TERMS};
use crate::word_table::{ASSISTANT, CHIEF, DEPUTY, DIRECTOR, HEAD, LEAD, MANAGER};
use crate::words::{
    Builtin, CODE, GRADE, Kind, Lexicon, MAY_BAND, NO_TERM, OverTokens, PLURAL, PhraseKey, Token,
    over_tokens,
};
use crate::{Band, BandRange, Family, Role, Seniority, TitleError};
use reading::{exact, relaxed};

/// How a title matched.
///
/// ```
/// use digital_health_roles::{classify, MatchKind};
///
/// assert_eq!(classify("Senior Data Analyst")?.kind(), MatchKind::Exact);
/// assert_eq!(classify("Paediatric Clinical Safety Officer")?.kind(), MatchKind::Qualified);
/// assert_eq!(classify("Network Engineer")?.kind(), MatchKind::Family);
/// assert_eq!(MatchKind::Family.name(), "family");
/// # Ok::<(), digital_health_roles::TitleError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum MatchKind {
    /// The title is a role as [`parse_title`](crate::parse_title) reads it.
    Exact,
    /// A role's words stand whole in the title, with a specialty before them
    /// or context around them: "Paediatric Clinical Safety Officer",
    /// "Software Developer - Fixed Term".
    Qualified,
    /// No role, but the title is a job of one family: "Network Engineer".
    Family,
    /// Terms of two or more families compete; see
    /// [`Classification::candidates`].
    Ambiguous,
}

impl MatchKind {
    /// Every kind, from the closest match to the loosest.
    ///
    /// ```
    /// use digital_health_roles::MatchKind;
    ///
    /// assert_eq!(MatchKind::ALL.first(), Some(&MatchKind::Exact));
    /// ```
    pub const ALL: &'static [MatchKind] = &[
        MatchKind::Exact,
        MatchKind::Qualified,
        MatchKind::Family,
        MatchKind::Ambiguous,
    ];

    /// The kind's name on the wire: `"exact"`, `"qualified"`, `"family"`,
    /// `"ambiguous"`.
    ///
    /// ```
    /// assert_eq!(digital_health_roles::MatchKind::Qualified.name(), "qualified");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Qualified => "qualified",
            MatchKind::Family => "family",
            MatchKind::Ambiguous => "ambiguous",
        }
    }
}

impl core::fmt::Display for MatchKind {
    /// Writes [`MatchKind::name`].
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.pad(self.name())
    }
}

/// What a piece of the input was to the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Part {
    /// A role's words, or the role's acronym in brackets.
    Role,
    /// Words before the role that narrow it: "Paediatric".
    Qualifier,
    /// A family term that decided (or competed for) the family.
    Term,
    /// The seniority word.
    Seniority,
    /// The pay band or range.
    Band,
    /// Context that did not decide anything: a department, a site, contract
    /// terms, a reference.
    SetAside,
}

impl Part {
    /// Every part, in the order the deciding ones are listed here.
    ///
    /// ```
    /// use digital_health_roles::Part;
    ///
    /// assert_eq!(Part::ALL.last(), Some(&Part::SetAside));
    /// ```
    pub const ALL: &'static [Part] = &[
        Part::Role,
        Part::Qualifier,
        Part::Term,
        Part::Seniority,
        Part::Band,
        Part::SetAside,
    ];

    /// The part's name on the wire: `"role"`, `"qualifier"`, `"term"`,
    /// `"seniority"`, `"band"`, `"set-aside"`.
    ///
    /// ```
    /// assert_eq!(digital_health_roles::Part::SetAside.name(), "set-aside");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Part::Role => "role",
            Part::Qualifier => "qualifier",
            Part::Term => "term",
            Part::Seniority => "seniority",
            Part::Band => "band",
            Part::SetAside => "set-aside",
        }
    }
}

/// A piece of the input and what it was to the answer.
///
/// ```
/// use digital_health_roles::{classify, Part};
///
/// let input = "Paediatric Clinical Safety Officer, Band 7";
/// let found = classify(input)?;
/// let role = found.evidence().iter().find(|e| e.part() == Part::Role).unwrap();
/// assert_eq!(&input[role.range()], "Clinical Safety Officer");
/// # Ok::<(), digital_health_roles::TitleError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Evidence {
    part: Part,
    start: u16,
    end: u16,
}

impl Evidence {
    /// Filler for the unused end of the evidence array: all zero bytes, so
    /// the array is one `memset`. Never read.
    const NONE: Evidence = Evidence {
        part: Part::Role,
        start: 0,
        end: 0,
    };

    /// What the piece was to the answer.
    ///
    /// ```
    /// use digital_health_roles::{classify, Part};
    ///
    /// let found = classify("Network Engineer")?;
    /// assert_eq!(found.evidence()[0].part(), Part::Term);
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub const fn part(&self) -> Part {
        self.part
    }

    /// Where the piece stands in the input, in bytes.
    ///
    /// ```
    /// use digital_health_roles::classify;
    ///
    /// let found = classify("Network Engineer")?;
    /// assert_eq!(found.evidence()[0].range(), 0..16);
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub fn range(&self) -> Range<usize> {
        usize::from(self.start)..usize::from(self.end)
    }
}

/// The most pieces of evidence a classification reports. The pieces that
/// decided are listed first in priority (a title has one role, qualifier,
/// level and band, and rarely more than a few terms); pieces set aside fill
/// the room that is left, so a title of many fragments lists its first
/// sixteen pieces or so. Terms beyond the room still count.
const EVIDENCE_CAP: usize = 16;

/// The commonest input, a role's title, id or alias and nothing else (any
/// case and spacing): one phrase lookup of all its words, and no grammar.
/// The grammar would find the same, as it tries the whole title as a role
/// first; a test in this module holds the two to it.
#[inline]
fn whole_role<L: Lexicon>(all: &[Token], lexicon: &L) -> Option<Classification> {
    // Most free text does not begin with a word that begins a role.
    let first = all.iter().find(|t| t.kind != Kind::Hyphen);
    if !first.is_some_and(|first| lexicon.starts_phrase(first)) {
        return None;
    }
    let mut key = PhraseKey::new();
    let mut span: Option<(u16, u16)> = None;
    for token in all {
        if token.kind == Kind::Hyphen {
            continue;
        }
        if !token.has_id() || token.flags & PLURAL != 0 {
            return None;
        }
        key.push(token.id);
        span = Some((span.map_or(token.start, |(start, _)| start), token.end));
    }
    let role = lexicon.phrase(&key)?.role?;
    let (start, end) = span?;
    let mut evidence = [Evidence::NONE; EVIDENCE_CAP];
    if let Some(first) = evidence.first_mut() {
        *first = Evidence {
            part: Part::Role,
            start,
            end,
        };
    }
    Some(Classification {
        kind: MatchKind::Exact,
        role: Some(role),
        family: Some(role.family()),
        candidates: reading::family_bit(role.family()),
        seniority: None,
        bands: None,
        term: NO_TERM,
        evidence,
        evidence_len: 1,
    })
}

/// Whether the title is known words alone (and hyphens between them), none
/// a plural, a level word or the start of a band: words the grammar reads
/// only as one role, all of them, or not at all.
fn only_plain_words(all: &[Token]) -> bool {
    all.iter().all(|t| match t.kind {
        Kind::Word => t.flags & (PLURAL | MAY_BAND) == 0 && t.level().is_none(),
        Kind::Hyphen => true,
        _ => false,
    })
}

/// What [`classify`] found: a role, a family, or the families that compete,
/// with the evidence.
///
/// ```
/// use digital_health_roles::{classify, Family, MatchKind, Role, Seniority};
///
/// let found = classify("Senior Data Analyst, Band 6, Performance Team, County Hospital")?;
/// assert_eq!(found.kind(), MatchKind::Qualified);
/// assert_eq!(found.role(), Some(Role::DataAnalyst));
/// assert_eq!(found.family(), Some(Family::DataAndAnalytics));
/// assert_eq!(found.seniority(), Some(Seniority::Senior));
/// # Ok::<(), digital_health_roles::TitleError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Classification {
    kind: MatchKind,
    role: Option<Role>,
    family: Option<Family>,
    candidates: u32,
    seniority: Option<Seniority>,
    bands: Option<BandRange>,
    term: u16,
    evidence: [Evidence; EVIDENCE_CAP],
    evidence_len: u8,
}

impl Classification {
    /// Puts the evidence back in input order after a reader that moved or
    /// added pieces (one copy of the sort for both such readers).
    fn sort_evidence(&mut self) {
        let len = usize::from(self.evidence_len);
        if let Some(evidence) = self.evidence.get_mut(..len) {
            evidence.sort_unstable_by_key(|e| e.start);
        }
    }

    /// How the title matched.
    ///
    /// ```
    /// use digital_health_roles::{classify, MatchKind};
    ///
    /// assert_eq!(classify("Test Analyst")?.kind(), MatchKind::Family);
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub const fn kind(&self) -> MatchKind {
        self.kind
    }

    /// The role, for exact and qualified matches.
    ///
    /// ```
    /// use digital_health_roles::{classify, Role};
    ///
    /// assert_eq!(classify("Web Application Developer")?.role(), Some(Role::ApplicationDeveloper));
    /// assert_eq!(classify("Test Analyst")?.role(), None);
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub const fn role(&self) -> Option<Role> {
        self.role
    }

    /// The family, for exact, qualified and family matches.
    ///
    /// ```
    /// use digital_health_roles::{classify, Family};
    ///
    /// assert_eq!(classify("SOC Analyst")?.family(), Some(Family::CyberSecurity));
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub const fn family(&self) -> Option<Family> {
        self.family
    }

    /// The families that compete in an ambiguous match, in taxonomy order;
    /// for any other match, the one family.
    ///
    /// ```
    /// use digital_health_roles::{classify, Family, MatchKind};
    ///
    /// let found = classify("Information Governance and Cyber Security Lead")?;
    /// assert_eq!(found.kind(), MatchKind::Ambiguous);
    /// assert_eq!(
    ///     found.candidates().collect::<Vec<_>>(),
    ///     [Family::InformationGovernance, Family::CyberSecurity]
    /// );
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    pub fn candidates(&self) -> impl Iterator<Item = Family> + use<> {
        let bits = self.candidates;
        Family::ALL
            .iter()
            .enumerate()
            .filter(move |&(index, _)| bits >> index & 1 == 1)
            .map(|(_, &family)| family)
    }

    /// The seniority word, if the title had one.
    ///
    /// ```
    /// use digital_health_roles::{classify, Seniority};
    ///
    /// assert_eq!(classify("Graduate Network Engineer")?.seniority(), Some(Seniority::Graduate));
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub const fn seniority(&self) -> Option<Seniority> {
        self.seniority
    }

    /// The pay band, if the title had one band (see [`Classification::bands`]).
    ///
    /// ```
    /// use digital_health_roles::{classify, Band};
    ///
    /// assert_eq!(classify("Network Engineer, Band 6")?.band(), Some(Band::Band6));
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub const fn band(&self) -> Option<Band> {
        match self.bands {
            Some(bands) if bands.is_single() => Some(bands.low()),
            _ => None,
        }
    }

    /// The pay band or range of bands, if the title had one.
    ///
    /// ```
    /// use digital_health_roles::{classify, Band};
    ///
    /// let bands = classify("Test Analyst (Band 5/6)")?.bands().unwrap();
    /// assert_eq!((bands.low(), bands.high()), (Band::Band5, Band::Band6));
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub const fn bands(&self) -> Option<BandRange> {
        self.bands
    }

    /// The vocabulary phrase that decided a family match, in normalised
    /// words: `"digital programme manager"` for "Digital Programme
    /// Manager". `None` for a role, or for a term of a [`Vocabulary`]
    /// (whose own entry says what it is).
    ///
    /// [`Vocabulary`]: crate::Vocabulary
    ///
    /// ```
    /// use digital_health_roles::classify;
    ///
    /// assert_eq!(classify("Digital Programme Manager")?.term(), Some("digital programme manager"));
    /// assert_eq!(classify("Data Analyst")?.term(), None);
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub fn term(&self) -> Option<&'static str> {
        TERMS.get(usize::from(self.term)).map(|term| term.text())
    }

    /// The same text as [`term`](Self::term), to display: spelled from the
    /// tables of words and phrases that `classify` reads anyway, so a
    /// program that uses this and never `term` leaves the terms' own texts
    /// (about 20 KB) out of its binary, as the WebAssembly package does.
    /// Writing it allocates nothing but what the writer does.
    ///
    /// ```
    /// use digital_health_roles::classify;
    ///
    /// let found = classify("Digital Programme Manager")?;
    /// let text = found.term_text().map(|term| term.to_string());
    /// assert_eq!(text.as_deref(), Some("digital programme manager"));
    /// assert_eq!(text.as_deref(), found.term());
    ///
    /// assert!(classify("Data Analyst")?.term_text().is_none());
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub fn term_text(&self) -> Option<impl core::fmt::Display + use<>> {
        (usize::from(self.term) < TERMS.len()).then_some(TermText(self.term))
    }

    /// Where the term that decided a family match is documented as that
    /// family's.
    ///
    /// ```
    /// use digital_health_roles::classify;
    ///
    /// let source = classify("Network Engineer")?.term_source().unwrap();
    /// assert!(source.contains("Digital and Data"));
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub fn term_source(&self) -> Option<&'static str> {
        TERM_SOURCES.get(usize::from(self.term)).copied()
    }

    /// The pieces of the input that decided the answer, and those set
    /// aside, in input order. Pieces of punctuation alone are not listed,
    /// and at most sixteen pieces are: every piece that decided, then the
    /// pieces set aside that fit.
    ///
    /// ```
    /// use digital_health_roles::{classify, Part};
    ///
    /// let input = "Software Developer - Fixed Term 12 months";
    /// let found = classify(input)?;
    /// let parts: Vec<(Part, &str)> = found
    ///     .evidence()
    ///     .iter()
    ///     .map(|e| (e.part(), &input[e.range()]))
    ///     .collect();
    /// assert_eq!(parts, [(Part::Role, "Software Developer"), (Part::SetAside, "Fixed Term 12 months")]);
    /// # Ok::<(), digital_health_roles::TitleError>(())
    /// ```
    #[must_use]
    pub fn evidence(&self) -> &[Evidence] {
        self.evidence
            .get(..usize::from(self.evidence_len))
            .unwrap_or_default()
    }
}

/// Classifies a free-text job title: a role of the taxonomy (exactly, or
/// qualified by a specialty or context), else a family, else the families
/// that compete. Allocates nothing.
///
/// A title that names no digital, data or technology job is
/// [`TitleError::Unknown`], as are words that other trades share alone
/// ("Patient Safety Lead", "Site Security Officer"). Bad input gets the
/// same errors as [`parse_title`](crate::parse_title), and where nothing is
/// found, the error `parse_title` gives.
///
/// # Errors
///
/// Every error of [`parse_title`](crate::parse_title); [`TitleError::Unknown`]
/// for a title that is no digital job.
///
/// ```
/// use digital_health_roles::{classify, Family, MatchKind, Role, TitleError};
///
/// let found = classify("Digital Programme Manager")?;
/// assert_eq!((found.kind(), found.role()), (MatchKind::Family, None));
/// assert_eq!(found.family(), Some(Family::ProductAndDelivery));
///
/// assert_eq!(classify("Healthcare Software Tester")?.role(), Some(Role::HealthSoftwareTester));
/// assert_eq!(classify("Physiotherapist"), Err(TitleError::Unknown));
/// assert_eq!(classify("Fire Safety Officer"), Err(TitleError::Unknown));
/// # Ok::<(), TitleError>(())
/// ```
pub fn classify(title: &str) -> Result<Classification, TitleError> {
    over_tokens(title, &Classify(&Builtin))
}

/// `classify` with a lexicon, as work over a title's tokens.
pub(crate) struct Classify<'l, L>(pub(crate) &'l L);

impl<L: Lexicon> OverTokens for Classify<'_, L> {
    type Output = Classification;
    type Lexicon = L;

    fn lexicon(&self) -> &L {
        self.0
    }

    #[inline]
    fn run<const N: usize>(
        &self,
        title: &str,
        tokens: &mut [Token],
    ) -> Result<Classification, TitleError> {
        reading::mark_acronyms(title, tokens);
        classify_tokens::<N, L>(title, tokens, self.0)
    }
}

/// `N` is the capacity of the token buffer `all` came from, which sizes
/// every per-token table below.
fn classify_tokens<const N: usize, L: Lexicon>(
    title: &str,
    all: &[Token],
    lexicon: &L,
) -> Result<Classification, TitleError> {
    let found = read_tokens::<N, L>(title, all, lexicon);
    if found.as_ref().is_ok_and(|f| f.role.is_some()) {
        return found;
    }
    // A role written noun first stands only where the words as written
    // name no job of another family.
    let turned = || {
        role_turned::<N, L>(title, all, lexicon).filter(|turned| match &found {
            Ok(found) => found.family.is_some() && found.family == turned.family,
            Err(_) => true,
        })
    };
    // Posts parted by slashes: one of them the role, the rest the role's
    // family's.
    let posts = || {
        let family = found.as_ref().ok()?.family?;
        role_among_posts::<N, L>(title, all, lexicon, family)
    };
    match role_around::<N, L>(title, all, lexicon)
        .or_else(turned)
        .or_else(posts)
    {
        Some(role) => Ok(role),
        None => found,
    }
}

/// A title of posts parted by slashes, one of them a role and every other
/// one a job of that role's family, as a whole title of its own, that
/// yields to the role: the role is the post the title names. Every such
/// title of the development set is labelled with its role (NHS adverts):
/// - the role is the Data Protection Officer or the Clinical Safety
///   Officer, designations a senior post of the family holds beside its
///   own ("Head of Information Governance and Security / DPO"): the other
///   posts name a head, director, chief, manager or lead;
/// - any role beside another role of its family held as a deputy or
///   assistant ("Information Governance Manager / Deputy Data Protection
///   Officer").
///
/// Elsewhere a head beside a practitioner's role is the senior job ("Head
/// of Analytics / Data Analyst" is the family's, an independent review's
/// cases), and a post that names nothing digital, a job of another family
/// or another role leaves the reading as it was, as does a slash between
/// two acronyms ("UX/UI") or inside brackets. `family` is the family the
/// title as a whole was given. The answer is Qualified: the title is more
/// than the role.
#[inline(never)]
fn role_among_posts<const N: usize, L: Lexicon>(
    title: &str,
    all: &[Token],
    lexicon: &L,
    family: Family,
) -> Option<Classification> {
    // The posts: runs of tokens between the slashes that part them, outside
    // brackets and between words.
    let mut depth: u32 = 0;
    let mut posts = [(0usize, 0usize); 8];
    let mut count: usize = 0;
    let mut start: usize = 0;
    for (at, token) in all.iter().enumerate() {
        match token.kind {
            Kind::Open => depth = depth.saturating_add(1),
            Kind::Close => depth = depth.saturating_sub(1),
            Kind::Slash if depth == 0 && !reading::joins(all, at) => {
                *posts.get_mut(count)? = (start, at);
                count = count.wrapping_add(1);
                start = at.wrapping_add(1);
            }
            _ => {}
        }
    }
    if count == 0 {
        return None;
    }
    *posts.get_mut(count)? = (start, all.len());
    let posts = posts.get(..=count)?;
    let read =
        |(from, to): (usize, usize)| read_tokens::<N, L>(title, all.get(from..to)?, lexicon).ok();
    let mut role: Option<(Classification, usize)> = None;
    for (index, &post) in posts.iter().enumerate() {
        let found = read(post)?;
        match found.role {
            Some(found_role) if found_role.family() == family && role.is_none() => {
                role = Some((found, index));
            }
            None if found.kind == MatchKind::Family && found.family == Some(family) => {}
            _ => return None,
        }
    }
    let (mut found, role_at) = role?;
    let designation = matches!(
        found.role,
        Some(Role::DataProtectionOfficer | Role::ClinicalSafetyOfficer)
    );
    let word = |t: &Token, ids: &[u16]| ids.iter().any(|&id| t.is(id));
    let yields = |&(from, to): &(usize, usize)| {
        let post = all.get(from..to).unwrap_or_default();
        if designation {
            return post
                .iter()
                .any(|t| word(t, &[HEAD, DIRECTOR, CHIEF, MANAGER, LEAD]));
        }
        // Another role of the family, held as a deputy or assistant.
        let first = post
            .iter()
            .position(|t| !(t.kind == Kind::Word && t.level().is_some()));
        first.is_some_and(|at| {
            post.get(at).is_some_and(|t| word(t, &[DEPUTY, ASSISTANT]))
                && read((from.wrapping_add(at).wrapping_add(1), to))
                    .and_then(|rest| rest.role)
                    .is_some_and(|rest| rest.family() == family)
        })
    };
    let all_yield = posts
        .iter()
        .enumerate()
        .all(|(index, post)| index == role_at || yields(post));
    if !all_yield {
        return None;
    }
    // The other posts are set aside, each whole, while there is room.
    for (index, &(from, to)) in posts.iter().enumerate() {
        let (Some(first), Some(last)) = (all.get(from), all.get(to.wrapping_sub(1))) else {
            continue;
        };
        let slot = found.evidence.get_mut(usize::from(found.evidence_len));
        if let (false, Some(slot)) = (index == role_at, slot) {
            *slot = Evidence {
                part: Part::SetAside,
                start: first.start,
                end: last.end,
            };
            found.evidence_len = found.evidence_len.wrapping_add(1);
        }
    }
    found.sort_evidence();
    found.kind = MatchKind::Qualified;
    Some(found)
}

/// A role written with its last word first, then "of", a comma, a dash or
/// a colon and the rest of its words: "Director of Digital Health",
/// "Director, Digital Health", "Manager - Quality Assurance". Only levels
/// may stand before the job's noun, and the words after the mark, to the
/// end of their stretch, must be the role's other words and nothing more:
/// a "Trainer - IT" after "Manual Handling" is no IT trainer. A noun of two
/// words is a job of its own as often ("Health Trainer - Digital",
/// "Information Officer - Health": an independent review's cases), so it
/// is not turned. The answer is Qualified, as the role's words are not in
/// their order.
#[inline(never)]
fn role_turned<const N: usize, L: Lexicon>(
    title: &str,
    all: &[Token],
    lexicon: &L,
) -> Option<Classification> {
    let noun_at = all
        .iter()
        .position(|t| !(t.kind == Kind::Word && t.level().is_some()))?;
    let noun = all.get(noun_at).filter(|t| t.kind == Kind::Word)?;
    let mark_at = noun_at.wrapping_add(1);
    let mark = all.get(mark_at)?;
    let turns = match mark.kind {
        Kind::Word => mark.is(crate::word_table::OF),
        Kind::Comma | Kind::Dash | Kind::Colon => true,
        _ => false,
    };
    if !turns {
        return None;
    }
    let from = mark_at.wrapping_add(1);
    let to = all
        .iter()
        .skip(from)
        .position(|t| t.kind != Kind::Word)
        .map_or(all.len(), |len| from.wrapping_add(len));
    if to <= from {
        return None;
    }
    let (first, last) = (all.get(from)?, all.get(to.wrapping_sub(1))?);
    // Read again only where the two words that would meet stand together
    // in some role: most titles with a mark after their first words
    // ("Test Analyst - Fixed Term") are not read twice.
    if !lexicon.role_pair(last.id, noun.id) {
        return None;
    }
    // The words in their usual order: the role's words, then the noun.
    let order = all
        .get(..noun_at)?
        .iter()
        .chain(all.get(from..to)?)
        .chain(core::iter::once(noun))
        .chain(all.get(to..)?);
    let mut found = read_again::<N, L>(title, order, lexicon)?;
    found.role?;
    // The role's words must be all the words turned, no fewer.
    let role = found
        .evidence
        .iter_mut()
        .take(usize::from(found.evidence_len))
        .find(|e| e.part == Part::Role)?;
    if (role.start, role.end) != (first.start, noun.end) {
        return None;
    }
    (role.start, role.end) = (noun.start, last.end);
    found.sort_evidence();
    // The reading checked the trades' words against the role's evidence
    // while it ran backwards: check them again over the words as written
    // ("Manager, Quality Assurance (Pharmacy)" is the pharmacy's).
    if reading::other_quality(all, &found, &|| false) {
        return None;
    }
    found.kind = MatchKind::Qualified;
    Some(found)
}

/// A role whose words one word parts, a word that only narrows the job
/// ("IT Technical Operations Manager"; see `vocabulary::INSIDE_ROLE_WORDS`):
/// the title read without that word, when it is then a role whose words
/// stand on both sides of it. Before the role's last word the two must be
/// a job of the role's family ("Solutions Technical Architect"; a
/// "Product Technical Manager" is a retail technologist, a "Delivery
/// Technical Lead" an engineer). The answer is Qualified, as the role's
/// words are not whole.
#[inline(never)]
fn role_around<const N: usize, L: Lexicon>(
    title: &str,
    all: &[Token],
    lexicon: &L,
) -> Option<Classification> {
    let word = |at: usize| all.get(at).filter(|t| t.kind == Kind::Word);
    // The parting word, between two words that may stand together in a
    // role: most titles have none, and are not read again.
    let parts = |at: usize| {
        let (Some(before), Some(this), Some(after)) =
            (word(at.wrapping_sub(1)), word(at), word(at.wrapping_add(1)))
        else {
            return false;
        };
        crate::word_table::INSIDE_ROLE
            .binary_search(&this.id)
            .is_ok()
            && lexicon.role_pair(before.id, after.id)
    };
    for at in (1..all.len()).filter(|&at| parts(at)) {
        // The title without the parting word, in a buffer as large as the
        // one it came from.
        let others = all
            .iter()
            .enumerate()
            .filter(|&(index, _)| index != at)
            .map(|(_, token)| token);
        let Some(mut found) = read_again::<N, L>(title, others, lexicon) else {
            continue;
        };
        let Some(role) = found.role else { continue };
        let parted = usize::from(all.get(at)?.start);
        let Some(span) = found
            .evidence()
            .iter()
            .find(|e| e.part() == Part::Role && e.range().contains(&parted))
            .map(Evidence::range)
        else {
            continue;
        };
        // Before the role's last word, the two must be a job of its family.
        let next = all.get(at.wrapping_add(1))?;
        if usize::from(next.end) == span.end {
            let ids = [all.get(at)?.id, next.id];
            let names = crate::words::phrase(lexicon, ids.into_iter())
                .is_some_and(|p| reading::names_family(p, role.family()));
            if !names {
                continue;
            }
        }
        found.kind = MatchKind::Qualified;
        return Some(found);
    }
    None
}

/// The tokens read again in another order or without a word, in a buffer
/// as large as the one they came from (both readers above use it only
/// where a title's words could meet in a role, which is rare).
fn read_again<'t, const N: usize, L: Lexicon>(
    title: &str,
    tokens: impl Iterator<Item = &'t Token>,
    lexicon: &L,
) -> Option<Classification> {
    let mut again = [Token::NONE; N];
    let mut len: usize = 0;
    for (slot, token) in again.iter_mut().zip(tokens) {
        *slot = *token;
        len = len.wrapping_add(1);
    }
    read_tokens::<N, L>(title, again.get(..len)?, lexicon).ok()
}

/// One reading of the tokens: a whole role, the grammar or the free-text
/// reader.
fn read_tokens<const N: usize, L: Lexicon>(
    title: &str,
    all: &[Token],
    lexicon: &L,
) -> Result<Classification, TitleError> {
    if let Some(found) = whole_role(all, lexicon) {
        return Ok(found);
    }
    if only_plain_words(all) {
        // The grammar could read these only as one role, which `whole_role`
        // has just tried: what is left is the free-text reading.
        return relaxed::<N, L>(all, lexicon).ok_or(TitleError::Unknown);
    }
    // The grammar accepts no plural and no unknown word but one acronym in
    // brackets: most free text is plainly not exact, and then the grammar
    // runs only for its error, when nothing else is found.
    // A grade or a word of the post ("II", "Permanent") is no word of the
    // grammar either; a band code, also a grade, is.
    let unknown = all
        .iter()
        .filter(|t| {
            (t.kind == Kind::Unknown && !t.has_id())
                || t.flags & PLURAL != 0
                || t.info().class & (GRADE | CODE) == GRADE
        })
        .count();
    if unknown <= 1 {
        match grammar::read_tokens::<N, L>(title, all, lexicon) {
            Ok(reading) => return Ok(exact::<N>(all, &reading)),
            Err(strict) => return relaxed::<N, L>(all, lexicon).ok_or(strict),
        }
    }
    match relaxed::<N, L>(all, lexicon) {
        Some(found) => Ok(found),
        None => Err(grammar::read_tokens::<N, L>(title, all, lexicon)
            .err()
            .unwrap_or(TitleError::Unknown)),
    }
}

/// A built-in term's text, written from the word tables (see
/// [`Classification::term_text`]).
#[derive(Clone, Copy)]
struct TermText(u16);

impl core::fmt::Display for TermText {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        crate::words::write_term(self.0, f)
    }
}

#[cfg(test)]
mod tests {
    use super::{Builtin, exact, grammar, only_plain_words, reading, whole_role};
    use crate::Classification;
    use crate::words::{SMALL, Tokens};
    use proptest::prelude::*;
    use std::string::String;
    use std::vec::Vec;

    /// The fast path's answer, if it gives one, and the grammar's.
    fn both(title: &str) -> (Option<Classification>, Option<Classification>) {
        let mut tokens = Tokens::<SMALL>::new();
        if tokens.read(title).is_err() || tokens.is_full() {
            return (None, None);
        }
        let all = tokens.as_slice();
        let slow = grammar::read_tokens::<SMALL, _>(title, all, &Builtin)
            .ok()
            .map(|reading| exact::<SMALL>(all, &reading));
        (whole_role(all, &Builtin), slow)
    }

    /// A quality post's and a product manager's veto asks whether a word
    /// beside them is digital or names a job of their family alone, not
    /// whether the tables know it: every other word of the table, beside
    /// another trade's word, leaves the role out, as an unknown word does.
    #[test]
    fn no_word_of_the_table_switches_a_veto_off_unless_it_is_digital_or_names_the_familys_job() {
        use crate::word_table::{SUBJECTS, TECH};
        use crate::{Role, classify};
        use std::format;
        let tables = crate::codegen::words::tables();
        let mut checked = 0;
        for (id, word) in tables.words().iter().enumerate().skip(1) {
            let id = u16::try_from(id).expect("ids fit u16");
            // The markers and technologies keep both ("Technical" neither);
            // the digital subjects the product manager alone.
            let tech = TECH.binary_search(&id).is_ok();
            let subject = SUBJECTS.binary_search(&id).is_ok();
            for (role, title) in [
                (
                    Role::QaManager,
                    format!("Quality Assurance Manager - Pathology {word}"),
                ),
                (
                    Role::ProductManager,
                    format!("Product Manager - Surgical {word}"),
                ),
            ] {
                let of_family = crate::words::phrase(&Builtin, core::iter::once(id))
                    .is_some_and(|p| reading::names_family(p, role.family()));
                let digital = tech || role == Role::ProductManager && subject;
                if digital || of_family {
                    continue;
                }
                checked += 1;
                let found = classify(&title).ok();
                assert_ne!(found.and_then(|c| c.role()), Some(role), "{title}");
            }
        }
        // Most of the table is neither.
        assert!(checked > 1000, "{checked}");
        // A word the family's longer terms hold names no job alone (an
        // independent review's cases).
        for title in [
            "Quality Assurance Manager - Pathology Testing",
            "Compliance Specialist - Pharmacy Governance",
            "Product Manager - Wound Care Portfolio",
        ] {
            assert_eq!(classify(title).ok().and_then(|c| c.role()), None, "{title}");
        }
        // Digital words and the family's words alone keep the role.
        for (title, role) in [
            (
                "Quality Assurance Manager - Pathology Software",
                Role::QaManager,
            ),
            (
                "IG Compliance Specialist - Nursing",
                Role::ComplianceSpecialist,
            ),
            ("Product Manager - Surgical Platform", Role::ProductManager),
            ("Product Manager - Radiology PACS", Role::ProductManager),
            ("Product Manager, NHS AI Lab", Role::ProductManager),
        ] {
            assert_eq!(
                classify(title).ok().and_then(|c| c.role()),
                Some(role),
                "{title}"
            );
        }
    }

    #[test]
    fn a_whole_role_is_read_as_the_grammar_reads_it() {
        let mut forms = 0;
        for (key, role) in crate::lookup::role_keys() {
            let key = core::str::from_utf8(key).unwrap();
            let spaced = key.replace('-', " ");
            for title in [
                String::from(key),
                spaced.clone(),
                spaced.to_uppercase(),
                std::format!("  {}_ ", spaced.replace(' ', "\t _")),
                std::format!("{spaced}."),
                // Hyphens that join nothing: found by fuzzing.
                std::format!(".-{}", key.replace('-', "----")),
            ] {
                let (fast, slow) = both(&title);
                assert_eq!(fast.map(|f| f.role()), Some(Some(role)), "{title:?}");
                assert_eq!(fast, slow, "{title:?}");
                forms += 1;
            }
            // Dashes at the ends go to the grammar, which sets them aside.
            for dashed in [std::format!("- {key} -"), std::format!("{key}-")] {
                let (fast, slow) = both(&dashed);
                assert_eq!(fast, None, "{dashed:?}");
                assert_eq!(slow.map(|s| s.role()), Some(Some(role)), "{dashed:?}");
            }
        }
        assert!(forms >= 5 * crate::Role::ALL.len());
    }

    fn title() -> impl Strategy<Value = String> {
        let words: Vec<&'static str> = crate::lookup::role_keys()
            .flat_map(|(key, _)| core::str::from_utf8(key).unwrap().split('-'))
            .chain([
                "senior",
                "band",
                "7",
                "(",
                ")",
                "-",
                " - ",
                "ict",
                "ehealth",
                "information",
                "technology",
            ])
            .collect();
        prop::collection::vec(prop::sample::select(words), 1..6).prop_map(|w| w.join(" "))
    }

    proptest! {
        #[test]
        fn the_fast_path_never_disagrees_with_the_grammar(text in title()) {
            if let (Some(fast), slow) = both(&text) {
                prop_assert_eq!(Some(fast), slow, "{}", text);
            }
        }

        /// Plain words that are not a role whole are not one to the
        /// grammar either, so `classify` skips it for them.
        #[test]
        fn plain_words_are_a_role_whole_or_not_at_all(text in title()) {
            let mut tokens = Tokens::<SMALL>::new();
            if tokens.read(&text).is_ok() && !tokens.is_full() && only_plain_words(tokens.as_slice()) {
                let all = tokens.as_slice();
                if whole_role(all, &Builtin).is_none() {
                    prop_assert_eq!(
                        grammar::read_tokens::<SMALL, _>(&text, all, &Builtin).err(),
                        Some(crate::TitleError::Unknown),
                        "{}", text
                    );
                }
            }
        }
    }
}
