//! The title grammar: what `parse_title` accepts, read from tokens.
//!
//! `parse_title` first tries a faster reader over packed words (`title.rs`)
//! that knows the commonest forms; whatever that reader does not accept
//! comes here, and the answer given here is final. A differential test
//! proves the two agree wherever the fast one answers. The README's
//! "Title grammar" section is the specification of this module.

use crate::title::JobTitle;
use crate::word_table::{AFC, AGENDA, BAND, CHANGE, FOR, NHS, TO};
use crate::words::{
    BANDISH, Builtin, CODE, DIGIT, GLUED_BAND, Kind, LETTER, Lexicon, MAY_BAND, OverTokens, PLURAL,
    Token, Tokens, over_tokens, phrase,
};
use crate::{Band, BandRange, Role, Seniority, TitleError};

/// Token positions, half open.
pub(crate) type Span = (usize, usize);

/// A title the grammar accepts, with where each part stands.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reading {
    pub(crate) role: Role,
    pub(crate) level: Option<Seniority>,
    pub(crate) bands: Option<BandRange>,
    /// The role's words.
    pub(crate) role_span: Span,
    /// The level word.
    pub(crate) level_at: Option<usize>,
    /// The band phrase, brackets included.
    pub(crate) band_span: Option<Span>,
    /// The role's acronym in brackets.
    pub(crate) acronym_span: Option<Span>,
}

impl Reading {
    pub(crate) fn job_title(&self) -> JobTitle {
        let title = JobTitle::new(self.role);
        let title = match self.level {
            Some(level) => title.with_seniority(level),
            None => title,
        };
        match self.bands {
            Some(bands) => title.with_bands(bands),
            None => title,
        }
    }
}

fn at(tokens: &[Token], index: usize) -> Option<&Token> {
    tokens.get(index)
}

fn is(tokens: &[Token], index: usize, id: u16) -> bool {
    at(tokens, index).is_some_and(|token| token.is(id))
}

/// The band a band code token names: "7", "8a".
fn code(token: Option<&Token>, class: u16) -> Option<Band> {
    let token = token?;
    let info = token.info();
    if token.kind == Kind::Word && info.class & class != 0 && token.flags & PLURAL == 0 {
        info.code
    } else {
        None
    }
}

/// A word where a band code should be that is no code: "10", "8e",
/// "band11", or a second "band7".
fn digit_led(token: Option<&Token>) -> bool {
    token.is_some_and(|t| {
        t.kind == Kind::Unknown && t.flags & (DIGIT | BANDISH) != 0
            || t.kind == Kind::Word && t.info().class & GLUED_BAND != 0
            // A known word led by a digit that is no code: "2nd".
            || t.kind == Kind::Word && t.flags & DIGIT != 0 && t.info().class & CODE == 0
    })
}

