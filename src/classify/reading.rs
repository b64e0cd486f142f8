//! How `classify` reads a title once the grammar has had its say: the
//! evidence builder, the stretches of a title, the longest roles and terms
//! in them, and the decision.

use super::{Classification, EVIDENCE_CAP, Evidence, MatchKind, Part};
use crate::grammar::{Reading, Span, band_at};
use crate::vocabulary::{Strength, TERMS};
use crate::word_table::{
    ADVISER, ADVISOR, AGILE, ANALYST, AND, ARCHITECT, CHAMPION, CHIEF, CLINICIAN, DELIVERY,
    DEVELOPER, DEVELOPMENT, DIRECTOR, DOCTOR, DUTIES, ENGINEER, FELLOW, FOR, GOODS, HEAD, HEALTH,
    IT, LEAD, MANAGER, MEDICAL, MIDWIFE, NETWORKS, NHS, NURSE, OF, OFFICER, OPERATIONS, OR,
    OTHER_NETWORKS, PHARMACIST, PHYSICIAN, PLACES, PROGRAMMER, QUALITY, SAFETY, SCIENTIST,
    SECURITY, SERIES, SPECIALIST, SUBJECTS, TECH, TECHNICIAN, TECHNOLOGY, TO,
};
use crate::words::{
    ACRONYM, BAND_START, CARE, CHANGES_JOB, CODE, CONTEXT, DIGITAL_CARE, GRADE, HAS_DIGIT, INNER,
    JOB, Kind, LEADER, Lexicon, MARKER, MAY_BAND, NO_TERM, NO_WORD, NOT_THE_JOB, ORG, OTHER_JOB,
    OTHER_TRADE, PLURAL, Phrase, PhraseKey, Token, phrase, user_term_family,
};
use crate::{Family, Role};

/// Evidence being gathered.
struct Builder<const N: usize> {
    found: Classification,
    /// What each token was, by position, and which piece it belongs to:
    /// `None` for set aside.
    parts: [u16; N],
    pieces: u8,
    /// The families of terms in stretches other than the job's, which
    /// compete with what it finds.
    rivals: u32,
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
            rivals: 0,
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

    /// Answers with the one family in `bits` and the term that decided it,
    /// or with the families that compete; nothing for none.
    fn families(&mut self, bits: u32, term: u16) -> Option<()> {
        match bits.count_ones() {
            0 => None,
            1 => {
                let family = Family::ALL
                    .iter()
                    .copied()
                    .find(|&f| family_bit(f) == bits)?;
                self.found.kind = MatchKind::Family;
                self.family(family);
                self.found.term = term;
                Some(())
            }
            _ => {
                self.found.kind = MatchKind::Ambiguous;
                self.found.candidates = bits;
                Some(())
            }
        }
    }

    /// A family named by single words rather than a term (a leader's and a
    /// marker word, a clinical and a digital word), each marked as a term.
    fn words_name(self, family: Family, words: [usize; 2], tokens: &[Token]) -> Classification {
        self.spans_name(family, words.map(|at| (at, at.wrapping_add(1))), tokens)
    }

    /// A family named by these stretches of tokens, each marked as a term,
    /// where no term of the family decided it ("Director of ICT Services":
    /// the director and the job named in general).
    fn spans_name(
        mut self,
        family: Family,
        spans: impl IntoIterator<Item = Span>,
        tokens: &[Token],
    ) -> Classification {
        self.found.kind = MatchKind::Family;
        self.family(family);
        for span in spans {
            self.mark(span, Part::Term);
        }
        self.finish(tokens)
    }

    /// Turns the per-token parts into evidence runs.
    fn finish(mut self, tokens: &[Token]) -> Classification {
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
        // Most titles have room for every piece; when one has more, the
        // deciding pieces come first and set-aside pieces fill what is left.
        // (A title of no more tokens than that has no more pieces.)
        let mut total: usize = 0;
        let mut deciding: usize = 0;
        if tokens.len() > EVIDENCE_CAP {
            pieces(&self.parts, tokens, |code, _, _| {
                total = total.wrapping_add(1);
                deciding = deciding.wrapping_add(usize::from(code >> 8 != SET_ASIDE >> 8));
            });
        }
        let mut room = if total <= EVIDENCE_CAP {
            EVIDENCE_CAP
        } else {
            EVIDENCE_CAP.saturating_sub(deciding)
        };
        // Written in place: the parts and the evidence are apart.
        let evidence = &mut self.found.evidence;
        let mut len: usize = 0;
        pieces(&self.parts, tokens, |code, start, end| {
            if code >> 8 == SET_ASIDE >> 8 {
                if room == 0 {
                    return;
                }
                room = room.wrapping_sub(1);
            }
            // `mark` writes a part's code as its discriminant plus one.
            let part = Part::ALL
                .get(usize::from(code >> 8).wrapping_sub(1))
                .copied();
            if let (Some(part), Some(slot)) = (part, evidence.get_mut(len)) {
                *slot = Evidence { part, start, end };
                len = len.wrapping_add(1);
            }
        });
        self.found.evidence_len = u8::try_from(len).unwrap_or(u8::MAX);
        self.found
    }
}

/// Calls `emit` with each piece of `parts` that holds a word, in input
/// order: its code, start and end.
fn pieces(parts: &[u16], tokens: &[Token], mut emit: impl FnMut(u16, u16, u16)) {
    // The current piece, and whether it holds a word yet.
    let mut run: Option<(u16, u16, u16, bool)> = None;
    let mut push = |(code, start, end, words): (u16, u16, u16, bool)| {
        if words {
            emit(code, start, end);
        }
    };
    for (token, &code) in tokens.iter().zip(parts.iter()) {
        let is_word = matches!(token.kind, Kind::Word | Kind::Unknown);
        // Punctuation inside a deciding piece belongs to it ("(Band
        // 7)"); punctuation between pieces belongs to none.
        let code = match code {
            0 if is_word || token.kind == Kind::Hyphen => SET_ASIDE,
            0 => {
                if let Some(done) = run.take() {
                    push(done);
                }
                continue;
            }
            code => code,
        };
        // A piece ends at its last word or closing bracket, not at a
        // dash or comma that follows it ("Band 6 -" is "Band 6").
        let ends_piece = is_word || token.kind == Kind::Close;
        match &mut run {
            Some((current, _, end, words)) if *current == code => {
                if ends_piece {
                    *end = token.end;
                }
                *words |= is_word;
            }
            _ => {
                if let Some(done) = run.take() {
                    push(done);
                }
                run = Some((code, token.start, token.end, is_word));
            }
        }
    }
    if let Some(done) = run {
        push(done);
    }
}

/// The code `mark` gives a piece set aside.
const SET_ASIDE: u16 = (Part::SetAside as u16 + 1) << 8;

/// A family's bit in a set of candidates: its place in `Family::ALL`,
/// which is its discriminant.
pub(super) fn family_bit(family: Family) -> u32 {
    1u32.checked_shl(family as u32).unwrap_or(0)
}

pub(super) fn exact<const N: usize>(tokens: &[Token], reading: &Reading) -> Classification {
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

/// The stretches of a title, in order: the spans between the marks that
/// set off context (see [`breaks_segment`]). An acronym in brackets between
/// words sets off nothing (see [`inner_acronym`]).
fn stretches(tokens: &[Token]) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    (0..=tokens.len()).filter_map(move |end| {
        if end < tokens.len()
            && !tokens
                .get(end)
                .is_some_and(|t| breaks_segment(t) && t.flags & INNER == 0)
        {
            return None;
        }
        let span = (start, end);
        start = end.wrapping_add(1);
        Some(span)
    })
}

/// Flags the tokens of every acronym in brackets between two words (see
/// [`inner_acronym`]) as [`INNER`], once, so that every reader of the
/// stretches reads through them; and an unknown word of two to six
/// capitals alone in brackets elsewhere as [`ACRONYM`].
pub(super) fn mark_acronyms(title: &str, tokens: &mut [Token]) {
    if !tokens.iter().any(|t| t.kind == Kind::Open) {
        return;
    }
    let mut at = 0;
    while at < tokens.len() {
        match inner_acronym(tokens, at) {
            Some(close) => {
                for token in tokens.iter_mut().take(close.wrapping_add(1)).skip(at) {
                    token.flags |= INNER;
                }
                at = close.wrapping_add(1);
            }
            None => {
                if let &[open, word, close, ..] = tokens.get(at..).unwrap_or_default() {
                    let text = title
                        .get(usize::from(word.start)..usize::from(word.end))
                        .unwrap_or_default();
                    if open.kind == Kind::Open
                        && close.kind == Kind::Close
                        && word.kind == Kind::Unknown
                        && (2..=6).contains(&text.len())
                        && text.bytes().all(|b| b.is_ascii_uppercase())
                        && initials_before(title, tokens.get(..at).unwrap_or_default(), text)
                    {
                        if let Some(word) = tokens.get_mut(at.wrapping_add(1)) {
                            word.flags |= ACRONYM;
                        }
                    }
                }
                at = at.wrapping_add(1);
            }
        }
    }
}

/// Whether `acronym` spells the initials of the last words of `before`
/// (read back to the first mark), as the grammar reads a role's acronym
/// (see [`crate::grammar::spells`]): "Information Systems Security Manager
/// (ISSM)", "Delivery Lead (DL)", "QA Manager (QAM)". "Product Manager
/// (MRI)" names a scanner, not the post.
fn initials_before(title: &str, before: &[Token], acronym: &str) -> bool {
    let run = before
        .iter()
        .rposition(|t| !matches!(t.kind, Kind::Word | Kind::Unknown))
        .map_or(0, |mark| mark.wrapping_add(1));
    let end = before.last().map_or(0, |t| usize::from(t.end));
    (run..before.len()).rev().any(|from| {
        before
            .get(from)
            .and_then(|t| title.get(usize::from(t.start)..end))
            .is_some_and(|words| crate::grammar::spells(acronym, words))
    })
}

/// Where the brackets that open at `at` close, when they hold an acronym
/// between two words of the title ("Lead Quality Assurance (QA) Automation
/// Engineer", "Learning and Development (L&D) Coordinator"): the acronym
/// repeats the words before it, and the title reads on through it.
fn inner_acronym(tokens: &[Token], at: usize) -> Option<usize> {
    let is_word = |t: &Token| matches!(t.kind, Kind::Word | Kind::Unknown);
    let short = |t: &Token, most: u16| is_word(t) && t.end.wrapping_sub(t.start) <= most;
    if tokens.get(at)?.kind != Kind::Open || !is_word(tokens.get(at.checked_sub(1)?)?) {
        return None;
    }
    let first = tokens.get(at.wrapping_add(1))?;
    let close = match tokens.get(at.wrapping_add(2))? {
        t if t.kind == Kind::Close && short(first, 4) => at.wrapping_add(2),
        t if t.is(AND) && short(first, 2) => {
            let last = tokens.get(at.wrapping_add(3))?;
            let shut = tokens.get(at.wrapping_add(4))?;
            (short(last, 2) && shut.kind == Kind::Close).then_some(at.wrapping_add(4))?
        }
        _ => return None,
    };
    is_word(tokens.get(close.wrapping_add(1))?).then_some(close)
}

/// Whether the stretch that begins at `start` follows a bracket or a dash:
/// a specialty, a subject or an area of the stretch before it.
fn opened(tokens: &[Token], start: usize) -> bool {
    matches!(mark_before(tokens, start), Some(Kind::Open | Kind::Dash))
}

/// What kind of token stands just before the stretch that begins at
/// `start`: the mark that sets it off.
fn mark_before(tokens: &[Token], start: usize) -> Option<Kind> {
    start
        .checked_sub(1)
        .and_then(|at| tokens.get(at))
        .map(|t| t.kind)
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
            | Kind::Mark
    )
}

/// The longest role or term beginning at word `start` of a run of known
/// words (`words` holds token positions).
#[inline(always)]
fn longest<L: Lexicon>(
    tokens: &[Token],
    words: &[u16],
    start: usize,
    lexicon: &L,
) -> Option<(usize, Found)> {
    let token = |at: &u16| tokens.get(usize::from(*at));
    if !lexicon.starts_phrase(token(words.get(start)?)?) {
        return None;
    }
    // The phrase key grows a word at a time, as the phrase table packs it.
    let mut key = PhraseKey::new();
    let mut best = None;
    for (end, at) in words.iter().enumerate().skip(start) {
        key.push(token(at)?.id);
        let Some(found) = lexicon.phrase(&key) else {
            break;
        };
        if found.role.is_some() || found.term != NO_TERM {
            let item = Found {
                start: *words.get(start)?,
                end: at.wrapping_add(1),
                role: found.role,
                term: found.term,
            };
            if found.term != OTHER_JOB || !digital_beside(tokens, &item) {
                best = Some((end.wrapping_add(1), item));
            }
        }
        if !found.prefix {
            break;
        }
    }
    best
}

