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

use crate::grammar::{self, Reading, Span, band_at};
use crate::vocabulary::{Strength, TERMS};
use crate::word_table::{CHIEF, OFFICER};
use crate::words::{
    CHANGES_JOB, CONTEXT, DIGIT, GRADE, Kind, LEADER, MARKER, NO_TERM, OTHER_TRADE, PLURAL,
    PhraseKey, SMALL, STARTS_PHRASE, Token, Tokens,
};
use crate::{Band, BandRange, Family, Role, Seniority, TitleError};

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
    const NONE: Evidence = Evidence {
        part: Part::SetAside,
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
    /// words: `"programme manager"` for "Digital Programme Manager".
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
        TERMS.get(usize::from(self.term)).map(|term| term.text)
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
        TERMS.get(usize::from(self.term)).map(|term| term.source)
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
    let mut tokens = Tokens::<SMALL>::new();
    tokens.read(title)?;
    if tokens.is_full() {
        return classify_long(title);
    }
    classify_tokens::<SMALL>(title, tokens.as_slice())
}

/// A title with more tokens than the small buffer holds.
#[cold]
#[inline(never)]
fn classify_long(title: &str) -> Result<Classification, TitleError> {
    let mut tokens = Tokens::<{ crate::MAX_TITLE_LEN }>::new();
    tokens.read(title)?;
    classify_tokens::<{ crate::MAX_TITLE_LEN }>(title, tokens.as_slice())
}

/// `N` is the capacity of the token buffer `all` came from, which sizes
/// every per-token table below.
fn classify_tokens<const N: usize>(
    title: &str,
    all: &[Token],
) -> Result<Classification, TitleError> {
    // The grammar accepts no plural and no unknown word but one acronym in
    // brackets: most free text is plainly not exact, and then the grammar
    // runs only for its error, when nothing else is found.
    let unknown = all
        .iter()
        .filter(|t| t.kind == Kind::Unknown || t.flags & PLURAL != 0)
        .count();
    if unknown <= 1 {
        match grammar::read_tokens::<N>(title, all) {
            Ok(reading) => return Ok(exact::<N>(all, &reading)),
            Err(strict) => return relaxed::<N>(all).ok_or(strict),
        }
    }
    match relaxed::<N>(all) {
        Some(found) => Ok(found),
        None => Err(grammar::read_tokens::<N>(title, all)
            .err()
            .unwrap_or(TitleError::Unknown)),
    }
}

/// Evidence being gathered.
struct Builder<const N: usize> {
    found: Classification,
    /// What each token was, by position, and which piece it belongs to:
    /// `None` for set aside.
    parts: [u16; N],
    pieces: u8,
}

impl<const N: usize> Builder<N> {
    fn new(kind: MatchKind) -> Builder<N> {
        Builder {
            found: Classification {
                kind,
                role: None,
                family: None,
                candidates: 0,
                seniority: None,
                bands: None,
                term: NO_TERM,
                evidence: [Evidence::NONE; EVIDENCE_CAP],
                evidence_len: 0,
            },
            parts: [0; N],
            pieces: 0,
        }
    }

    /// Marks the tokens at `span` as one piece.
    fn mark(&mut self, span: Span, part: Part) {
        self.pieces = self.pieces.wrapping_add(1);
        let piece = self.pieces;
        let code = (part as u16).wrapping_add(1) << 8 | u16::from(piece);
        for slot in self.parts.iter_mut().take(span.1).skip(span.0) {
            *slot = code;
        }
    }

    /// Whether the token at `at` is part of a piece.
    fn is_marked(&self, at: usize) -> bool {
        self.parts.get(at).is_some_and(|&code| code != 0)
    }

    fn family(&mut self, family: Family) {
        self.found.family = Some(family);
        self.found.candidates = family_bit(family);
    }