/// Reads a band phrase starting at `start`: where it ends and the band or
/// range it names. `None` when the tokens there are no band phrase ("Band
/// Manager" names no band); `Some(Err)` when they are one but name no real
/// band or range.
pub(crate) fn band_at(
    tokens: &[Token],
    start: usize,
) -> Option<(usize, Result<BandRange, TitleError>)> {
    // Most words begin no band phrase: one test tells.
    if tokens.get(start)?.flags & MAY_BAND == 0 {
        return None;
    }
    let mut index = start;
    // "NHS" may lead "Band 6" or "AfC 6"; a bare code needs "AfC" or
    // "Agenda for Change" before it ("NHS 111" is a service, not a band).
    // A dash after a prefix or after "band" only separates ("AfC - Band 7").
    let skip_dash = |mut index: usize| {
        while tokens
            .get(index)
            .is_some_and(|t| matches!(t.kind, Kind::Hyphen | Kind::Dash))
        {
            index = index.wrapping_add(1);
        }
        index
    };
    let mut prefixed = false;
    if is(tokens, index, NHS) {
        index = skip_dash(index.wrapping_add(1));
    }
    if is(tokens, index, AFC) {
        index = skip_dash(index.wrapping_add(1));
        prefixed = true;
    } else if is(tokens, index, AGENDA)
        && is(tokens, index.wrapping_add(1), FOR)
        && is(tokens, index.wrapping_add(2), CHANGE)
    {
        index = skip_dash(index.wrapping_add(3));
        prefixed = true;
    }
    let low = if is(tokens, index, BAND) {
        index = skip_dash(index.wrapping_add(1));
        match code(at(tokens, index), CODE) {
            Some(band) => band,
            None if digit_led(at(tokens, index)) => {
                return Some((index.wrapping_add(1), Err(TitleError::InvalidBand)));
            }
            // "Band" with nothing after it, or before punctuation.
            None if at(tokens, index)
                .is_none_or(|t| !matches!(t.kind, Kind::Word | Kind::Unknown)) =>
            {
                return Some((index, Err(TitleError::InvalidBand)));
            }
            None => return None,
        }
    } else if let Some(band) = code(at(tokens, index), GLUED_BAND) {
        band
    } else if at(tokens, index).is_some_and(|t| t.kind == Kind::Unknown && t.flags & BANDISH != 0) {
        return Some((index.wrapping_add(1), Err(TitleError::InvalidBand)));
    } else if prefixed {
        match code(at(tokens, index), CODE) {
            Some(band) => band,
            None if digit_led(at(tokens, index)) => {
                return Some((index.wrapping_add(1), Err(TitleError::InvalidBand)));
            }
            None => return None,
        }
    } else {
        return None;
    };
    index = index.wrapping_add(1);
    let single = Some((index, Ok(BandRange::single(low))));
    let joined = at(tokens, index)
        .is_some_and(|t| matches!(t.kind, Kind::Hyphen | Kind::Dash | Kind::Slash) || t.is(TO));
    if !joined {
        return single;
    }
    let mut next = index.wrapping_add(1);
    if is(tokens, next, BAND) {
        next = next.wrapping_add(1);
    }
    let high = match (code(at(tokens, next), CODE), code(at(tokens, next), LETTER)) {
        (Some(band), _) => band,
        (None, Some(band))
            if matches!(
                low,
                Band::Band8A | Band::Band8B | Band::Band8C | Band::Band8D
            ) =>
        {
            band
        }
        (None, Some(_)) => return Some((next.wrapping_add(1), Err(TitleError::InvalidBand))),
        (None, None) if digit_led(at(tokens, next)) => {
            return Some((next.wrapping_add(1), Err(TitleError::InvalidBand)));
        }
        // "Band 7 - Data Analyst", "(Band 5-)": the dashes only separate.
        (None, None)
            if at(tokens, index).is_some_and(|t| matches!(t.kind, Kind::Hyphen | Kind::Dash)) =>
        {
            return Some((skip_dash(index), Ok(BandRange::single(low))));
        }
        (None, None) => return single,
    };
    let range = BandRange::new(low, high).filter(|range| !range.is_single());
    Some((next.wrapping_add(1), range.ok_or(TitleError::InvalidBand)))
}

/// Whether a token only separates a band from the rest of a title.
fn separates(token: &Token) -> bool {
    matches!(
        token.kind,
        Kind::Comma | Kind::Colon | Kind::Bar | Kind::Dash | Kind::Hyphen
    )
}