/// Whether a narrowly digital word ("Digital", "eHealth", "Informatics",
/// "EPR", "IT"), "NHS" or a band stands outside `item`, another trade's
/// job (see `vocabulary::OTHER_TRADE_JOBS`): such a title is the digital
/// job after all ("eHealth Systems Administrator", "NHS Health Systems
/// Administrator", "Health Systems Administrator, Band 6"), as the other
/// trade's never are. Not the broader markers and subjects, which name
/// the other trade's employers and places too ("VA Palo Alto Health Care
/// System", "St. Cloud", "Mobile, AL", "Online Application").
#[cold]
fn digital_beside(tokens: &[Token], item: &Found) -> bool {
    let span = usize::from(item.start)..usize::from(item.end);
    tokens.iter().enumerate().any(|(at, t)| {
        !span.contains(&at)
            && t.kind == Kind::Word
            && (t.info().class & (DIGITAL_CARE | BAND_START) != 0 || t.is(IT))
    })
}

/// Every role and term in `segment`, leftmost-longest, written to `out`.
/// Runs of known words are broken by unknown words and punctuation;
/// hyphens join. There are fewer items than tokens, so `out` has room.
fn found_in<const N: usize, L: Lexicon>(
    tokens: &[Token],
    segment: Span,
    out: &mut [Found; N],
    lexicon: &L,
) -> usize {
    let mut count: usize = 0;
    let mut words = [0u16; N];
    let mut run: usize = 0;
    // The token after a slash whose alternative has been read with the run
    // before it.
    let mut skip = usize::MAX;
    for at in segment.0..segment.1 {
        let Some(token) = tokens.get(at) else { break };
        // An acronym in brackets between words repeats them: read on.
        if token.flags & INNER != 0 || at == skip {
            continue;
        }
        match token.kind {
            _ if token.has_id() => {
                if let Some(slot) = words.get_mut(run) {
                    *slot = u16::try_from(at).unwrap_or(u16::MAX);
                    run = run.wrapping_add(1);
                }
            }
            Kind::Hyphen => {}
            // A slash between two acronyms joins them ("UX/UI Designer");
            // any other slash offers an alternative.
            Kind::Slash if joins(tokens, at) => {}
            _ => {
                let before = words.get(..run).unwrap_or_default();
                let alternative = if token.kind == Kind::Slash {
                    slash_role(tokens, before, at, segment.1, lexicon)
                } else {
                    None
                };
                let until = alternative.map_or(run, |(from, _)| from);
                flush_run(
                    tokens,
                    before.get(..until).unwrap_or_default(),
                    &mut count,
                    out,
                    lexicon,
                );
                if let Some((_, found)) = alternative {
                    push_found(found, &mut count, out);
                    skip = at.wrapping_add(1);
                }
                run = 0;
            }
        }
    }
    flush_run(
        tokens,
        words.get(..run).unwrap_or_default(),
        &mut count,
        out,
        lexicon,
    );
    count
}

fn push_found<const N: usize>(found: Found, count: &mut usize, out: &mut [Found; N]) {
    if let Some(slot) = out.get_mut(*count) {
        *slot = found;
        *count = count.wrapping_add(1);
    }
}

/// The roles and terms of one run of known words: a role that two words
/// joined by "and" or "or" share (see [`shared_role`]), else leftmost-longest.
/// Not inlined: `found_in` calls it at two places, and one copy of the
/// reader keeps the WebAssembly package small.
#[inline(never)]
fn flush_run<const N: usize, L: Lexicon>(
    tokens: &[Token],
    words: &[u16],
    count: &mut usize,
    out: &mut [Found; N],
    lexicon: &L,
) {
    // A shared role needs a side, the link, a side and a shared word.
    let shared = if words.len() >= 4 {
        shared_role(tokens, words, lexicon)
    } else {
        None
    };
    match shared {
        // Most runs share no role: one pass over all their words.
        None => longest_each(tokens, words, count, out, lexicon),
        Some((from, to, found)) => {
            longest_each(
                tokens,
                words.get(..from).unwrap_or_default(),
                count,
                out,
                lexicon,
            );
            push_found(found, count, out);
            longest_each(
                tokens,
                words.get(to..).unwrap_or_default(),
                count,
                out,
                lexicon,
            );
        }
    }
}

/// Every role and term of a run of known words, leftmost-longest. Not
/// inlined: `flush_run` calls it at three places.
#[inline(never)]
fn longest_each<const N: usize, L: Lexicon>(
    tokens: &[Token],
    words: &[u16],
    count: &mut usize,
    out: &mut [Found; N],
    lexicon: &L,
) {
    let mut start = 0;
    while start < words.len() {
        match longest(tokens, words, start, lexicon) {
            // "Head of Data Protection", "Head of Digital Learning": the
            // area that a "head of" term ends with begins the function led,
            // a term that runs on past it.
            Some((end, found)) if heads_function(tokens, words, (start, end), found, lexicon) => {
                start = end.wrapping_sub(1);
            }
            Some((end, found)) => {
                push_found(found, count, out);
                start = end;
            }
            None => start = start.wrapping_add(1),
        }
    }
}

/// Whether `found`, the phrase at `words[start..end]`, is a "head of"
/// term ("head of data", "head of digital") or the head of an information
/// department ("director of information"), that more words of the run
/// narrow, or a longer term overlaps from its last word on: the area then
/// names the function led, read on from its last word ("Head of Data
/// Protection", "Head of Digital Operations", "Service Director of
/// Information Governance"), not the whole of it.
fn heads_function<L: Lexicon>(
    tokens: &[Token],
    words: &[u16],
    (start, end): Span,
    found: Found,
    lexicon: &L,
) -> bool {
    let token = |at: usize| words.get(at).and_then(|&at| tokens.get(usize::from(at)));
    // Asked of every term found: most are no head's term.
    let head_of = token(start).is_some_and(|t| t.is(HEAD))
        && token(start.wrapping_add(1)).is_some_and(|t| t.is(OF));
    if !head_of
        && crate::word_table::INFO_HEADS
            .binary_search(&found.term)
            .is_err()
    {
        return false;
    }
    // A link, a level, a grade or context ("and", "for", "in") leaves the
    // area whole, as "Health" after "Digital" does ("Head of Digital
    // Health", "Head of eHealth"); any other word, an organisation's too
    // ("Programmes", "Service Development"), narrows it.
    let more = token(end).is_some_and(|t| {
        !digital_health(token(end.wrapping_sub(1)), t)
            && t.level().is_none()
            && !grade_like(t)
            && t.info().class & (CONTEXT | CHANGES_JOB | BAND_START | CODE) == 0
            && ![AND, OR, OF, FOR, TO].iter().any(|&id| t.is(id))
    });
    // A word the tables do not know, just after, narrows it too ("Head of
    // Digital Programmes").
    let unknown = words
        .get(end.wrapping_sub(1))
        .and_then(|&at| tokens.get(usize::from(at).wrapping_add(1)))
        .is_some_and(|t| t.kind == Kind::Unknown && !t.is_number());
    more || unknown || overlapped(tokens, words, end, lexicon)
}

/// Whether a longer term overlaps the phrase that ends at `words[end]`,
/// from its last word on.
fn overlapped<L: Lexicon>(tokens: &[Token], words: &[u16], end: usize, lexicon: &L) -> bool {
    (end.wrapping_sub(1)..words.len())
        .any(|from| longest(tokens, words, from, lexicon).is_some_and(|(to, _)| to > end))
}

/// Whether `this` is "Health" after a digital word: "Digital Health",
/// "eHealth", the digital area as "Digital" alone is.
fn digital_health(before: Option<&Token>, this: &Token) -> bool {
    this.is(HEALTH)
        && before.is_some_and(|t| t.kind == Kind::Word && t.info().class & DIGITAL_CARE != 0)
}

/// Whether everything in the title outside `item` is a mark, a band, a
/// word that narrows nothing (a level, grade, organisation, place or
/// link) or, in the item's stretch, another digital word ("Head of IT &
/// Data"); or a stretch that names an employer, a name the tables do not
/// know with an organisation word that is no unit's ("Surrey and Sussex
/// Healthcare NHS Trust", not "Provider Services").
fn alone_but_context(tokens: &[Token], item: &Found, in_band: &dyn Fn(usize) -> bool) -> bool {
    let plain = |t: &Token, markers: bool| match t.kind {
        Kind::Word => narrows_nothing(t) || markers && t.info().class & MARKER != 0,
        Kind::Unknown => t.is_number(),
        _ => true,
    };
    stands_alone(
        tokens,
        item,
        in_band,
        |t| plain(t, true),
        |t| plain(t, false),
        names_employer,
    )
}

/// Whether a stretch names an employer: a name the tables do not know with
/// an organisation word that is no unit's ("Surrey and Sussex Healthcare
/// NHS Trust", not "Provider Services").
fn names_employer(stretch: &[Token]) -> bool {
    stretch
        .iter()
        .any(|t| t.kind == Kind::Unknown && !t.is_number())
        && stretch.iter().any(|t| {
            t.info().class & ORG != 0 && crate::word_table::UNITS.binary_search(&t.id).is_err()
        })
}

/// Whether the head of an information department stands alone: in its
/// stretch nothing but levels and words that change the job ("Deputy"),
/// and in the others nothing but marks, bands, grades and numbers, or an
/// NHS employer ("Head of Information, Barts Health NHS Trust"). "Head of
/// Information, Council of Europe" heads a press office, and a "Director
/// of Information Services" a US hospital's IT.
fn head_alone(tokens: &[Token], item: &Found, in_band: &dyn Fn(usize) -> bool) -> bool {
    stands_alone(
        tokens,
        item,
        in_band,
        |t| t.kind == Kind::Word && (t.level().is_some() || t.info().class & CHANGES_JOB != 0),
        |t| match t.kind {
            Kind::Word => grade_like(t),
            Kind::Unknown => t.is_number(),
            _ => true,
        },
        |stretch| stretch.iter().any(|t| t.is(NHS)),
    )
}

/// Whether every stretch of the title is the item's own, where each token
/// outside the item and its bands is `own_word`, or another whose tokens
/// outside bands are each `other_word` or which as a whole is `context`
/// (an employer).
fn stands_alone(
    tokens: &[Token],
    item: &Found,
    in_band: &dyn Fn(usize) -> bool,
    own_word: impl Fn(&Token) -> bool,
    other_word: impl Fn(&Token) -> bool,
    context: impl Fn(&[Token]) -> bool,
) -> bool {
    let span = item.span();
    stretches(tokens).all(|(start, end)| {
        let own = (start..end).contains(&span.0);
        (!own && context(tokens.get(start..end).unwrap_or_default()))
            || (start..end).all(|at| {
                (span.0..span.1).contains(&at)
                    || in_band(at)
                    || tokens
                        .get(at)
                        .is_none_or(|t| if own { own_word(t) } else { other_word(t) })
            })
    })
}

/// The phrase that the words at the token positions of `first` and then
/// `then` spell. Two slices rather than any iterator, so that the rules
/// that read alternatives share one copy of it.
#[inline(never)]
fn spelled(tokens: &[Token], first: &[u16], then: &[u16], lexicon: &dyn Lexicon) -> Option<Phrase> {
    let id = |&at: &u16| tokens.get(usize::from(at)).map_or(NO_WORD, |t| t.id);
    phrase(lexicon, first.iter().chain(then).map(id))
}

/// The longest shorter ending of the words at these token positions, and
/// `last` after them, that names a role or a term: what the words read as
/// when the whole does not ("Health Data Analyst" reads as "Data
/// Analyst"). The whole is the caller's to ask.
fn ending_named(
    tokens: &[Token],
    words: &[u16],
    last: u16,
    lexicon: &dyn Lexicon,
) -> Option<Phrase> {
    (1..=words.len()).find_map(|from| {
        let found = spelled(
            tokens,
            words.get(from..).unwrap_or_default(),
            &[last],
            lexicon,
        );
        found.filter(|_| names(found))
    })
}

/// How many of the words at these token positions lead with level words:
/// a role shared at a slash or "or" may start after them, and nowhere
/// later ("Senior Data or Information Analyst"; in "Clinical Data or
/// Information Analyst" the analyst is a clinical data one or an
/// information one, not a Data Analyst).
fn leading_levels(tokens: &[Token], words: &[u16]) -> usize {
    words
        .iter()
        .take_while(|&&at| {
            tokens
                .get(usize::from(at))
                .is_some_and(|t| t.level().is_some())
        })
        .count()
}