    /// Turns the per-token parts into evidence runs.
    fn finish(mut self, tokens: &[Token]) -> Classification {
        let set_aside = (Part::SetAside as u16).wrapping_add(1) << 8;
        // Every piece that holds a word: its code, start and end.
        let mut pieces = [(0u16, 0u16, 0u16); N];
        let mut count: usize = 0;
        // The current piece, and whether it holds a word yet.
        let mut run: Option<(u16, u16, u16, bool)> = None;
        let mut push = |pieces: &mut [(u16, u16, u16); N],
                        (code, start, end, words): (u16, u16, u16, bool)| {
            if !words {
                return;
            }
            if let Some(slot) = pieces.get_mut(count) {
                *slot = (code, start, end);
                count = count.wrapping_add(1);
            }
        };
        // A word respelled into two ("eHealth" is "digital health") gives two
        // tokens over the same bytes: both belong to the later one's piece.
        for at in (1..tokens.len()).rev() {
            let same =
                tokens.get(at.wrapping_sub(1)).map(|t| t.start) == tokens.get(at).map(|t| t.start);
            if let (true, Some(&later)) = (same, self.parts.get(at)) {
                if let Some(earlier) = self.parts.get_mut(at.wrapping_sub(1)) {
                    *earlier = later;
                }
            }
        }
        for (token, &code) in tokens.iter().zip(self.parts.iter()) {
            let is_word = matches!(token.kind, Kind::Word | Kind::Unknown);
            // Punctuation inside a deciding piece belongs to it ("(Band
            // 7)"); punctuation between pieces belongs to none.
            let code = match code {
                0 if is_word || token.kind == Kind::Hyphen => set_aside,
                0 => {
                    if let Some(done) = run.take() {
                        push(&mut pieces, done);
                    }
                    continue;
                }
                code => code,
            };
            match &mut run {
                Some((current, _, end, words)) if *current == code => {
                    *end = token.end;
                    *words |= is_word;
                }
                _ => {
                    if let Some(done) = run.take() {
                        push(&mut pieces, done);
                    }
                    run = Some((code, token.start, token.end, is_word));
                }
            }
        }
        if let Some(done) = run {
            push(&mut pieces, done);
        }
        // The deciding pieces always; pieces set aside while room is left.
        let pieces = pieces.get(..count).unwrap_or_default();
        let deciding = pieces
            .iter()
            .filter(|piece| piece.0 >> 8 != set_aside >> 8)
            .count();
        let mut room = EVIDENCE_CAP.saturating_sub(deciding);
        let mut len: usize = 0;
        for &(code, start, end) in pieces {
            if code >> 8 == set_aside >> 8 {
                if room == 0 {
                    continue;
                }
                room = room.wrapping_sub(1);
            }
            // `mark` writes a part's code as its discriminant plus one.
            let part = Part::ALL
                .get(usize::from(code >> 8).wrapping_sub(1))
                .copied();
            if let (Some(part), Some(slot)) = (part, self.found.evidence.get_mut(len)) {
                *slot = Evidence { part, start, end };
                len = len.wrapping_add(1);
            }
        }
        self.found.evidence_len = u8::try_from(len).unwrap_or(u8::MAX);
        self.found
    }
}

fn family_bit(family: Family) -> u32 {
    let index = Family::ALL.iter().position(|&f| f == family).unwrap_or(31);
    1u32.checked_shl(u32::try_from(index).unwrap_or(31))
        .unwrap_or(0)
}

fn exact<const N: usize>(tokens: &[Token], reading: &Reading) -> Classification {
    let mut builder = Builder::<N>::new(MatchKind::Exact);
    builder.found.role = Some(reading.role);
    builder.family(reading.role.family());
    builder.found.seniority = reading.level;
    builder.found.bands = reading.bands;
    builder.mark(reading.role_span, Part::Role);
    if let Some(span) = reading.acronym_span {
        builder.mark(span, Part::Role);
    }
    if let Some(at) = reading.level_at {
        builder.mark((at, at.wrapping_add(1)), Part::Seniority);
    }
    if let Some(span) = reading.band_span {
        builder.mark(span, Part::Band);
    }
    builder.finish(tokens)
}

/// A role or term found in the title, at token positions `start..end`.
#[derive(Clone, Copy)]
struct Found {
    start: u16,
    end: u16,
    role: Option<Role>,
    term: u16,
}

impl Found {
    /// Filler for the unused end of a table: all zero bytes, so a table of
    /// them is one `memset`. Never read as an item.
    const NONE: Found = Found {
        start: 0,
        end: 0,
        role: None,
        term: 0,
    };

    fn span(&self) -> Span {
        (usize::from(self.start), usize::from(self.end))
    }
}

/// Whether a token ends a stretch of the title: what follows is other
/// context.
fn breaks_segment(token: &Token) -> bool {
    matches!(
        token.kind,
        Kind::Comma
            | Kind::Semicolon
            | Kind::Bar
            | Kind::Dash
            | Kind::Colon
            | Kind::Open
            | Kind::Close
            | Kind::Star
    )
}