/// A band at the start or the end of `tokens`: the band, its span, and the
/// span of the rest.
pub(crate) fn find_band(tokens: &[Token]) -> Result<Option<(BandRange, Span, Span)>, TitleError> {
    if !tokens.iter().any(|t| t.flags & MAY_BAND != 0) {
        return Ok(None);
    }
    let count = tokens.len();
    let trim_end = |mut end: usize| {
        while end > 0 && tokens.get(end.saturating_sub(1)).is_some_and(separates) {
            end = end.saturating_sub(1);
        }
        end
    };
    let trim_start = |mut start: usize| {
        while tokens.get(start).is_some_and(separates) {
            start = start.wrapping_add(1);
        }
        start
    };
    // Dashes just inside a bracket only separate: "( - Band 5)".
    let after_dashes = |mut at: usize| {
        while tokens
            .get(at)
            .is_some_and(|t| matches!(t.kind, Kind::Hyphen | Kind::Dash))
        {
            at = at.wrapping_add(1);
        }
        at
    };
    // "... (Band 7)"
    if tokens.last().is_some_and(|t| t.kind == Kind::Close) {
        if let Some(open) = tokens.iter().rposition(|t| t.kind == Kind::Open) {
            if let Some((end, band)) = band_at(tokens, after_dashes(open.wrapping_add(1))) {
                if end.wrapping_add(1) == count {
                    return Ok(Some((band?, (open, count), (0, trim_end(open)))));
                }
            }
        }
    }
    // "..., Band 7", "... AfC Band 8a-8b"
    for start in 0..count {
        if let Some((end, band)) = band_at(tokens, start) {
            if end == count {
                return Ok(Some((band?, (start, count), (0, trim_end(start)))));
            }
        }
    }
    // "(Band 7) ...", "(Band 7), ..."
    if tokens.first().is_some_and(|t| t.kind == Kind::Open) {
        if let Some(close) = tokens.iter().position(|t| t.kind == Kind::Close) {
            if let Some((end, band)) = band_at(tokens, after_dashes(1)) {
                if end == close {
                    return Ok(Some((
                        band?,
                        (0, close.wrapping_add(1)),
                        (trim_start(close.wrapping_add(1)), count),
                    )));
                }
            }
        }
    }
    // "Band 7 ...", "Band 4: ..."
    if let Some((end, band)) = band_at(tokens, 0) {
        return Ok(Some((band?, (0, end), (trim_start(end), count))));
    }
    Ok(None)
}

/// Some of a title's tokens, by position: the words left when bands and
/// dashes are set aside.
struct Words<'t> {
    all: &'t [Token],
    at: &'t [u16],
}

impl<'t> Words<'t> {
    fn len(&self) -> usize {
        self.at.len()
    }

    fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    fn get(&self, position: usize) -> Option<&'t Token> {
        self.all.get(usize::from(*self.at.get(position)?))
    }

    fn iter(&self) -> impl DoubleEndedIterator<Item = &'t Token> + '_ {
        self.at
            .iter()
            .filter_map(|&index| self.all.get(usize::from(index)))
    }

    /// The role that the words at `span` name, when they are all known,
    /// singular words.
    fn role<L: Lexicon>(&self, span: Span, lexicon: &L) -> Option<Role> {
        let at = self.at.get(span.0..span.1)?;
        let words = at
            .iter()
            .filter_map(|&index| self.all.get(usize::from(index)));
        if at.is_empty() || words.clone().any(|t| !t.has_id() || t.flags & PLURAL != 0) {
            return None;
        }
        phrase(lexicon, words.map(|t| t.id))?.role
    }
}

/// Reads `input` by the grammar, with the built-in tables.
pub(crate) fn read(input: &str) -> Result<Reading, TitleError> {
    over_tokens(input, &Grammar(&Builtin))
}

/// The grammar with a lexicon, as work over a title's tokens.
pub(crate) struct Grammar<'l, L>(pub(crate) &'l L);

impl<L: Lexicon> OverTokens for Grammar<'_, L> {
    type Output = Reading;
    type Lexicon = L;

    fn lexicon(&self) -> &L {
        self.0
    }

    fn run<const N: usize>(
        &self,
        title: &str,
        tokens: &mut [Token],
    ) -> Result<Reading, TitleError> {
        read_tokens::<N, L>(title, tokens, self.0)
    }
}