/// Whether a phrase names a role or a term.
fn names(found: Option<Phrase>) -> bool {
    found.is_some_and(|p| p.role.is_some() || p.term != NO_TERM)
}

/// Whether a phrase is `role` itself or a term of its family that names
/// digital work alone: not a weak term, which other trades share ("Quality
/// Assurance Specialist" is a pharmaceutical post as often).
fn agrees(found: Option<Phrase>, role: Role) -> bool {
    found.is_some_and(|p| match p.role {
        Some(other) => other == role,
        None => {
            let (family, also) = term_families(p.term);
            p.term != NO_TERM
                && strength(p.term) != Some(Strength::Weak)
                && (family == Some(role.family()) || also == Some(role.family()))
        }
    })
}

/// The nouns of technical work that name the same job when a slash puts
/// one for another ("Solutions Architect/Engineer", "Application
/// Programmer/Developer"). Managers, officers, leads, specialists and
/// consultants are as often the posts of other trades ("QA
/// Officer/Manager", "Compliance Officer/Specialist").
const PEER_NOUNS: [u16; 6] = [
    ENGINEER, DEVELOPER, PROGRAMMER, ARCHITECT, ANALYST, SCIENTIST,
];

/// Two job nouns either side of a slash that ends the run, both heading the
/// words before: "Application Programmer/Developer", "Solutions
/// Architect/Engineer". The longest words before them that name anything
/// with either noun decide: when one reading is a role and the other is
/// that role, a term of its family or nothing, the role is the job, over
/// the whole of "Solutions Architect/Engineer". "Software Developer/Tester"
/// (a tester is another family's) and "Application Software
/// Developer/Engineer" (the longer reading names no role) stay as they
/// were. Returns where in `words` the role starts, and the role.
#[cold]
fn slash_role(
    tokens: &[Token],
    words: &[u16],
    slash: usize,
    end: usize,
    lexicon: &dyn Lexicon,
) -> Option<(usize, Found)> {
    let (&noun, head) = words.split_last()?;
    let noun_at = usize::from(noun);
    let other_at = slash.wrapping_add(1);
    let other = u16::try_from(other_at).ok()?;
    let job_noun =
        |t: &Token| t.kind == Kind::Word && t.flags & PLURAL == 0 && t.info().class & JOB != 0;
    let after = other_at.wrapping_add(1);
    if noun_at.wrapping_add(1) != slash
        || !tokens.get(noun_at).is_some_and(job_noun)
        || !tokens
            .get(other_at)
            .is_some_and(|t| other_at < end && job_noun(t))
        || after < end
            && tokens.get(after).is_some_and(|t| {
                t.kind == Kind::Hyphen
                    || t.has_id() && t.level().is_none() && t.info().class & GRADE == 0
            })
    {
        return None;
    }
    // The words before the nouns, after any level words: the role is
    // shared by the whole run or by none of it.
    let from = leading_levels(tokens, head);
    let words = head.get(from..).unwrap_or_default();
    let peer = |at: usize| tokens.get(at).is_some_and(|t| PEER_NOUNS.contains(&t.id));
    let peers = peer(noun_at) && peer(other_at);
    // Two nouns of technical work that name one job together, written with
    // a slash ("Analyst/Programmer" is the Analyst Programmer): the
    // compound decides.
    if peers {
        let compound = spelled(tokens, words, &[noun, other], lexicon);
        if let Some(compound) = compound.filter(|_| names(compound)) {
            let found = Found {
                start: *words.first().unwrap_or(&noun),
                end: u16::try_from(after).ok()?,
                role: compound.role,
                term: compound.term,
            };
            return Some((from, found));
        }
    }
    if words.is_empty() {
        return None;
    }
    let one = spelled(tokens, words, &[noun], lexicon);
    let two = spelled(tokens, words, &[other], lexicon);
    let role = one.and_then(|p| p.role).or(two.and_then(|p| p.role))?;
    // A reading that is no phrase reads as its longest ending that is
    // ("Health Data Analyst" is a Data Analyst), which must agree too. One
    // that reads as nothing fits when its noun is another name for the same
    // work ("Architect/Engineer"); "Data Analyst / Nurse" offers a nurse's
    // post.
    let fits = |whole: Option<Phrase>, last: u16| {
        if names(whole) {
            return agrees(whole, role);
        }
        match ending_named(tokens, words, last, lexicon) {
            Some(ending) => agrees(Some(ending), role),
            None => peers,
        }
    };
    let found = Found {
        start: *words.first()?,
        end: u16::try_from(after).ok()?,
        role: Some(role),
        term: NO_TERM,
    };
    (fits(one, noun) && fits(two, other)).then_some((from, found))
}

/// A role that the words on either side of "or" or "and" share with the
/// words after them: "Clinical or Nursing Informatics Specialist",
/// "Quality Assurance and Testing Manager". One side read with the shared
/// words is a role; after "or" the other side, read with them as far as it
/// names anything, is that role or a term of its family; after "and" both
/// sides with their link must name one discipline of the family, since
/// "and" otherwise joins two jobs ("Knowledge and Library Services
/// Manager"). Returns the span in `words` the role covers, and the role.
fn shared_role(
    tokens: &[Token],
    words: &[u16],
    lexicon: &dyn Lexicon,
) -> Option<(usize, usize, Found)> {
    let (link, either) = words.iter().enumerate().find_map(|(link, &at)| {
        let token = tokens.get(usize::from(at))?;
        (token.is(AND) || token.is(OR)).then_some((link, token.is(OR)))
    })?;
    shared_role_at(tokens, words, link, either, lexicon)
}

#[cold]
fn shared_role_at(
    tokens: &[Token],
    words: &[u16],
    link: usize,
    either: bool,
    lexicon: &dyn Lexicon,
) -> Option<(usize, usize, Found)> {
    // The first side starts after any level words, and nowhere later; one
    // or two words after the link, then the words both sides share.
    let from = leading_levels(tokens, words);
    let first = words.get(from..link).filter(|first| !first.is_empty())?;
    // No phrase holds the first side and "and": none holds both sides.
    if !either && spelled(tokens, words.get(from..=link)?, &[], lexicon).is_none() {
        return None;
    }
    for second_len in 1..=2 {
        let after = link.wrapping_add(1).wrapping_add(second_len);
        let second = words.get(link.wrapping_add(1)..after)?;
        // "And" joins two jobs, unless both sides with their link name one
        // discipline ("Quality Assurance and Testing"): "Knowledge and
        // Library Services Manager" runs two services. Asked first, as most
        // titles with "and" fail it.
        let both = spelled(tokens, words.get(from..after)?, &[], lexicon);
        if !either && !names(both) {
            continue;
        }
        for to in (after.wrapping_add(1)..=words.len()).rev() {
            let shared = words.get(after..to)?;
            let with = |side: &[u16]| spelled(tokens, side, shared, lexicon);
            let (one, two) = (with(first), with(second));
            let (role, other, side) = match (one.and_then(|p| p.role), two.and_then(|p| p.role)) {
                // Both sides spell the same role ("Quality Assurance or QA
                // Tester").
                (Some(role), Some(again)) if role == again => (role, None, &[][..]),
                (Some(role), None) => (role, two, second),
                (None, Some(role)) => (role, one, first),
                _ => continue,
            };
            // "Or" offers either name of one job: the other side with the
            // shared words names no job of its own ("Product or Project
            // Manager" is two), but as far as it names anything it names a
            // specialty of the role's family that runs into the shared
            // words ("Nursing Informatics", of "Clinical or Nursing
            // Informatics Specialist"; not "Records Management", of "Data
            // Protection or Records Management Officer").
            let agreed = side.is_empty()
                || if either {
                    !names(other)
                        && (1..shared.len())
                            .rev()
                            .find_map(|count| {
                                let part = shared.get(..count).unwrap_or_default();
                                let named = spelled(tokens, side, part, lexicon);
                                names(named).then_some(named)
                            })
                            .is_some_and(|named| agrees(named, role))
                } else {
                    agrees(both, role)
                };
            if agreed {
                let found = Found {
                    start: *first.first()?,
                    end: words.get(to.wrapping_sub(1))?.wrapping_add(1),
                    role: Some(role),
                    term: NO_TERM,
                };
                return Some((from, to, found));
            }
        }
    }
    None
}

/// Whether the slash at `at` joins the acronyms on either side ("UX/UI"):
/// no space between them and it, and at most three letters each, so that
/// "Clinical/Safety Officer" stays two alternatives.
pub(super) fn joins(tokens: &[Token], at: usize) -> bool {
    let (Some(before), Some(slash), Some(after)) = (
        at.checked_sub(1).and_then(|at| tokens.get(at)),
        tokens.get(at),
        tokens.get(at.wrapping_add(1)),
    ) else {
        return false;
    };
    let short = |t: &Token| t.end.wrapping_sub(t.start) <= 3;
    before.has_id()
        && after.has_id()
        && short(before)
        && short(after)
        && before.end == slash.start
        && slash.end == after.start
}

/// The free-text reading: the job's roles and terms, else a clinical post
/// over digital work (which is read only where nothing else is).
pub(super) fn relaxed<const N: usize, L: Lexicon>(
    tokens: &[Token],
    lexicon: &L,
) -> Option<Classification> {
    read_job::<N, L>(tokens, lexicon)
        .filter(|found| {
            !other_quality(tokens, found, &|| own_alias(tokens, found, lexicon))
                && !duty_beside_a_job(tokens, found)
        })
        .map(|found| clinical_director::<N>(tokens, found))
        .or_else(|| care::<N>(tokens))
}

/// Whether the role found is read from an organisation's own alias (see
/// `Vocabulary`): its words, as written, are a key of the role in
/// `lexicon` and not among the built-in keys.
fn own_alias<L: Lexicon>(tokens: &[Token], found: &Classification, lexicon: &L) -> bool {
    let Some(role) = found.role().filter(|_| lexicon.has_own_keys()) else {
        return false;
    };
    let Some(range) = found
        .evidence()
        .iter()
        .find(|e| e.part() == Part::Role)
        .map(Evidence::range)
    else {
        return false;
    };
    let mut key = PhraseKey::new();
    for token in tokens
        .iter()
        .filter(|t| t.has_id() && range.contains(&usize::from(t.start)))
    {
        key.push(token.id);
    }
    let names = |phrase: Option<Phrase>| phrase.and_then(|p| p.role) == Some(role);
    names(lexicon.phrase(&key)) && !names(crate::words::Builtin.phrase(&key))
}

/// Whether the answer rests on a duty that a post holds beside its own
/// job (see `vocabulary::DUTY_TERMS`) and another job is joined to it: a
/// job noun, a leader's word or a clinician's, parted from the duty by
/// "and", a slash or another mark ("Director of Operations & SIRO",
/// "Chief Operating Officer (SIRO)"). A job noun inside the duty's own run
/// of words is the duty's ("Caldicott Guardian Support Officer").
fn duty_beside_a_job(tokens: &[Token], found: &Classification) -> bool {
    let mut terms = found.evidence().iter().filter(|e| e.part() == Part::Term);
    let (Some(duty), None) = (terms.next(), terms.next()) else {
        return false;
    };
    if found.kind != MatchKind::Family || DUTIES.binary_search(&found.term).is_err() {
        return false;
    }
    let range = duty.range();
    // Before the duty, a job word and then a parting mark; after it, a
    // parting mark and then a job word.
    let (mut job_first, mut mark_first) = (false, false);
    let mut after = false;
    for token in tokens {
        let class = token.info().class;
        let parting = !matches!(token.kind, Kind::Word | Kind::Hyphen | Kind::Unknown)
            || token.is(AND)
            || token.is(OR);
        let job = token.kind == Kind::Word && class & (JOB | LEADER | CARE) != 0;
        if range.contains(&usize::from(token.start)) {
            after = true;
        } else if after {
            if mark_first && job {
                return true;
            }
            mark_first |= parting;
        } else {
            if job_first && parting {
                return true;
            }
            job_first |= job;
        }
    }
    false
}