/// The longest role or term beginning at word `start` of a run of known
/// words (`words` holds token positions).
fn longest(tokens: &[Token], words: &[u16], start: usize) -> Option<(usize, Found)> {
    let token = |at: &u16| tokens.get(usize::from(*at));
    if token(words.get(start)?)?.info().class & STARTS_PHRASE == 0 {
        return None;
    }
    // The phrase key grows a word at a time, as the phrase table packs it.
    let mut key = PhraseKey::new();
    let mut best = None;
    for (end, at) in words.iter().enumerate().skip(start) {
        key.push(token(at)?.id);
        let Some(found) = key.lookup() else { break };
        if found.role.is_some() || found.term != NO_TERM {
            let item = Found {
                start: *words.get(start)?,
                end: at.wrapping_add(1),
                role: found.role,
                term: found.term,
            };
            best = Some((end.wrapping_add(1), item));
        }
        if !found.prefix {
            break;
        }
    }
    best
}

/// Every role and term in `segment`, leftmost-longest, written to `out`.
/// Runs of known words are broken by unknown words and punctuation;
/// hyphens join. There are fewer items than tokens, so `out` has room.
fn found_in<const N: usize>(tokens: &[Token], segment: Span, out: &mut [Found; N]) -> usize {
    let mut count: usize = 0;
    let mut words = [0u16; N];
    let mut run: usize = 0;
    let flush = |words: &[u16], count: &mut usize, out: &mut [Found; N]| {
        let mut start = 0;
        while start < words.len() {
            match longest(tokens, words, start) {
                Some((end, found)) => {
                    if let Some(slot) = out.get_mut(*count) {
                        *slot = found;
                        *count = count.wrapping_add(1);
                    }
                    start = end;
                }
                None => start = start.wrapping_add(1),
            }
        }
    };
    for at in segment.0..segment.1 {
        let Some(token) = tokens.get(at) else { break };
        match token.kind {
            Kind::Word => {
                if let Some(slot) = words.get_mut(run) {
                    *slot = u16::try_from(at).unwrap_or(u16::MAX);
                    run = run.wrapping_add(1);
                }
            }
            Kind::Hyphen => {}
            _ => {
                flush(words.get(..run).unwrap_or_default(), &mut count, out);
                run = 0;
            }
        }
    }
    flush(words.get(..run).unwrap_or_default(), &mut count, out);
    count
}