/// The grammar over tokens already read.
pub(crate) fn read_tokens<const N: usize, L: Lexicon>(
    input: &str,
    all: &[Token],
    lexicon: &L,
) -> Result<Reading, TitleError> {
    if !all
        .iter()
        .any(|t| matches!(t.kind, Kind::Word | Kind::Unknown))
    {
        return Err(TitleError::Unknown);
    }
    // Dashes at either end separate nothing.
    let is_dash = |t: &Token| matches!(t.kind, Kind::Hyphen | Kind::Dash);
    let first = all.iter().position(|t| !is_dash(t)).unwrap_or(0);
    let end = all
        .iter()
        .rposition(|t| !is_dash(t))
        .map_or(0, |last| last.wrapping_add(1));
    let trimmed = all.get(first..end).unwrap_or_default();
    let shift = |(start, end): Span| (start.wrapping_add(first), end.wrapping_add(first));
    let (bands, band_span, rest) = match find_band(trimmed)? {
        Some((bands, span, rest)) => (Some(bands), Some(shift(span)), shift(rest)),
        None => (None, None, (first, end)),
    };
    // Hyphens and dashes separate words like spaces do.
    let mut kept = [0u16; N];
    let mut count = 0;
    for index in rest.0..rest.1 {
        if !all
            .get(index)
            .is_some_and(|t| matches!(t.kind, Kind::Hyphen | Kind::Dash))
        {
            if let Some(slot) = kept.get_mut(count) {
                *slot = u16::try_from(index).unwrap_or(u16::MAX);
                count = count.wrapping_add(1);
            }
        }
    }
    let kept = kept.get(..count).unwrap_or_default();
    let token = |position: usize| {
        kept.get(position)
            .and_then(|&index| all.get(usize::from(index)))
    };
    // A word in brackets at the end: a level ("(Junior)") or an acronym.
    let bracketed = count >= 3
        && token(count.saturating_sub(3)).is_some_and(|t| t.kind == Kind::Open)
        && token(count.saturating_sub(2))
            .is_some_and(|t| t.kind == Kind::Word || t.kind == Kind::Unknown)
        && token(count.saturating_sub(1)).is_some_and(|t| t.kind == Kind::Close);
    let words_end = if bracketed {
        count.saturating_sub(3)
    } else {
        count
    };
    let bracket = if bracketed {
        token(count.saturating_sub(2)).copied()
    } else {
        None
    };
    let bracket_level = bracket.and_then(|t| t.level());
    // The words, as positions of `all`, for phrase lookups.
    let words = Words {
        all,
        at: kept.get(..words_end).unwrap_or_default(),
    };
    let only_levels = words.iter().all(|t| t.level().is_some());
    if only_levels && bracket.is_none_or(|t| t.level().is_some()) {
        return Err(
            if words.is_empty() && bracket.is_none() && bands.is_none() {
                TitleError::Unknown
            } else {
                TitleError::MissingRole
            },
        );
    }
    let leading = words.iter().take_while(|t| t.level().is_some()).count();
    let trailing = words
        .iter()
        .rev()
        .take_while(|t| t.level().is_some())
        .count();
    let original = |position: usize| kept.get(position).map_or(0, |&index| usize::from(index));
    // Fewest level words first, the front before the back: a role whose
    // title begins or ends with a level word wins over the level.
    let mut found = None;
    'search: for total in 0..=(leading.wrapping_add(trailing)) {
        for front in (0..=total.min(leading)).rev() {
            let back = total.saturating_sub(front);
            if back > trailing || front.wrapping_add(back) > words.len() {
                continue;
            }
            let span = (front, words.len().saturating_sub(back));
            // No role key is longer than this: skip the lookup (a title of
            // a hundred level words stays cheap).
            if span.1.saturating_sub(span.0) > lexicon.role_words() {
                continue;
            }
            if let Some(role) = words.role(span, lexicon) {
                found = Some((role, front, back, span));
                break 'search;
            }
        }
    }
    let Some((role, front, back, span)) = found else {
        return Err(TitleError::Unknown);
    };
    let mut level = None;
    let mut level_at = None;
    let mut levels = front.wrapping_add(back);
    if front == 1 {
        level = words.get(0).and_then(Token::level);
        level_at = Some(original(0));
    }
    if back == 1 {
        level = words
            .get(words.len().saturating_sub(1))
            .and_then(Token::level);
        level_at = Some(original(words.len().saturating_sub(1)));
    }
    let mut acronym_span = None;
    if let Some(word) = bracket {
        if let Some(bracketed_level) = bracket_level {
            levels = levels.wrapping_add(1);
            level = Some(bracketed_level);
            level_at = Some(original(count.saturating_sub(2)));
        } else if is_acronym(input, &word, role, lexicon) {
            acronym_span = Some((
                original(count.saturating_sub(3)),
                original(count.saturating_sub(1)).wrapping_add(1),
            ));
        } else {
            return Err(TitleError::Unknown);
        }
    }
    if levels > 1 {
        return Err(TitleError::DuplicateSeniority);
    }
    Ok(Reading {
        role,
        level,
        bands,
        role_span: (
            original(span.0),
            original(span.1.saturating_sub(1)).wrapping_add(1),
        ),
        level_at,
        band_span,
        acronym_span,
    })
}