/// A clinician's directorship over digital work is clinical informatics, as
/// the chief clinical information officer's is: a "Medical Director for
/// Digital", an "NSS eHealth Medical Director", a "Clinical Director of
/// Informatics" lead digital work as clinicians, where a "Director of
/// Digital" leads it as such. The director is a clinician's when a
/// clinical profession's or service's word, or "Medical", stands just
/// before "Director" ("Director of Nursing and Digital" is not).
fn clinical_director<const N: usize>(tokens: &[Token], found: Classification) -> Classification {
    if found.kind != MatchKind::Family || found.family != Some(Family::DigitalLeadership) {
        return found;
    }
    let clinician =
        |t: &Token| t.kind == Kind::Word && (t.info().class & CARE != 0 || t.is(MEDICAL));
    let Some(at) = tokens.windows(2).position(
        |pair| matches!(pair, [before, director] if clinician(before) && director.is(DIRECTOR)),
    ) else {
        return found;
    };
    // A post of two portfolios, one of them the clinician's, stays the
    // digital leader's; so does one whose digital leadership another job
    // names ("Medical Director, CIO": the CIO's term holds no director).
    let director = tokens.get(at.wrapping_add(1)).map(|t| usize::from(t.start));
    let led = found.evidence().iter().any(|e| {
        e.part() == Part::Term && director.is_some_and(|start| e.range().contains(&start))
    });
    // Its digital area is the post's last: a specialty after it names
    // another post ("Clinical Director - Digital, Surgery").
    let last_term = found
        .evidence()
        .iter()
        .filter(|e| e.part() == Part::Term)
        .map(|e| e.range().start)
        .max()
        .and_then(|start| tokens.iter().position(|t| usize::from(t.start) == start));
    let last = last_term.is_some_and(|at| only_context_after(tokens, at));
    if two_portfolios(tokens) || !led || !last {
        return found;
    }
    // The digital leadership's evidence stands, with the clinician's word
    // beside its director.
    let mut builder = Builder::<N>::new(MatchKind::Family);
    builder.found.bands = found.bands;
    builder.found.seniority = found.seniority;
    for evidence in found.evidence() {
        if !matches!(evidence.part(), Part::Term | Part::Band | Part::Seniority) {
            continue;
        }
        let range = evidence.range();
        let inside = |t: &Token| range.contains(&usize::from(t.start));
        if let (Some(start), Some(end)) = (
            tokens.iter().position(inside),
            tokens.iter().rposition(inside),
        ) {
            builder.mark((start, end.wrapping_add(1)), evidence.part());
        }
    }
    builder.spans_name(
        Family::ClinicalInformatics,
        [(at, at.wrapping_add(2))],
        tokens,
    )
}

/// Whether an answer that other trades share is another trade's work: for
/// the QA Manager and Tester, a weak term of testing and the Compliance
/// Specialist, a word of laboratory, pharmacy, screening, education or
/// customs quality ("Pathology Quality Assurance Manager", "Compliance
/// Specialist (Pharmacy)"); for the Product Manager, a word of physical
/// goods ("Product Manager - Surgical Instruments"). The word stands outside
/// the role or term found, and no digital word ("Pathology Systems Test
/// Analyst", "Product Manager - Radiology PACS") or role or term of the
/// answer's family ("IG Compliance Specialist - Nursing") stands outside
/// it too: any other word names the trade's service, whether the tables
/// know it for another rule or not. A
/// network's term yields to a network of services or people (see
/// [`other_network`]).
pub(super) fn other_quality(
    tokens: &[Token],
    found: &Classification,
    own_alias: &dyn Fn() -> bool,
) -> bool {
    // The shared words are the quality posts' and the product manager's:
    // a tester ("QA Tester - Pathology", "Test Analyst - Clinical") is most
    // often a software tester, and a role read as its family counts as its
    // family's term.
    let weak_term = || found.term == NO_TERM || strength(found.term) == Some(Strength::Weak);
    let in_the_job = |token: &Token| {
        found.evidence().iter().any(|e| {
            matches!(e.part(), Part::Role | Part::Term)
                && e.range().contains(&usize::from(token.start))
        })
    };
    // An agile delivery post is the Digital and Data framework's own.
    let agile = || tokens.iter().any(|t| t.is(AGILE));
    // A term of delivery ("delivery manager", "programme delivery
    // manager"), read from the words it covers.
    let delivery_term = || {
        found.term != NO_TERM && tokens.iter().any(|t| t.is(DELIVERY) && in_the_job(t)) && !agile()
    };
    // A network's term is told from a network of services or people the
    // same way (see `other_network`).
    if found.term != NO_TERM
        && tokens
            .iter()
            .any(|t| NETWORKS.binary_search(&t.id).is_ok() && in_the_job(t))
    {
        return other_network(tokens, in_the_job);
    }
    if let Some(role) = found.role() {
        let narrowed = crate::vocabulary::NARROWED_ROLES.contains(&role);
        if narrowed || crate::vocabulary::MARKED_ROLES.contains(&role) {
            // An organisation's own alias of a role is its own title, as
            // its own terms are: whatever stands beside it, it names the
            // role. Asked only here, of the roles other trades share.
            if own_alias() {
                return false;
            }
            // The goods', the quality posts' and a programme's delivery's
            // trade is named before them as often ("Mortgage Product
            // Manager", "Rail QA Manager", "Elective Recovery Delivery
            // Lead"); a knowledge manager's or a records officer's words
            // before it are its own work as often ("Clinical Knowledge
            // Manager").
            let before = narrowed
                || matches!(
                    role,
                    Role::ProductManager
                        | Role::QaManager
                        | Role::ComplianceSpecialist
                        | Role::DeliveryLead
                        | Role::SystemsDesigner
                );
            // The role's tokens, once, for the scans below.
            let job = match (
                tokens.iter().position(in_the_job),
                tokens.iter().rposition(in_the_job),
            ) {
                (Some(first), Some(last)) => first..last.wrapping_add(1),
                _ => 0..0,
            };
            // A role or term of any family beside it is a digital area or
            // job ("Patient Data Coordinator - Electronic Patient Record").
            let how = if narrowed {
                Narrowing::AnyWord
            } else {
                Narrowing::Marked { before }
            };
            if narrowed_by_another_trade(tokens, job, how)
                && !family_named(tokens, &in_the_job, None)
            {
                return true;
            }
            if narrowed {
                return false;
            }
        }
    }
    // A quality post's or a product manager's trade is told by its word
    // when no other word narrows the job to the answer's own family; a
    // service's running names the delivery whatever else the title says of
    // the service ("Operational Delivery Lead - Mental Health"), and only a
    // digital word keeps it ("Delivery Lead, Digital Operations").
    let (words_of_trade, keeper) = match (found.role(), found.family()) {
        (Some(Role::ProductManager), _) => (GOODS, Keeper::Goods),
        (Some(Role::ComplianceSpecialist | Role::QaManager), _) => (QUALITY, Keeper::Quality),
        (Some(Role::ClinicalSafetyOfficer), _) => (SAFETY, Keeper::Quality),
        (Some(Role::DeliveryLead), _) if !agile() => (OPERATIONS, Keeper::Delivery),
        (None, Some(Family::QualityAssuranceTesting)) if weak_term() => (QUALITY, Keeper::Quality),
        (None, Some(Family::ProductAndDelivery)) if found.term == NO_TERM => (GOODS, Keeper::Goods),
        (None, Some(Family::ProductAndDelivery)) if delivery_term() => {
            (OPERATIONS, Keeper::Delivery)
        }
        _ => return false,
    };
    // A digital word keeps each of them: for the quality posts, one of
    // the markers or technologies but "Technical" ("Pharmacy Technical
    // Services" are a pharmacy's); for goods, a digital subject too ("PACS",
    // "AI", "API"), which beside a quality post names the trade's own
    // things as often ("Mobile Breast Screening Units", "API
    // Manufacturing", "Cloud Pharmacy").
    let tech = |token: &Token| TECH.binary_search(&token.id).is_ok();
    let keeps = |token: &Token| match keeper {
        Keeper::Delivery => is_digital(token),
        Keeper::Quality => tech(token),
        Keeper::Goods => tech(token) || SUBJECTS.binary_search(&token.id).is_ok(),
    };
    let of_the_family = keeper != Keeper::Delivery;
    let mut trade = false;
    for token in tokens
        .iter()
        .filter(|t| t.kind == Kind::Word && !in_the_job(t))
    {
        if words_of_trade.binary_search(&token.id).is_ok() {
            trade = true;
        } else if keeps(token) {
            return false;
        }
    }
    // A role or term of the answer's own family keeps a quality post or
    // goods ("IG Compliance Specialist - Nursing", "Compliance Specialist
    // (Information Governance) - Biochemistry"); a word that the family's
    // terms merely hold does not ("Pathology Testing", "Pharmacy
    // Governance", "Wound Care Portfolio").
    trade
        && !(of_the_family
            && found
                .family()
                .is_some_and(|family| family_named(tokens, &in_the_job, Some(family))))
}

/// Which words narrow a job that other trades share in name (see
/// [`narrowed_by_another_trade`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Narrowing {
    /// Any word outside the role that names a specialty, a service or a
    /// trade, known to the tables or not (`vocabulary::NARROWED_ROLES`).
    AnyWord,
    /// Only a stretch after a dash or a bracket that names the trade alone,
    /// and with `before` the words just before the role too
    /// (`vocabulary::MARKED_ROLES`).
    Marked { before: bool },
    /// Only the words of `vocabulary::ALONE_TRADES` in a stretch after a
    /// dash, a comma or a bracket: a job noun of many trades
    /// (`Strength::Alone`).
    OtherTrades,
}

/// Whether a job that other trades' posts share in name, at token
/// positions `job`, is narrowed by a word that is not the digital job's
/// (see [`Narrowing`]) where no digital word stands anywhere outside it.
/// Levels, bands, grades, numbers, words of the post, places, links and
/// the post's own acronym narrow nothing, nor does a stretch that names an
/// employer. The caller asks whether a role or term of a digital family
/// stands beside it.
#[inline(never)]
fn narrowed_by_another_trade(
    tokens: &[Token],
    job: core::ops::Range<usize>,
    how: Narrowing,
) -> bool {
    let marked = how != Narrowing::AnyWord;
    let before = how == Narrowing::Marked { before: true };
    let unknown = how != Narrowing::OtherTrades;
    // A computer network keeps the job too ("Network System Designer"); a
    // network of services or of another trade does not.
    let services = || {
        tokens
            .iter()
            .any(|t| OTHER_NETWORKS.binary_search(&t.id).is_ok())
    };
    // Where only a stretch after a mark (not a comma, after which the
    // employer or the site stands as often: "Systems Administrator, HM
    // Revenue and Customs", but for the other trades' words that narrow a
    // job noun of many trades) and the words before the role count, they must
    // name the trade alone: no number or code (a grade, a reference, a
    // version), no organisation, no other job ("Clinical Safety Officer,
    // Clinical Advisor") and no clinical service, whose staff the digital
    // post serves ("Digital Health Trainer - Nursing").
    let plain = |t: &Token| {
        t.is_number()
            || t.flags & HAS_DIGIT != 0
            || (t.kind == Kind::Word && t.info().class & (ORG | JOB | LEADER | CODE | CARE) != 0)
    };
    let mut narrowed = false;
    for (start, end) in stretches(tokens) {
        let stretch = tokens.get(start..end).unwrap_or_default();
        let own = (start..end).contains(&job.start);
        // The token positions whose words may narrow the job.
        let counted = if own && marked {
            start..if before { job.start } else { start }
        } else if !own
            && (names_employer(stretch)
                || marked
                    && (start == 0
                        // Another trade's words after a comma name its
                        // goods as surely as after a dash: "Tester, Rocket
                        // Engines", "Test Engineer, Nuclear Equipment" (the
                        // inverted titles of O*NET and the UK SOC index).
                        || how != Narrowing::OtherTrades
                            && mark_before(tokens, start) == Some(Kind::Comma)))
        {
            start..start
        } else {
            start..end
        };
        let counted = if marked
            && tokens
                .get(counted.clone())
                .unwrap_or_default()
                .iter()
                .any(plain)
        {
            start..start
        } else {
            counted
        };
        for (at, token) in (start..end).zip(stretch) {
            if job.contains(&at) {
                continue;
            }
            match token.kind {
                // A digital word anywhere keeps the job ("Digital Product
                // Manager - Devices", "Cerner QA Manager - Clinical").
                Kind::Word
                    if is_digital(token)
                        || TECH.binary_search(&token.id).is_ok()
                        || SUBJECTS.binary_search(&token.id).is_ok()
                        || NETWORKS.binary_search(&token.id).is_ok() && !services() =>
                {
                    return false;
                }
                // Without `unknown`, only the words of other trades that
                // narrow a job noun of many trades do: "Test Engineer -
                // Electronics", not "Developer - Patient Flow".
                Kind::Word => {
                    narrowed |= counted.contains(&at)
                        && !narrows_nothing(token)
                        && (unknown || other_trades_word(token));
                }
                // An acronym in brackets is the role's, its team's or its
                // employer's as often as a trade's ("Information Systems
                // Security Manager (ISSM), GS-2210-13").
                Kind::Unknown => {
                    narrowed |= unknown
                        && counted.contains(&at)
                        && !token.is_number()
                        && token.flags & ACRONYM == 0;
                }
                _ => {}
            }
        }
    }
    narrowed
}