fn relaxed<const N: usize>(tokens: &[Token]) -> Option<Classification> {
    let mut builder = Builder::<N>::new(MatchKind::Family);
    // The first real band anywhere; other band phrases are set aside.
    let mut in_band = [false; N];
    let mut start = 0;
    while start < tokens.len() {
        match band_at(tokens, start) {
            Some((end, band)) => {
                if let Ok(bands) = band {
                    if builder.found.bands.is_none() {
                        builder.found.bands = Some(bands);
                        builder.mark((start, end), Part::Band);
                    }
                }
                for flag in in_band.iter_mut().take(end).skip(start) {
                    *flag = true;
                }
                start = end.max(start.wrapping_add(1));
            }
            None => start = start.wrapping_add(1),
        }
    }
    let marker = tokens.iter().any(|t| t.info().class & MARKER != 0);
    let in_band = |item: &Found| {
        in_band
            .get(usize::from(item.start))
            .copied()
            .unwrap_or(false)
    };
    // The job is named in the stretch that holds a role, else one that
    // holds a job phrase, else one that holds a marker word that is a term
    // of its own ("EPR"); the first such stretch wins.
    let mut segment_start = 0;
    let mut here = [Found::NONE; N];
    let mut chosen = [Found::NONE; N];
    let mut count = 0;
    let mut best = 0;
    let mut segment = (0, 0);
    for end in 0..=tokens.len() {
        if end < tokens.len() && !tokens.get(end).is_some_and(breaks_segment) {
            continue;
        }
        let span = (segment_start, end);
        segment_start = end.wrapping_add(1);
        let found = found_in(tokens, span, &mut here);
        // Ignore what lies inside a band phrase ("Agenda for Change").
        let strength = here
            .iter()
            .take(found)
            .filter(|f| !in_band(f))
            .map(|f| {
                if f.role.is_some() {
                    3
                } else if !term_counts(f.term, marker) {
                    0
                } else if term_is_marker(tokens, f) {
                    1
                } else {
                    2
                }
            })
            .max()
            .unwrap_or(0);
        if strength > best {
            best = strength;
            count = found;
            segment = span;
            chosen = here;
        }
    }
    if count == 0 {
        return leader(tokens, builder);
    }
    // What counts: not inside a band, weak terms only beside a marker, and a
    // marker word that is a term of its own ("Software", "Cyber") only when
    // no role or term follows it, which it then merely qualifies.
    let all = chosen.get(..count).unwrap_or_default();
    // A word of another trade outside every role and term ("Finance",
    // "Maternity", the "Safety" of "Health and Safety") puts the job there.
    let in_phrase = |at: usize| all.iter().any(|f| (f.span().0..f.span().1).contains(&at));
    let other_trade = (segment.0..segment.1).any(|at| {
        !in_phrase(at)
            && tokens
                .get(at)
                .is_some_and(|t| t.info().class & OTHER_TRADE != 0)
    });
    if other_trade {
        return None;
    }
    let mut kept = [Found::NONE; N];
    let mut len: usize = 0;
    for (index, item) in all.iter().enumerate() {
        let counts = |f: &Found| f.role.is_some() || term_counts(f.term, marker);
        let qualifies_later = || {
            item.role.is_none()
                && term_is_marker(tokens, item)
                && all.iter().skip(index.wrapping_add(1)).any(counts)
        };
        if in_band(item) || !counts(item) || qualifies_later() {
            continue;
        }
        if let Some(slot) = kept.get_mut(len) {
            *slot = *item;
            len = len.wrapping_add(1);
        }
    }
    decide(
        tokens,
        segment,
        &mut builder,
        kept.get(..len).unwrap_or_default(),
        &|at| {
            in_band(&Found {
                start: u16::try_from(at).unwrap_or(u16::MAX),
                ..Found::NONE
            })
        },
    )?;
    Some(builder.finish(tokens))
}

/// A board-level post over digital work, where no term is found: a leader
/// word ("Director", or "Chief" with "Officer") and a digital marker word in
/// one stretch.
fn leader<const N: usize>(tokens: &[Token], mut builder: Builder<N>) -> Option<Classification> {
    let has =
        |stretch: &[Token], class: u16| stretch.iter().position(|t| t.info().class & class != 0);
    let mut start = 0;
    for end in 0..=tokens.len() {
        if end < tokens.len() && !tokens.get(end).is_some_and(breaks_segment) {
            continue;
        }
        let stretch = tokens.get(start..end).unwrap_or_default();
        // "Chief" heads a post only as "Chief ... Officer".
        let chief_only = stretch.iter().any(|t| t.is(CHIEF))
            && !stretch.iter().any(|t| t.is(OFFICER))
            && !stretch
                .iter()
                .any(|t| t.info().class & LEADER != 0 && !t.is(CHIEF));
        if let (Some(head), Some(marker), false) =
            (has(stretch, LEADER), has(stretch, MARKER), chief_only)
        {
            if stretch.iter().any(|t| t.info().class & OTHER_TRADE != 0) {
                return None;
            }
            builder.found.kind = MatchKind::Family;
            builder.family(Family::DigitalLeadership);
            for at in [head, marker] {
                let at = start.wrapping_add(at);
                builder.mark((at, at.wrapping_add(1)), Part::Term);
            }
            return Some(builder.finish(tokens));
        }
        start = end.wrapping_add(1);
    }
    None
}

/// Whether a term counts in a title: strong terms always, weak terms only
/// beside a digital marker word.
fn term_counts(term: u16, marker: bool) -> bool {
    TERMS
        .get(usize::from(term))
        .is_some_and(|t| t.strength == Strength::Strong || marker)
}

fn term_is_marker(tokens: &[Token], found: &Found) -> bool {
    found.end.wrapping_sub(found.start) == 1
        && tokens
            .get(usize::from(found.start))
            .is_some_and(|t| t.info().class & MARKER != 0)
}