/// Whether a bracketed word is the role's acronym: one of its keys that is
/// one word ("DPO"), or its initials, where a word written in capitals
/// gives all its letters ("UX Researcher" gives UXR) and "and" and "of"
/// give none.
pub(crate) fn is_acronym<L: Lexicon>(input: &str, word: &Token, role: Role, lexicon: &L) -> bool {
    if word.has_id()
        && word.flags & PLURAL == 0
        && phrase(lexicon, core::iter::once(word.id)).and_then(|p| p.role) == Some(role)
    {
        return true;
    }
    let Some(text) = input.get(usize::from(word.start)..usize::from(word.end)) else {
        return false;
    };
    spells(text, role.title()) || role.aliases().iter().any(|alias| spells(text, alias))
}

/// Whether `acronym` spells the initials of the words of `words`: a word
/// written in capitals gives all its letters ("UX Researcher" gives UXR),
/// and "and", "of" and "&" give none. Read by the grammar for a role's
/// acronym and by `classify` for the acronym of the words before a bracket.
pub(crate) fn spells(acronym: &str, words: &str) -> bool {
    let mut letters = acronym.bytes().filter(u8::is_ascii_alphanumeric);
    let mut ok = true;
    for part in words.split(|c: char| !(c.is_ascii_alphanumeric() || c == '&')) {
        if part.is_empty()
            || part == "&"
            || part.eq_ignore_ascii_case("and")
            || part.eq_ignore_ascii_case("of")
        {
            continue;
        }
        let capitals = part.len() > 1 && part.bytes().all(|b| b.is_ascii_uppercase());
        let take = if capitals { part.len() } else { 1 };
        for expected in part.bytes().take(take) {
            ok &= letters
                .next()
                .is_some_and(|b| b.eq_ignore_ascii_case(&expected));
        }
    }
    ok && letters.next().is_none()
}

/// A band or range written on its own, with or without brackets.
pub(crate) fn band_from_text(text: &str) -> Result<BandRange, TitleError> {
    let mut tokens = Tokens::<{ crate::MAX_TITLE_LEN }>::new();
    match tokens.read(text) {
        Ok(()) => {}
        Err(TitleError::Unknown) => return Err(TitleError::NotABand),
        Err(error) => return Err(error),
    }
    let all = tokens.as_slice();
    let inner = match (all.first(), all.last()) {
        (Some(first), Some(last)) if first.kind == Kind::Open && last.kind == Kind::Close => {
            all.get(1..all.len().saturating_sub(1)).unwrap_or_default()
        }
        _ => all,
    };
    match band_at(inner, 0) {
        Some((end, band)) if end == inner.len() => band,
        _ => Err(TitleError::NotABand),
    }
}

#[cfg(test)]
mod tests {
    //! The packed reader in `title.rs` is a fast path for the commonest
    //! forms: wherever it answers, it must answer what the grammar answers.

    use crate::title::{parse_by_grammar, parse_packed_only};
    use crate::{Role, TitleError};
    use proptest::prelude::*;
    use proptest::sample::select;
    use std::string::{String, ToString};
    use std::vec::Vec;