/// Whether a known word is another trade's that narrows a job noun of
/// many trades (see `vocabulary::ALONE_TRADES`).
fn other_trades_word(token: &Token) -> bool {
    crate::word_table::ALONE.binary_search(&token.id).is_ok()
}

/// Whether a role or term of `family` (of any family for none) stands in
/// `tokens` outside the job found (`in_the_job`), read over each run of
/// known words.
#[cold]
fn family_named(
    tokens: &[Token],
    // A `dyn` rather than a generic closure: one copy of the scan for its
    // callers, which counts in the WebAssembly package.
    in_the_job: &dyn Fn(&Token) -> bool,
    family: Option<Family>,
) -> bool {
    let outside = |t: &Token| t.kind == Kind::Word && !in_the_job(t);
    (0..tokens.len()).any(|start| {
        let mut key = PhraseKey::new();
        for token in tokens.iter().skip(start).take_while(|t| outside(t)) {
            key.push(token.id);
            let Some(found) = crate::words::Builtin.phrase(&key) else {
                return false;
            };
            if family.map_or(names(Some(found)), |family| names_family(found, family)) {
                return true;
            }
            if !found.prefix {
                return false;
            }
        }
        false
    })
}

/// What keeps a shared answer against another trade's word (see
/// [`other_quality`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keeper {
    /// A quality post's: a marker or technology but "Technical", or a role
    /// or term of the answer's family.
    Quality,
    /// A product manager's: those, or a digital subject.
    Goods,
    /// A delivery post's: a digital marker alone.
    Delivery,
}

/// Whether a network's term names a network of services or people rather
/// than of computers: a word of one (see `vocabulary::NETWORK_TRADES`)
/// stands outside the term, and no digital word anywhere ("IT Network
/// Administrator - Cancer Centre", "ICT Network Engineer (Primary Care)").
/// An employer's stretch names no network: "Network Engineer - Clatterbridge
/// Cancer Centre NHS Foundation Trust".
fn other_network(tokens: &[Token], in_the_job: impl Fn(&Token) -> bool) -> bool {
    // Networks of services have administrators, managers and co-ordinators
    // but no engineers, architects or technicians: theirs is named beside
    // the term ("Clinical Network Engineer"), and a bracket or dash says
    // where they work ("Network Engineer - Primary Care").
    let (mut engineer, mut beside, mut elsewhere) = (false, false, false);
    for (start, end) in stretches(tokens) {
        let stretch = tokens.get(start..end).unwrap_or_default();
        let own = stretch.iter().any(&in_the_job);
        let employer = !own && stretch.iter().any(|t| t.info().class & ORG != 0);
        for token in stretch.iter().filter(|t| t.kind == Kind::Word) {
            if is_digital(token) {
                return false;
            }
            engineer |= own
                && [ENGINEER, ARCHITECT, TECHNICIAN]
                    .iter()
                    .any(|&id| token.is(id));
            let trade = !in_the_job(token) && OTHER_NETWORKS.binary_search(&token.id).is_ok();
            beside |= own && trade;
            elsewhere |= !own && !employer && trade;
        }
    }
    beside || elsewhere && !engineer
}

/// Whether a known word is a digital marker ("Digital", "IT", "LIMS").
fn is_digital(token: &Token) -> bool {
    token.info().class & MARKER != 0
}

/// The job's roles and terms, found in the stretch that names the job.
fn read_job<const N: usize, L: Lexicon>(tokens: &[Token], lexicon: &L) -> Option<Classification> {
    let mut builder = Builder::<N>::new(MatchKind::Family);
    let in_band = mark_bands(tokens, &mut builder);
    let band_at_token = |at: usize| in_band.get(at).copied().unwrap_or(false);
    let in_band = |item: &Found| band_at_token(usize::from(item.start));
    // A weak term counts beside a digital marker word in its own stretch,
    // outside the term itself ("Digital Programme Manager"; not the "Systems"
    // of "Water Systems Manager", nor an "(Online)" in another stretch).
    // A bracket or dash of digital words alone ("Programme Manager -
    // Digital", "Project Manager (IT)") names the area of a stretch of known
    // words ("Manual Handling Trainer - IT" is no digital trainer). Worked
    // out once, when first asked.
    let area: core::cell::Cell<Option<bool>> = core::cell::Cell::new(None);
    let in_area = |stretch: Span| {
        let found = area.get().unwrap_or_else(|| {
            let found = area_start(tokens, false, false).is_some();
            area.set(Some(found));
            found
        });
        found
            && tokens
                .get(stretch.0..stretch.1)
                .unwrap_or_default()
                .iter()
                .all(|t| t.kind != Kind::Unknown)
    };
    // A noun before "development" names the work developed: a "Business
    // Development Manager - Digital Health" sells, and a workforce or
    // practice development manager develops staff. Only a level, a digital
    // or technical word, or a word that is a term of its own ("AI") may
    // stand there.
    let other_development = |item: &Found| {
        let first = usize::from(item.start);
        tokens.get(first).is_some_and(|t| t.is(DEVELOPMENT))
            && first
                .checked_sub(1)
                .and_then(|at| tokens.get(at))
                .is_some_and(|t| {
                    // Not an organisation word here: a practice or a
                    // service is what is developed.
                    t.kind == Kind::Word
                        && t.level().is_none()
                        && !(narrows_nothing(t) && t.info().class & ORG == 0)
                        && t.info().class & MARKER == 0
                        && TECH.binary_search(&t.id).is_err()
                        && !phrase(lexicon, core::iter::once(t.id))
                            .is_some_and(|p| p.term != NO_TERM || p.role.is_some())
                })
    };
    let marked = |item: &Found, stretch: Span| {
        !other_development(item)
            && ((stretch.0..stretch.1).any(|at| {
                !(item.span().0..item.span().1).contains(&at)
                    && tokens.get(at).is_some_and(|t| t.info().class & MARKER != 0)
            }) || in_area(stretch))
    };
    // The head of an information department names the job only alone
    // (see `vocabulary::INFORMATION_HEADS`).
    let information_head = |item: &Found| {
        crate::word_table::INFO_HEADS
            .binary_search(&item.term)
            .is_ok()
    };
    let counts = |item: &Found, stretch: Span| {
        item.role.is_some()
            || term_counts(
                item.term,
                || marked(item, stretch),
                || alone(tokens, item, stretch, &band_at_token),
            ) && (!information_head(item) || head_alone(tokens, item, &band_at_token))
    };
    // Whether each token lies in a stretch where no role or term was found.
    let mut quiet = [false; N];
    // Whether the stretch that begins at each token has terms that compete
    // as another job's.
    let mut rival = [false; N];
    // Two tables: the stretch being read, and the chosen one; they swap
    // rather than copy. Afterwards the spare one holds what counts.
    let mut tables = [[Found::NONE; N]; 2];
    let mut chosen_table: usize = 0;
    let mut count = 0;
    let mut best = 0;
    let mut segment = (0, 0);
    // The families of the terms that count in each stretch, and in the
    // chosen one: a term of another family in another stretch competes
    // ("Manager, IT Services (Information Security)").
    let mut all_terms: u32 = 0;
    let mut chosen_terms: u32 = 0;
    // Where the stretch before begins, when only jobs named in general
    // count in it; and such a stretch's start when the chosen one follows
    // it.
    let mut previous: Option<(usize, bool)> = None;
    let mut general_before: Option<(usize, bool)> = None;
    // The job is named in the stretch that holds a role, else one that
    // holds a job phrase, else one that holds a marker word that is a term
    // of its own ("EPR"); the first such stretch wins.
    for span in stretches(tokens) {
        let [first, second] = &mut tables;
        let here = if chosen_table == 0 { second } else { first };
        let found = found_in(tokens, span, here, lexicon);
        // Ignore what lies inside a band phrase ("Agenda for Change").
        let mut strength = 0;
        let mut terms: u32 = 0;
        let mut counting: usize = 0;
        let mut generic: usize = 0;
        for f in here.iter().take(found).filter(|f| !in_band(f)) {
            // Another trade's job is the title's: nothing is answered, not
            // even by its words ("Health System Administrator / Hospital
            // Director" holds no digital leader's "System").
            if f.term == OTHER_JOB {
                return None;
            }
            let this = if f.role.is_some() {
                3
            } else if !counts(f, span) {
                0
            } else if term_is_marker(tokens, f) {
                1
            } else {
                // A job named in general never competes with a specific one.
                if !is_generic(f.term) {
                    terms |= term_bits(f.term);
                }
                2
            };
            strength = strength.max(this);
            counting = counting.wrapping_add(usize::from(this > 0));
            generic = generic.wrapping_add(usize::from(this == 2 && is_generic(f.term)));
        }
        // A stretch that names an organisation or a place ("Sussex Health
        // Informatics Service", "based at County Library") says where the
        // post is, and a lone word in brackets is most often the title's
        // acronym ("(CIO)"): neither is another job.
        let another_job = || {
            let stretch = tokens.get(span.0..span.1).unwrap_or_default();
            stretch
                .iter()
                .filter(|t| t.has_id() || t.kind == Kind::Unknown)
                .count()
                > 1
                && !stretch
                    .iter()
                    .any(|t| t.info().class & (ORG | CONTEXT) != 0)
        };
        if terms != 0 && another_job() {
            all_terms |= terms;
            if let Some(flag) = rival.get_mut(span.0) {
                *flag = true;
            }
        }
        if found == 0 {
            for flag in quiet.iter_mut().take(span.1).skip(span.0) {
                *flag = true;
            }
        }
        if strength > best {
            best = strength;
            count = found;
            // A stretch that only names a job in general, just before this
            // one's bracket or dash, has this one as its specialty.
            general_before = previous.filter(|_| opened(tokens, span.0));
            segment = span;
            chosen_table ^= 1;
            chosen_terms = terms;
        }
        // A pay series' title alone ("Program Analyst") names a job only
        // in general too, though no family.
        previous = if counting == 0 {
            // Only a bracket or dash after it makes the next stretch its
            // specialty; asked first, as it is cheap.
            (opened(tokens, span.1.wrapping_add(1)) && is_series(tokens, span))
                .then_some((span.0, true))
        } else {
            (generic == counting).then_some((span.0, false))
        };
    }
    if count == 0 {
        return leader(tokens, builder);
    }
    // In an earlier stretch, a job noun or a word such as "Head" names the
    // job, and the role found later is its team or subject: the family
    // stands, the role does not ("Team Leader - Software Developers"). A
    // word that makes the job someone else's leaves nothing.
    let class_before = |class: u16, end: usize| {
        (0..end).any(|at| {
            !band_at_token(at) && tokens.get(at).is_some_and(|t| t.info().class & class != 0)
        })
    };
    if class_before(NOT_THE_JOB, segment.0) {
        return None;
    }
    let [first, second] = &mut tables;
    let (chosen, spare) = if chosen_table == 0 {
        (first, second)
    } else {
        (second, first)
    };
    let all = chosen.get(..count).unwrap_or_default();
    // A job named in general just before is not another job: "IT
    // Specialist (Systems Administrator)" is the administrator, where a
    // plural names the team ("IT Officer (Data Analysts)").
    let singular_role = || {
        all.iter().any(|f| {
            f.role.is_some()
                && tokens
                    .get(usize::from(f.end).wrapping_sub(1))
                    .is_some_and(|t| t.flags & PLURAL == 0)
        })
    };
    // After a pay series, which names no job of its own, the role must be
    // the whole of its bracket or dash, but for levels and grades, and no
    // job noun may follow: "Program Analyst (Data Analyst Team Lead)" and
    // "Program Analyst (Data Analyst) Assistant" are other posts.
    let whole_post = || {
        let in_role = |at: usize| {
            all.iter()
                .any(|f| f.role.is_some() && (f.span().0..f.span().1).contains(&at))
        };
        (segment.0..segment.1).all(|at| {
            in_role(at)
                || band_at_token(at)
                || tokens
                    .get(at)
                    .is_none_or(|t| !matches!(t.kind, Kind::Word | Kind::Unknown) || grade_like(t))
        }) && (segment.1..tokens.len()).all(|at| {
            // After it only codes, grades and bands ("GS-0343-13", "(FPL
            // 13)"): not a job noun ("Assistant") nor another trade's
            // context ("- Postal Service").
            band_at_token(at)
                || tokens.get(at).is_none_or(|t| match t.kind {
                    Kind::Word => grade_like(t),
                    Kind::Unknown => t.is_number() || t.end.wrapping_sub(t.start) <= 3,
                    _ => true,
                })
        })
    };
    let job_from = match general_before {
        Some((start, series)) if singular_role() && (!series || whole_post()) => start,
        _ => segment.0,
    };
    let mut role_stands =
        !class_before(CHANGES_JOB, segment.0) && !class_before(JOB | CHANGES_JOB, job_from);
    // A word of another trade outside every role and term ("Finance",
    // "Maternity", the "Safety" of "Health and Safety") puts the job there:
    // anywhere in the title ("Finance Officer, Cyber Security Team", "Data
    // Analyst (Maternity)"), but not in a role or term ("(IT Security
    // Analyst)"), nor where the job's own roles and terms hold the same
    // word ("Cyber Security Specialist (Security)").
    let in_phrase = |at: usize| all.iter().any(|f| (f.span().0..f.span().1).contains(&at));
    let in_the_job = |token: &Token| {
        all.iter().any(|f| {
            tokens
                .get(f.span().0..f.span().1)
                .is_some_and(|held| held.iter().any(|t| t.is(token.id)))
        })
    };
    let security = security_specialty(tokens, segment, all);
    let other_trade = (0..tokens.len()).any(|at| {
        if Some(at) == security {
            return false;
        }
        let outside = if (segment.0..segment.1).contains(&at) {
            !in_phrase(at)
        } else {
            quiet.get(at).copied().unwrap_or(false)
        };
        outside
            && !band_at_token(at)
            && tokens
                .get(at)
                .is_some_and(|t| t.info().class & OTHER_TRADE != 0 && !in_the_job(t))
    });
    if other_trade {
        // A midwife's or a maternity word may still name a digital post:
        // see `care`.
        return None;
    }
    // What counts: not inside a band, weak terms only beside a marker, and a
    // marker word that is a term of its own ("Software", "EPR") only when no
    // role or term follows it, which it then merely qualifies.
    let kept = spare;
    let mut len: usize = 0;
    // A job named in general yields to a specific one beside it
    // ("Information Technology Specialist-Application Software").
    let specific = all.iter().any(|item| {
        !in_band(item)
            && counts(item, segment)
            && !is_generic(item.term)
            && !term_is_marker(tokens, item)
    });
    for (index, item) in all.iter().enumerate() {
        let qualifies_later = || {
            item.role.is_none()
                && term_is_marker(tokens, item)
                && all
                    .iter()
                    .skip(index.wrapping_add(1))
                    .any(|later| counts(later, segment))
        };
        if in_band(item)
            || !counts(item, segment)
            || qualifies_later()
            || specific && is_generic(item.term)
        {
            continue;
        }
        if let Some(slot) = kept.get_mut(len) {
            *slot = *item;
            len = len.wrapping_add(1);
        }
    }
    let kept = kept.get(..len).unwrap_or_default();
    // Nothing in the job's stretch counts: terms of other stretches alone
    // do not name the job.
    if kept.is_empty() {
        return None;
    }
    // A marker word that is a term of its own ("EPR") names the job alone
    // only when nothing but level words stands between it and the job's
    // noun: in "EPR Information Officer" or "EPR Specialist Data Migration
    // Analyst" the words between name a specialty that no term reads, as
    // often another family's.
    if kept
        .iter()
        .all(|item| item.role.is_none() && term_is_marker(tokens, item))
        && kept.last().is_some_and(|last| {
            unread_specialty(tokens, usize::from(last.end), segment.1, band_at_token)
        })
    {
        return None;
    }
    // Before the first role or term, a word that makes the job someone
    // else's ("PA to", "Non-", "Former") leaves nothing, and a job noun
    // ("Technician", "Administrator") leaves the family but not the role.
    let first = kept.first().map_or(segment.1, |f| f.span().0);
    let before_first = |class: u16| {
        (segment.0..first).any(|at| {
            !band_at_token(at)
                && !in_phrase(at)
                && tokens.get(at).is_some_and(|t| {
                    let this = t.info().class;
                    t.level().is_none() && this & CHANGES_JOB == 0 && this & class != 0
                })
        })
    };
    if before_first(NOT_THE_JOB) {
        return None;
    }
    role_stands &= !before_first(JOB);
    // A director heading a job named only in general heads the digital
    // function, as "Director of IT" does: "Director of ICT Services",
    // "Acting Director of IT Services" (NHS trust documents), "IT Services
    // Director", "Director, IT Services". The director must head the post,
    // the job named only in general being all it directs: not an "Account
    // Director IT Services" or the "IT Officer to the Director".
    if kept
        .iter()
        .all(|item| item.role.is_none() && is_generic(item.term))
    {
        let words = |from: usize, to: usize| {
            (from..to).filter(|&at| {
                tokens.get(at).is_some_and(|t| {
                    t.kind == Kind::Unknown
                        || t.kind == Kind::Word
                            && (t.info().class & LEADER != 0
                                || t.level().is_none() && !narrows_nothing(t))
                })
            })
        };
        let director = |at: usize| {
            tokens
                .get(at)
                .is_some_and(|t| t.info().class & LEADER != 0 && !t.is(CHIEF))
        };
        let term_end = kept.last().map_or(segment.1, |item| usize::from(item.end));
        let before = words(segment.0, first).next();
        let after = words(term_end, segment.1).next();
        let head = match (before, after) {
            (Some(at), None)
                if director(at) && words(at.wrapping_add(1), first).next().is_none() =>
            {
                Some(at)
            }
            (None, Some(at))
                if director(at) && words(at.wrapping_add(1), segment.1).next().is_none() =>
            {
                Some(at)
            }
            // A director alone in the stretch just before.
            (None, None) => stretches(tokens)
                .take_while(|&(_, end)| end < segment.0)
                .last()
                .filter(|&(_, end)| end.wrapping_add(1) == segment.0)
                .and_then(|(start, end)| {
                    let mut heads = words(start, end);
                    heads
                        .next()
                        .filter(|&at| director(at) && heads.next().is_none())
                }),
            _ => None,
        };
        if let Some(head) = head {
            let spans =
                core::iter::once((head, head.wrapping_add(1))).chain(kept.iter().map(Found::span));
            return Some(builder.spans_name(Family::DigitalLeadership, spans, tokens));
        }
    }
    // The head of a whole IT function, with nothing around the post but
    // levels, grades, bands and an organisation or place, leads it (see
    // `vocabulary::WHOLE_FUNCTION_HEADS`).
    if let [item] = kept {
        if item.role.is_none()
            && crate::word_table::WHOLE_HEADS
                .binary_search(&item.term)
                .is_ok()
            && alone_but_context(tokens, item, &band_at_token)
        {
            builder.found.term = item.term;
            return Some(builder.spans_name(Family::DigitalLeadership, [item.span()], tokens));
        }
    }
    builder.rivals = all_terms & !chosen_terms;
    if specialty(
        tokens,
        segment,
        &mut builder,
        kept,
        security,
        &band_at_token,
        lexicon,
    )
    .is_some()
    {
        return Some(builder.finish(tokens));
    }
    decide(
        tokens,
        segment,
        &mut builder,
        kept,
        role_stands,
        &band_at_token,
        &in_phrase,
    )?;
    if builder.found.kind == MatchKind::Ambiguous && builder.rivals != 0 {
        let rivals = Rivals {
            segment,
            rival: &rival,
            counts: &counts,
            in_band: &band_at_token,
        };
        rivals.mark(tokens, &mut builder, lexicon);
    }
    Some(builder.finish(tokens))
}