/// Decides the answer from the roles and terms that count in the job's
/// stretch.
fn decide<const N: usize>(
    tokens: &[Token],
    segment: Span,
    builder: &mut Builder<N>,
    kept: &[Found],
    in_band: &dyn Fn(usize) -> bool,
) -> Option<()> {
    let level = tokens
        .iter()
        .enumerate()
        .take(segment.1)
        .skip(segment.0)
        .find(|(at, t)| {
            t.level().is_some() && !kept.iter().any(|f| (f.span().0..f.span().1).contains(at))
        });
    if let Some((at, token)) = level {
        builder.found.seniority = token.level();
        builder.mark((at, at.wrapping_add(1)), Part::Seniority);
    }
    let mut roles = kept.iter().filter(|f| f.role.is_some());
    if let Some(first) = roles.next() {
        let role = first.role?;
        let same = roles.all(|f| f.role == Some(role));
        let others = kept.iter().filter(|f| f.role.is_none()).any(|f| {
            term_families(f.term).0 != Some(role.family()) || term_families(f.term).1.is_some()
        });
        if same && !others && heads(tokens, segment, first.span(), in_band) {
            builder.found.kind = MatchKind::Qualified;
            builder.found.role = Some(role);
            builder.family(role.family());
            builder.mark(first.span(), Part::Role);
            // The words before the role narrow it, but for levels and
            // post counts; terms of the role's own family among them too.
            let mut qualifier = (segment.0..first.span().0)
                .filter(|&at| !builder.is_marked(at) && tokens.get(at).is_some_and(is_qualifier));
            if let (Some(start), Some(last)) = (qualifier.clone().next(), qualifier.next_back()) {
                builder.mark((start, last.wrapping_add(1)), Part::Qualifier);
            }
            return Some(());
        }
    }
    // No role that heads the job: the families of everything found.
    let mut bits: u32 = 0;
    let mut decided_term = NO_TERM;
    for item in kept {
        match item.role {
            Some(role) => bits |= family_bit(role.family()),
            None => {
                let (family, also) = term_families(item.term);
                bits |= family.map_or(0, family_bit) | also.map_or(0, family_bit);
                if decided_term == NO_TERM {
                    decided_term = item.term;
                }
            }
        }
        builder.mark(item.span(), Part::Term);
    }
    match bits.count_ones() {
        0 => None,
        1 => {
            let family = Family::ALL
                .iter()
                .copied()
                .find(|&f| family_bit(f) == bits)?;
            builder.found.kind = MatchKind::Family;
            builder.family(family);
            builder.found.term = decided_term;
            Some(())
        }
        _ => {
            builder.found.kind = MatchKind::Ambiguous;
            builder.found.candidates = bits;
            Some(())
        }
    }
}

/// Whether a word before a role narrows it: not a post count ("2 x").
fn is_qualifier(token: &Token) -> bool {
    match token.kind {
        Kind::Word => token.info().class & CONTEXT == 0,
        Kind::Unknown => token.flags & DIGIT == 0,
        _ => false,
    }
}

fn term_families(term: u16) -> (Option<Family>, Option<Family>) {
    TERMS
        .get(usize::from(term))
        .map_or((None, None), |t| (Some(t.family), t.also))
}

/// Whether the role at `role` is the job of its stretch: nothing before it
/// changes the job ("Deputy", "Head of"), and what follows it is only a
/// level, a grade, a post count, words the vocabulary does not know (a
/// place or a department), or context that a word such as "in" or "at"
/// opens.
fn heads(tokens: &[Token], segment: Span, role: Span, in_band: &dyn Fn(usize) -> bool) -> bool {
    let before = tokens.get(segment.0..role.0).unwrap_or_default();
    if before.iter().any(|t| t.info().class & CHANGES_JOB != 0) {
        return false;
    }
    for (at, token) in tokens.iter().enumerate().take(segment.1).skip(role.1) {
        if in_band(at) {
            continue;
        }
        match token.kind {
            Kind::Hyphen => {}
            // What follows a slash is an alternative title, judged apart.
            Kind::Slash => return true,
            Kind::Word if token.level().is_some() => {}
            Kind::Word if token.info().class & CONTEXT != 0 => return true,
            // A grade: "Software Developer 2", "Software Developer II".
            Kind::Word if token.info().class & GRADE != 0 => {}
            // A word the vocabulary does not know is no job word (every
            // job noun is known: see `vocabulary::JOB_WORDS`): a place, a
            // department, an employer, a post count.
            Kind::Unknown => {}
            _ => return false,
        }
    }
    true
}