    const PIECES: &[&str] = &[
        "Senior",
        "Snr.",
        "Lead",
        "Graduate",
        "Trainee",
        "Jr",
        "Principal",
        "Associate",
        "Band 7",
        "band7",
        "Band 8a",
        "Band 8",
        "Band 10",
        "Band",
        "AfC Band 8b",
        "AfC",
        "AfC - Band 7",
        "Band - 7",
        "NHS - Band 6",
        "--",
        "AfC--Band 8a",
        "---",
        "(Band5-)",
        "Band 6--",
        "%6",
        "band%6",
        "Leads",
        "( - Band5)",
        "(",
        ")",
        ",",
        "-",
        " - ",
        "\u{2013}",
        "Nurse",
        "Data",
        "Analyst",
        "Information",
        "Technology",
        "&",
        "and",
        "Cybersecurity",
        "Defense",
        "@",
        "x",
        "2",
        "(Band 6)",
        "Band 9,",
        "Center",
        "ICT",
        "Apps",
    ];

    fn title() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            select(Role::ALL).prop_map(|role| role.title().to_string()),
            select(Role::ALL).prop_map(|role| role.id().to_string()),
            select(PIECES).prop_map(String::from),
        ];
        proptest::collection::vec(piece, 1..6).prop_map(|pieces| pieces.join(" "))
    }

    fn is_character_error(error: TitleError) -> bool {
        matches!(
            error,
            TitleError::Empty
                | TitleError::TooLong { .. }
                | TitleError::InvalidCharacter { .. }
                | TitleError::UnsupportedCharacter { .. }
        )
    }

    fn check(text: &str) -> Result<(), TestCaseError> {
        match parse_packed_only(text) {
            Ok(title) => prop_assert_eq!(parse_by_grammar(text), Ok(title), "{:?}", text),
            Err(error) if is_character_error(error) => {
                prop_assert_eq!(parse_by_grammar(text), Err(error), "{:?}", text);
            }
            Err(_) => {}
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

        #[test]
        fn the_packed_reader_answers_as_the_grammar_does(text in title()) {
            check(&text)?;
        }

        #[test]
        fn they_agree_on_any_string(text in any::<String>()) {
            check(&text)?;
        }
    }

    #[test]
    fn every_accepted_form_of_every_role_agrees() {
        let mut checked: Vec<String> = Vec::new();
        for role in Role::ALL {
            for form in [
                role.title().to_string(),
                std::format!("Senior {}", role.title()),
                std::format!("{} (Band 7)", role.title()),
                std::format!("(AfC Band 8a), Lead {}", role.title()),
                std::format!("Band 6 {}", role.title()),
                std::format!("{} - band9", role.id()),
            ] {
                check(&form).map_err(|e| std::format!("{e}")).unwrap();
                assert!(parse_packed_only(&form).is_ok(), "{form:?}");
                checked.push(form);
            }
        }
        assert_eq!(checked.len(), Role::ALL.len() * 6);
    }

    /// One reading of an acronym for the grammar's role acronyms and for
    /// `classify`'s acronym of the words before a bracket.
    #[test]
    fn an_acronym_spells_the_initials_of_its_words() {
        for (acronym, words) in [
            ("UXR", "UX Researcher"),
            ("IGM", "Information Governance Manager"),
            ("LDC", "Learning & Development Coordinator"),
            ("LDC", "Learning and Development Coordinator"),
            ("ISSM", "Information Systems Security Manager"),
            ("dl", "Delivery Lead"),
        ] {
            assert!(super::spells(acronym, words), "{acronym} {words}");
        }
        for (acronym, words) in [
            ("MRI", "Product Manager"),
            ("PM", "Product Manager Lead"),
            ("PML", "Product Manager"),
            ("U", "UX Researcher"),
            ("", "Data Analyst"),
        ] {
            assert!(!super::spells(acronym, words), "{acronym} {words}");
        }
    }
}