/// The stretches whose terms compete with the job's, as `relaxed` found
/// them.
struct Rivals<'a, const N: usize> {
    segment: Span,
    rival: &'a [bool; N],
    counts: &'a dyn Fn(&Found, Span) -> bool,
    in_band: &'a dyn Fn(usize) -> bool,
}

impl<const N: usize> Rivals<'_, N> {
    /// Marks as evidence the terms of other stretches that compete with the
    /// job's ("Network Engineer (Information Security)"): they decided the
    /// candidates as much as the job's own terms did.
    #[cold]
    fn mark<L: Lexicon>(&self, tokens: &[Token], builder: &mut Builder<N>, lexicon: &L) {
        let mut items = [Found::NONE; N];
        for span in stretches(tokens) {
            if span == self.segment || !self.rival.get(span.0).copied().unwrap_or(false) {
                continue;
            }
            let count = found_in(tokens, span, &mut items, lexicon);
            for item in items.iter().take(count) {
                let start = usize::from(item.start);
                // A role's item has no term, and so no bits.
                if !is_generic(item.term)
                    && term_bits(item.term) & builder.rivals != 0
                    && !(self.in_band)(start)
                    && (self.counts)(item, span)
                    && !builder.is_marked(start)
                {
                    builder.mark(item.span(), Part::Term);
                }
            }
        }
    }
}

/// A clinical post over digital work, where no family term decides: a
/// clinical profession's or service's word ("Nurse", "Midwife", "Clinical")
/// and a word such as "Digital" or "EPR" in one stretch ("Digital
/// Specialist Midwife"), or a bracket or dash of such words alone ("Lead
/// Nurse - Digital"). The post's head noun, its last word before any context
/// and leaving digital words aside, is a profession ("Midwife") or, with a
/// service's word, a lead's or adviser's ("Digital Clinical Lead"): a
/// "Clinical Support Worker - Digital" is a support worker. Unknown words
/// may name a specialty that is the real job ("Digital Triage Nurse"), so
/// the stretch holds none but after a context word ("Clinical Lead for
/// Digital Mental Health, NHS England"), and no word of another trade or
/// that makes the job someone else's stands anywhere.
fn care<const N: usize>(tokens: &[Token]) -> Option<Classification> {
    let vetoed = tokens.iter().any(|t| {
        let class = t.info().class;
        class & NOT_THE_JOB != 0 || (class & OTHER_TRADE != 0 && class & CARE == 0)
    });
    if vetoed {
        return None;
    }
    // The first word of a bracket or dash of digital words alone; a
    // director's area may follow a comma too, as a board's list of its
    // directors writes it ("Clinical Director, eHealth").
    let area = area_start(tokens, true, false);
    for (start, end) in stretches(tokens) {
        let stretch = tokens.get(start..end).unwrap_or_default();
        let mut context = false;
        let mut care = None;
        let mut marker = None;
        let mut plain = true;
        let mut head = None;
        let mut before_head = None;
        for (at, token) in stretch.iter().enumerate() {
            let class = token.info().class;
            context |= class & CONTEXT != 0;
            plain &= context || token.kind != Kind::Unknown || token.is_number();
            // "Medical" is a clinician's word only as the director's
            // ("Medical Director"): a medical device or secretary is not.
            let medical = token.is(MEDICAL)
                && stretch
                    .get(at.wrapping_add(1))
                    .is_some_and(|t| t.is(DIRECTOR));
            if class & CARE != 0 || medical {
                care.get_or_insert(start.wrapping_add(at));
            }
            if class & DIGITAL_CARE != 0 {
                marker.get_or_insert(start.wrapping_add(at));
            } else if !context && matches!(token.kind, Kind::Word | Kind::Unknown) {
                before_head = at.checked_sub(1).and_then(|at| stretch.get(at));
                head = Some(token);
            }
        }
        let heads = head.is_some_and(|t| {
            [NURSE, MIDWIFE, PHARMACIST, DOCTOR, PHYSICIAN, CLINICIAN]
                .iter()
                .any(|&id| t.is(id))
                || [
                    LEAD, MANAGER, SPECIALIST, ADVISER, ADVISOR, OFFICER, FELLOW, CHAMPION,
                    DIRECTOR,
                ]
                .iter()
                .any(|&id| t.is(id))
        });
        // A director is a clinician's only by the word just before it
        // ("Clinical Director"; not a "Clinical Operations Director"), holds
        // one portfolio, and names its digital area just after its own
        // stretch ("Clinical Director, eHealth"; a "Clinical Director,
        // Surgery - Digital" directs surgery).
        let director = head.is_some_and(|t| t.is(DIRECTOR));
        if director
            && (!before_head.is_some_and(|t| t.info().class & CARE != 0 || t.is(MEDICAL))
                || two_portfolios(tokens))
        {
            continue;
        }
        let area = if director {
            area_start(tokens, true, true)
                .filter(|&at| at == end.wrapping_add(1) && only_context_after(tokens, at))
        } else {
            area
        };
        let marker = marker.or_else(|| area.filter(|_| care.is_some()));
        if let (Some(care), Some(marker), true, true) = (care, marker, plain, heads) {
            let mut builder = Builder::<N>::new(MatchKind::Family);
            mark_bands(tokens, &mut builder);
            return Some(builder.words_name(
                Family::ClinicalInformatics,
                [care.min(marker), care.max(marker)],
                tokens,
            ));
        }
    }
    None
}

/// Whether every stretch after the one that begins at `area` names an
/// employer or a band ("Clinical Director - Digital, Band 8d", "Clinical
/// Director, Digital, Leeds Teaching Hospitals NHS Trust"), not the
/// post's specialty ("Clinical Director - Digital (Dental)").
fn only_context_after(tokens: &[Token], area: usize) -> bool {
    stretches(tokens)
        .filter(|&(start, end)| start > area && end > start)
        .all(|(start, end)| {
            tokens
                .get(start..end)
                .unwrap_or_default()
                .iter()
                .any(|t| t.info().class & (ORG | BAND_START) != 0)
        })
}

/// Whether a director's title holds two portfolios: another board-level
/// word ("Medical Director and Director of Digital", "Chief Digital
/// Officer and Deputy Medical Director"), or an "and" or a slash anywhere
/// ("Digital and Medical Director", "Clinical Director for Digital /
/// Surgery"). A clinician's directorship over digital work is one
/// portfolio.
fn two_portfolios(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .filter(|t| t.info().class & LEADER != 0)
        .count()
        > 1
        || tokens.iter().any(|t| t.is(AND) || t.kind == Kind::Slash)
}

/// Marks the title's first real band, which the answer reports, and
/// returns which tokens any band phrase covers, which the readings set
/// aside ("Agenda for Change").
fn mark_bands<const N: usize>(tokens: &[Token], builder: &mut Builder<N>) -> [bool; N] {
    let mut in_band = [false; N];
    if !tokens.iter().any(|t| t.flags & MAY_BAND != 0) {
        return in_band;
    }
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
    in_band
}

/// A board-level post over digital work, where no term is found: a leader
/// word ("Director", or "Chief" with "Officer") and a digital marker word in
/// one stretch, or a leader word alone ("Deputy Director") followed by a
/// stretch that names digital work and no other job ("Office of Information
/// Technology"). No word of another trade may stand anywhere.
fn leader<const N: usize>(tokens: &[Token], builder: Builder<N>) -> Option<Classification> {
    let has =
        |stretch: &[Token], class: u16| stretch.iter().position(|t| t.info().class & class != 0);
    // The stretch before, when it is a leader word alone ("Deputy
    // Director"), whose subject may follow ("Deputy Director, Office of
    // Information Technology").
    let mut alone: Option<usize> = None;
    // The leader word of a post whose portfolio is being listed, and the
    // first digital subject seen in the list.
    let mut portfolio: Option<(usize, Option<usize>)> = None;
    // A word of another trade anywhere leaves nothing ("Director of Systems
    // (HR)").
    if has(tokens, OTHER_TRADE).is_some() {
        return None;
    }
    for (start, end) in stretches(tokens) {
        let stretch = tokens.get(start..end).unwrap_or_default();
        // The subject names digital work in the narrow words ("Office of
        // Information Technology"), not "System" or "Technical", which NHS
        // and other posts use for other things ("Director, System Flow").
        let digital = stretch
            .iter()
            .position(|t| t.info().class & DIGITAL_CARE != 0 || t.is(IT));
        // A subject of a portfolio listed over commas, up to the one that
        // holds "and" ("Director of Strategy, Digital and Transformation"):
        // digital work is one of the post's subjects, as it is in
        // "Director of Strategy and Digital".
        if let Some((head, seen)) = portfolio.take() {
            let after_comma = start
                .checked_sub(1)
                .and_then(|at| tokens.get(at))
                .is_some_and(|t| t.kind == Kind::Comma);
            // Every subject a word the tables know: "Director of Retail,
            // Digital and Marketing" lists another trade's subjects.
            // Nor a word of another trade that the tables know only to
            // tell it ("Director of Housing, Digital and Customer Services").
            let known = stretch
                .iter()
                .all(|t| t.kind != Kind::Unknown && !other_trades_word(t));
            if after_comma && known && has(stretch, LEADER | JOB).is_none() {
                let seen = seen.or(digital_item(stretch).map(|at| start.wrapping_add(at)));
                match seen {
                    Some(marker) if stretch.iter().any(|t| t.is(AND)) => {
                        let words = [head, marker];
                        return Some(builder.words_name(Family::DigitalLeadership, words, tokens));
                    }
                    _ => portfolio = Some((head, seen)),
                }
            }
        }
        // The post heads the title: after another job ("Executive Assistant
        // - Director of ..."), the director is that job's subject.
        if let Some(of) = stretch.iter().position(|t| t.is(OF)).filter(|_| start == 0) {
            portfolio = portfolio_head(stretch, of).map(|at| (start.wrapping_add(at), None));
        }
        // A part of the work beside the digital words ("Director of ICT
        // Service Delivery") is no leadership of the whole.
        let part = stretch
            .iter()
            .any(|t| crate::word_table::FUNCTIONS.binary_search(&t.id).is_ok());
        if let (Some(head), Some(marker)) = (alone.take(), digital) {
            if has(stretch, LEADER | JOB).is_none() && !part {
                let words = [head, start.wrapping_add(marker)];
                return Some(builder.words_name(Family::DigitalLeadership, words, tokens));
            }
        }
        let leader_alone = stretch.iter().all(|t| {
            t.kind == Kind::Word
                && (t.level().is_some() || t.info().class & (LEADER | CHANGES_JOB) != 0)
        });
        if leader_alone && !stretch.iter().any(|t| t.is(CHIEF)) {
            alone = has(stretch, LEADER).map(|at| start.wrapping_add(at));
        }
        // "Chief" heads a post only as "Chief ... Officer".
        let chief_only = stretch.iter().any(|t| t.is(CHIEF))
            && !stretch.iter().any(|t| t.is(OFFICER))
            && !stretch
                .iter()
                .any(|t| t.info().class & LEADER != 0 && !t.is(CHIEF));
        // "PA to the Director of IT" is the PA's job.
        let someone_else = has(stretch, NOT_THE_JOB).is_some();
        if let (Some(head), Some(marker), false) = (
            has(stretch, LEADER),
            has(stretch, MARKER),
            chief_only || someone_else || part,
        ) {
            let words = [start.wrapping_add(head), start.wrapping_add(marker)];
            return Some(builder.words_name(Family::DigitalLeadership, words, tokens));
        }
    }
    None
}

/// Whether a stretch is the title of a pay series alone, after any level
/// words ("Lead Program Analyst"; see `vocabulary::SERIES_TITLES`).
fn is_series(tokens: &[Token], span: Span) -> bool {
    let stretch = tokens.get(span.0..span.1).unwrap_or_default();
    let words = stretch.iter().skip_while(|t| t.level().is_some());
    SERIES.iter().any(|series| {
        let mut words = words.clone();
        series
            .iter()
            .all(|&id| words.next().is_some_and(|t| t.is(id)))
            && words.next().is_none()
    })
}

/// Where a subject of a listed portfolio is digital work in a word alone
/// ("Digital", "IT", "Informatics"), not a word of another subject
/// ("Digital Marketing", "Digital Arts"): the subjects of a stretch are
/// parted by "and".
fn digital_item(stretch: &[Token]) -> Option<usize> {
    let mut start = 0;
    for (at, token) in stretch.iter().enumerate() {
        if token.is(AND) {
            start = at.wrapping_add(1);
            continue;
        }
        let alone = at == start && stretch.get(at.wrapping_add(1)).is_none_or(|t| t.is(AND));
        if alone && (token.info().class & DIGITAL_CARE != 0 || token.is(IT)) {
            return Some(at);
        }
    }
    None
}

/// The leader word of a stretch that heads a portfolio ("Director of
/// Strategy", "Chief Officer of Strategy"): only the post's words before
/// "of" (levels, leader words, "Deputy", "Officer"), and after it subjects
/// that name no job.
fn portfolio_head(stretch: &[Token], of: usize) -> Option<usize> {
    let (post, subject) = (stretch.get(..of)?, stretch.get(of.wrapping_add(1)..)?);
    let post_word = |t: &Token| {
        t.kind == Kind::Word
            && (t.level().is_some()
                || t.info().class & (LEADER | CHANGES_JOB) != 0
                || t.is(OFFICER))
    };
    // "Chief" heads a post only as "Chief ... Officer".
    let chief_only = post.iter().any(|t| t.is(CHIEF)) && !post.iter().any(|t| t.is(OFFICER));
    let named = |t: &Token| {
        t.kind == Kind::Unknown
            || t.info().class & (LEADER | JOB | MARKER) != 0
            || other_trades_word(t)
    };
    if subject.is_empty() || chief_only || !post.iter().all(post_word) || subject.iter().any(named)
    {
        return None;
    }
    post.iter().position(|t| t.info().class & LEADER != 0)
}

/// Whether a term counts in a title: strong and general terms always, weak
/// terms only beside a digital marker word (`marker`), the job nouns of
/// many trades only alone or beside a technology (`alone`).
fn term_counts(term: u16, marker: impl FnOnce() -> bool, alone: impl FnOnce() -> bool) -> bool {
    // An organisation's own terms are its own titles: they always count.
    // The checks beside a term run only for the terms that need them.
    user_term_family(term).is_some()
        || strength(term).is_some_and(|strength| match strength {
            Strength::Strong | Strength::Generic => true,
            Strength::Weak => marker(),
            // Its own markers, the technologies, are read by `alone`.
            Strength::Alone => alone(),
        })
}

/// A built-in term's strength; none for no term and an organisation's own
/// terms, which count as strong (see `term_counts`).
fn strength(term: u16) -> Option<Strength> {
    TERMS.get(usize::from(term)).map(|t| t.strength)
}

/// Whether `item`, a job noun of many trades, names the digital job: its
/// stretch holds nothing else but level, grade and band words and numbers
/// ("Senior Developer", "Band 6 Tester", "Developer x 2"), or a technology
/// that names its trade ("Java Developer", "Epic Developer", "Systems
/// Tester"). "Cigar Tester" and the NHS's "Practice Developer" are other
/// trades'.
fn alone(tokens: &[Token], item: &Found, stretch: Span, in_band: &dyn Fn(usize) -> bool) -> bool {
    let mut plain = true;
    for at in (stretch.0..stretch.1).filter(|at| !(item.span().0..item.span().1).contains(at)) {
        let Some(t) = tokens.get(at) else { continue };
        if t.kind == Kind::Word && TECH.binary_search(&t.id).is_ok() {
            return true;
        }
        // Levels, post counts, grades and bands narrow nothing.
        plain &= in_band(at) || !is_qualifier(t) || t.info().class & GRADE != 0;
    }
    // Nor may a stretch after a dash or bracket name another trade alone
    // ("Developer - Housing", "Storage Engineer - Energy"), unless a
    // digital word stands in the title.
    // A role or term of any family beside it keeps it ("Tester (QAT)").
    plain && {
        let job = item.span().0..item.span().1;
        let bytes = |at: usize| tokens.get(at).map_or(0, |t| t.start);
        let (first, after) = (bytes(job.start), bytes(job.end.wrapping_sub(1)));
        let in_the_job = |t: &Token| (first..=after).contains(&t.start);
        !narrowed_by_another_trade(tokens, job, Narrowing::OtherTrades)
            || family_named(tokens, &in_the_job, None)
    }
}

/// Whether a known word other than a level, a grade, a place, a post
/// count or a link ("and", "or", "of") stands between `from` and the first
/// job noun before `to`: a specialty of the job that no term reads
/// ("Information", "Integration", "Transformation"). Unknown words are
/// the marker's own programme's ("EPR Go-Live Support", "EPR Build
/// Analyst"), and no job noun at all is no specialty.
fn unread_specialty(
    tokens: &[Token],
    from: usize,
    to: usize,
    in_band: impl Fn(usize) -> bool,
) -> bool {
    let mut named = false;
    for at in from..to {
        let Some(token) = tokens.get(at) else { break };
        if in_band(at) || token.flags & INNER != 0 || token.kind != Kind::Word {
            continue;
        }
        let class = token.info().class;
        if class & JOB != 0 {
            return named;
        }
        named |= !narrows_nothing(token);
    }
    false
}

/// Whether a token is a level, a number or a grade ("Senior", "2", "II",
/// "Permanent"): what may stand beside a role and leave it the post.
fn grade_like(token: &Token) -> bool {
    token.level().is_some() || token.is_number() || token.info().class & GRADE != 0
}

/// Whether a known word narrows nothing about a title's job: a level, a
/// number or grade, a place or context, a word that changes the job, a
/// band's word, or a link ("and", "or", "of", "for", "to").
fn narrows_nothing(token: &Token) -> bool {
    grade_like(token)
        || PLACES.binary_search(&token.id).is_ok()
        || token.info().class & (ORG | CONTEXT | CHANGES_JOB | BAND_START | CODE) != 0
        || [AND, OR, OF, FOR, TO].iter().any(|&id| token.is(id))
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
    role_stands: bool,
    in_band: &dyn Fn(usize) -> bool,
    in_phrase: &dyn Fn(usize) -> bool,
) -> Option<()> {
    mark_level(tokens, segment, builder, kept);
    let mut roles = kept.iter().filter(|f| f.role.is_some());
    if let Some(first) = roles.next() {
        let role = first.role?;
        let same = roles.all(|f| f.role == Some(role));
        // A term shared with the role's family narrows it ("PACS System
        // Administrator"); one of another family alone competes.
        let others = kept.iter().filter(|f| f.role.is_none()).any(|f| {
            let (family, also) = term_families(f.term);
            family != Some(role.family()) && also != Some(role.family())
        });
        if role_stands
            && same
            && !others
            && heads(tokens, segment, first.span(), in_band, in_phrase)
        {
            builder.found.kind = MatchKind::Qualified;
            builder.found.role = Some(role);
            builder.family(role.family());
            builder.mark(first.span(), Part::Role);
            // The words before the role narrow it, but for levels and
            // post counts; terms of the role's own family among them too.
            let mut qualifier = (segment.0..first.span().0).filter(|&at| {
                !builder.is_marked(at) && !in_band(at) && tokens.get(at).is_some_and(is_qualifier)
            });
            if let (Some(start), Some(last)) = (qualifier.clone().next(), qualifier.next_back()) {
                builder.mark((start, last.wrapping_add(1)), Part::Qualifier);
            }
            return Some(());
        }
    }
    // No role that heads the job: the families of everything found, and of
    // the terms of other stretches.
    let mut bits: u32 = builder.rivals;
    let mut decided_term = NO_TERM;
    for item in kept {
        match item.role {
            Some(role) => bits |= family_bit(role.family()),
            None => {
                bits |= term_bits(item.term);
                if decided_term == NO_TERM {
                    decided_term = item.term;
                }
            }
        }
        builder.mark(item.span(), Part::Term);
    }
    builder.families(bits, decided_term)
}

/// The first token of a stretch in brackets or after a dash that is
/// digital words alone: "Digital", "Informatics", "EPR" and, unless
/// `narrow`, "IT" and "Technology" ("Programme Manager - Digital", "Project
/// Manager (IT)", "(Digital and IT)"), or with `comma`, after a comma as
/// well. Not the broader marker words: an "(Online)" course or a
/// "(Technical)" post is no digital job, and a word in quotes is no area.
fn area_start(tokens: &[Token], narrow: bool, comma: bool) -> Option<usize> {
    stretches(tokens)
        .find(|&(start, end)| {
            let stretch = tokens.get(start..end).unwrap_or_default();
            let mut before: Option<&Token> = None;
            let after_comma = comma && mark_before(tokens, start) == Some(Kind::Comma);
            (opened(tokens, start) || after_comma)
                && stretch.iter().any(|t| t.kind == Kind::Word)
                && stretch.iter().all(|t| {
                    // "Digital Health" is the area too ("Programme Manager
                    // - eHealth").
                    let health = digital_health(before, t);
                    before = Some(t);
                    t.kind == Kind::Hyphen
                        || t.is(AND)
                        || health
                        || t.kind == Kind::Word
                            && t.flags & PLURAL == 0
                            && (t.info().class & DIGITAL_CARE != 0
                                || !narrow && (t.is(IT) || t.is(TECHNOLOGY)))
                })
        })
        .map(|(start, _)| start)
}

/// Whether a term names a digital job only in general ("IT Specialist"). A
/// role's item has no term, so it is never one.
fn is_generic(term: u16) -> bool {
    strength(term) == Some(Strength::Generic)
}

/// Marks the first level word of the job's stretch outside its roles and
/// terms.
fn mark_level<const N: usize>(
    tokens: &[Token],
    segment: Span,
    builder: &mut Builder<N>,
    kept: &[Found],
) {
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
}

/// A job named only in general ("IT Specialist") with its specialty in
/// the next stretch, in brackets or after a dash: "IT Specialist
/// (Information Security)", "Information Technology Specialist (Project
/// Manager)". The specialty's terms name the family, or (with terms of
/// other stretches) the families that compete; the general job's digital
/// words let its weak terms and job nouns count, as does a job noun alone
/// ("IT Specialist (Developer)"). `security` is where "Security" alone is
/// the specialty ("IT Specialist (Security)", see `security_specialty`):
/// Cyber security. Nothing is decided here when the specialty names
/// nothing. (A role there makes that stretch the job's before this is
/// asked; see `general_before` in `relaxed`.)
#[cold]
fn specialty<const N: usize, L: Lexicon>(
    tokens: &[Token],
    segment: Span,
    builder: &mut Builder<N>,
    kept: &[Found],
    security: Option<usize>,
    in_band: &dyn Fn(usize) -> bool,
    lexicon: &L,
) -> Option<()> {
    if kept.is_empty() || !kept.iter().all(|f| is_generic(f.term)) {
        return None;
    }
    let next = segment.1.wrapping_add(1);
    if !opened(tokens, next) {
        return None;
    }
    let next = stretches(tokens).find(|s| s.0 == next)?;
    let mut items = [Found::NONE; N];
    let count = found_in(tokens, next, &mut items, lexicon);
    let is_marker = |at: usize| tokens.get(at).is_some_and(|t| t.info().class & MARKER != 0);
    let marked = |item: &Found| {
        (segment.0..segment.1).any(is_marker)
            || (next.0..next.1)
                .any(|at| !(item.span().0..item.span().1).contains(&at) && is_marker(at))
    };
    let items = items.get(..count).unwrap_or_default();
    let counted = || {
        items.iter().filter(|f| {
            f.role.is_none()
                && !in_band(usize::from(f.start))
                && term_counts(
                    f.term,
                    || marked(f),
                    || marked(f) || alone(tokens, f, next, in_band),
                )
        })
    };
    // "Security" alone there is the specialty's own word (see
    // `security_specialty`).
    let mut bits: u32 = security.map_or(0, |_| family_bit(Family::CyberSecurity));
    for item in counted() {
        bits |= term_bits(item.term);
    }
    if bits == 0 {
        return None;
    }
    mark_level(tokens, segment, builder, kept);
    counted().for_each(|item| builder.mark(item.span(), Part::Term));
    if let Some(at) = security {
        builder.mark((at, at.wrapping_add(1)), Part::Term);
    }
    let term = counted().next().map_or(NO_TERM, |item| item.term);
    builder.families(bits | builder.rivals, term)
}

/// Where "Security" alone, in brackets or after a dash, is the specialty
/// of a digital job named only in general just before it: "IT Specialist
/// (Security)", "Information Technology Specialist (Security)", the US
/// federal IT Specialist's title for information security work (OPM job
/// family standard for the 2200 group, 2210 parenthetical titles). There
/// the security is the job's; elsewhere the word is a site's or a
/// workplace's ("Site Security Officer").
fn security_specialty(tokens: &[Token], segment: Span, found: &[Found]) -> Option<usize> {
    let general = !found.is_empty() && found.iter().all(|f| f.role.is_none() && is_generic(f.term));
    let at = segment.1.wrapping_add(1);
    let alone = general
        && opened(tokens, at)
        && tokens.get(at).is_some_and(|t| t.is(SECURITY))
        && tokens
            .get(at.wrapping_add(1))
            .is_none_or(|t| matches!(t.kind, Kind::Close | Kind::Comma | Kind::Dash));
    alone.then_some(at)
}

/// Whether a word before a role narrows it: not a post count ("2 x").
fn is_qualifier(token: &Token) -> bool {
    match token.kind {
        Kind::Word => token.info().class & CONTEXT == 0 && token.level().is_none(),
        Kind::Unknown => !token.is_number(),
        _ => false,
    }
}

/// The families of a term, as bits of a set of candidates.
fn term_bits(term: u16) -> u32 {
    let (family, also) = term_families(term);
    family.map_or(0, family_bit) | also.map_or(0, family_bit)
}

/// Whether a phrase names a job of `family`: a role of it, or a term of
/// it or shared with it.
pub(super) fn names_family(phrase: Phrase, family: Family) -> bool {
    match phrase.role {
        Some(role) => role.family() == family,
        None => term_family_of(phrase.term, family) == Some(family),
    }
}

/// `family` when the term is of that family (or shares it), else the
/// term's own family.
pub(super) fn term_family_of(term: u16, family: Family) -> Option<Family> {
    let (first, also) = term_families(term);
    if also == Some(family) { also } else { first }
}

fn term_families(term: u16) -> (Option<Family>, Option<Family>) {
    if let Some(family) = user_term_family(term) {
        return (Some(family), None);
    }
    TERMS
        .get(usize::from(term))
        .map_or((None, None), |t| (Some(t.family), t.also))
}

/// Whether the role at `role` is the job of its stretch: nothing before it
/// changes the job ("Deputy", "Head of"), and what follows it is only a
/// level, a grade, a post count, an employer or place ("County Hospital NHS
/// Trust": unknown words only where an organisation word ends them), an
/// alternative after a slash that names no other job, or context that a
/// word such as "in" or "at" opens.
fn heads(
    tokens: &[Token],
    segment: Span,
    role: Span,
    in_band: &dyn Fn(usize) -> bool,
    in_phrase: &dyn Fn(usize) -> bool,
) -> bool {
    let before = tokens.get(segment.0..role.0).unwrap_or_default();
    if before.iter().any(|t| t.info().class & CHANGES_JOB != 0) {
        return false;
    }
    // "Customer Relations & Information Governance Manager" manages both,
    // and "Clinical Safety or Information Governance Manager" is either:
    // the role is half the job. "Or" anywhere before it offers other words
    // for the role ("Clinical or Research Data Analyst" may be a Clinical
    // Data Analyst).
    if before
        .iter()
        .rev()
        .find(|t| t.kind != Kind::Hyphen)
        .is_some_and(|t| t.is(AND))
        || before.iter().any(|t| t.is(OR))
    {
        return false;
    }
    // Unknown words wait for an organisation word to vouch for them.
    let mut unvouched = false;
    for (at, token) in tokens.iter().enumerate().take(segment.1).skip(role.1) {
        // The role's acronym in brackets, with the title reading on.
        if in_band(at) || token.flags & INNER != 0 {
            continue;
        }
        let class = token.info().class;
        match token.kind {
            Kind::Hyphen => {}
            // An alternative title, after a slash or "or" ("Data Analyst or
            // Senior Data Analyst"): it must name no other job, by a job
            // noun or by a word the tables do not know ("Data Analyst or
            // Accountant"), unless that word is a number, an acronym of up
            // to three letters ("SYSADMIN/OS") or part of an organisation's
            // name ("UX Designer / NHS Choices").
            _ if token.kind == Kind::Slash || token.is(OR) => {
                let rest = at..segment.1;
                let org = rest
                    .clone()
                    .any(|later| tokens.get(later).is_some_and(|t| t.info().class & ORG != 0));
                return !unvouched
                    && rest.into_iter().all(|later| {
                        in_phrase(later)
                            || tokens.get(later).is_none_or(|t| match t.kind {
                                Kind::Unknown => {
                                    org || t.is_number() || t.end.wrapping_sub(t.start) <= 3
                                }
                                _ => t.info().class & JOB == 0,
                            })
                    });
            }
            Kind::Word if token.level().is_some() => {}
            Kind::Word if class & CONTEXT != 0 => return !unvouched,
            // A grade: "Software Developer 2", "Software Developer II".
            Kind::Word if class & GRADE != 0 => {}
            Kind::Word if class & ORG != 0 => unvouched = false,
            Kind::Unknown if token.is_number() => {}
            Kind::Unknown => unvouched = true,
            _ => return false,
        }
    }
    !unvouched
}
