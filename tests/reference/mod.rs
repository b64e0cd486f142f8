//! A reference implementation of the README's "The title grammar", written
//! from that section alone: plain, allocating and slow on purpose. Shared by
//! `tests/grammar.rs` and the `grammar` fuzz target.
//!
//! Only the role part leans on the crate: the README defines it as "the
//! words of a role title, id or alias under the matching rules", which is
//! `Role::from_title` of those words; and bad characters get the matching
//! rules' errors, which is what `Role::from_title` reports for them.

use digital_health_roles::{Band, BandRange, JobTitle, Role, Seniority, TitleError};

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Open,
    Close,
    Sep(char),
    Slash,
    Mark,
    Dash,
}

pub const LEVELS: &[(&str, Seniority)] = &[
    ("apprentice", Seniority::Apprentice),
    ("intern", Seniority::Intern),
    ("trainee", Seniority::Trainee),
    ("graduate", Seniority::Graduate),
    ("junior", Seniority::Junior),
    ("jr", Seniority::Junior),
    ("jnr", Seniority::Junior),
    ("associate", Seniority::Associate),
    ("senior", Seniority::Senior),
    ("sr", Seniority::Senior),
    ("snr", Seniority::Senior),
    ("lead", Seniority::Lead),
    ("principal", Seniority::Principal),
    ("principle", Seniority::Principal),
];

fn level(tok: &Tok) -> Option<Seniority> {
    match tok {
        Tok::Word(w) => LEVELS.iter().find(|(t, _)| t == w).map(|&(_, l)| l),
        _ => None,
    }
}

fn code(word: &str) -> Option<Band> {
    Some(match word {
        "1" => Band::Band1,
        "2" => Band::Band2,
        "3" => Band::Band3,
        "4" => Band::Band4,
        "5" => Band::Band5,
        "6" => Band::Band6,
        "7" => Band::Band7,
        "8a" => Band::Band8A,
        "8b" => Band::Band8B,
        "8c" => Band::Band8C,
        "8d" => Band::Band8D,
        "9" => Band::Band9,
        _ => return None,
    })
}

fn tokens(input: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let end = |word: &mut String, in_word: &mut bool, out: &mut Vec<Tok>| {
        if *in_word {
            // The languages "C++" and "C#" are the words "cpp" and "csharp".
            match word.as_str() {
                "c++" => *word = "cpp".into(),
                "c#" => *word = "csharp".into(),
                _ => {}
            }
            out.push(Tok::Word(std::mem::take(word)));
            *in_word = false;
        }
    };
    for c in input.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => {
                word.push(c.to_ascii_lowercase());
                in_word = true;
            }
            '.' | '\'' | '\u{2018}' | '\u{2019}' => {}
            '&' => {
                end(&mut word, &mut in_word, &mut out);
                out.push(Tok::Word("and".into()));
            }
            '(' | '[' | '{' => {
                end(&mut word, &mut in_word, &mut out);
                out.push(Tok::Open);
            }
            ')' | ']' | '}' => {
                end(&mut word, &mut in_word, &mut out);
                out.push(Tok::Close);
            }
            ',' | ':' | ';' | '|' => {
                end(&mut word, &mut in_word, &mut out);
                out.push(Tok::Sep(c));
            }
            '/' | '\\' => {
                end(&mut word, &mut in_word, &mut out);
                out.push(Tok::Slash);
            }
            '*'
            | '!'
            | '?'
            | '"'
            | '\u{201C}'..='\u{201F}'
            | '\u{AB}'
            | '\u{BB}'
            | '\u{2022}'
            | '\u{B7}'
            | '\u{2026}'
            | '\u{A3}'
            | '\u{20AC}'
            | '\u{2122}'
            | '\u{AE}'
            | '\u{A9}' => {
                end(&mut word, &mut in_word, &mut out);
                out.push(Tok::Mark);
            }
            '-' | '\u{2010}'..='\u{2015}' => {
                end(&mut word, &mut in_word, &mut out);
                out.push(Tok::Dash);
            }
            c if c.is_whitespace() || c == '_' => end(&mut word, &mut in_word, &mut out),
            // Other punctuation stays in its word.
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    end(&mut word, &mut in_word, &mut out);
    out
}

fn word(t: &[Tok], i: usize) -> Option<&str> {
    match t.get(i) {
        Some(Tok::Word(w)) => Some(w),
        _ => None,
    }
}

fn digit_led(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        || (w.starts_with("band") && w[4..].starts_with(|c: char| c.is_ascii_digit()))
}

/// A band phrase from `i`: how many tokens it takes and what it names.
fn band(t: &[Tok], mut i: usize) -> Option<(usize, Result<BandRange, TitleError>)> {
    let start = i;
    let skip = |mut i: usize| {
        while t.get(i) == Some(&Tok::Dash) {
            i += 1;
        }
        i
    };
    if word(t, i) == Some("nhs") {
        i = skip(i + 1);
    }
    let mut afc = false;
    if word(t, i) == Some("afc") {
        i = skip(i + 1);
        afc = true;
    } else if word(t, i) == Some("agenda")
        && word(t, i + 1) == Some("for")
        && word(t, i + 2) == Some("change")
    {
        i = skip(i + 3);
        afc = true;
    }
    let low;
    if word(t, i) == Some("band") {
        i = skip(i + 1);
        match word(t, i) {
            Some(w) => match code(w) {
                Some(b) => low = b,
                None if digit_led(w) => return Some((i + 1 - start, Err(TitleError::InvalidBand))),
                None => return None,
            },
            None => {
                if t.get(i).is_some_and(|x| !matches!(x, Tok::Word(_))) || i >= t.len() {
                    return Some((i - start, Err(TitleError::InvalidBand)));
                }
                return None;
            }
        }
    } else if let Some(b) = word(t, i)
        .and_then(|w| w.strip_prefix("band"))
        .and_then(code)
    {
        low = b;
    } else if word(t, i).is_some_and(|w| w.starts_with("band") && digit_led(w)) {
        return Some((i + 1 - start, Err(TitleError::InvalidBand)));
    } else if afc {
        match word(t, i) {
            Some(w) if code(w).is_some() => low = code(w).unwrap(),
            Some(w) if digit_led(w) => return Some((i + 1 - start, Err(TitleError::InvalidBand))),
            _ => return None,
        }
    } else {
        return None;
    }
    i += 1;
    let single = Some((i - start, Ok(BandRange::single(low))));
    let joined = matches!(t.get(i), Some(Tok::Dash | Tok::Slash)) || word(t, i) == Some("to");
    if !joined {
        return single;
    }
    let mut j = i + 1;
    if word(t, j) == Some("band") {
        j += 1;
    }
    let eight = matches!(
        low,
        Band::Band8A | Band::Band8B | Band::Band8C | Band::Band8D
    );
    let high = match word(t, j) {
        Some(w) if code(w).is_some() => code(w).unwrap(),
        Some(w @ ("a" | "b" | "c" | "d")) if eight => code(&format!("8{w}")).unwrap(),
        Some("a" | "b" | "c" | "d") => return Some((j + 1 - start, Err(TitleError::InvalidBand))),
        Some(w) if digit_led(w) => return Some((j + 1 - start, Err(TitleError::InvalidBand))),
        _ if t.get(i) == Some(&Tok::Dash) => {
            return Some((skip(i) - start, Ok(BandRange::single(low))));
        }
        _ => return single,
    };
    let range = BandRange::new(low, high).filter(|r| !r.is_single());
    Some((j + 1 - start, range.ok_or(TitleError::InvalidBand)))
}

fn is_sep(t: &Tok) -> bool {
    matches!(t, Tok::Sep(',' | ':' | '|') | Tok::Dash)
}

fn initials(key: &str) -> String {
    key.split(' ')
        .filter(|w| !w.eq_ignore_ascii_case("and") && !w.eq_ignore_ascii_case("of"))
        .map(|w| {
            if w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase()) {
                w.to_lowercase()
            } else {
                w[..1].to_lowercase()
            }
        })
        .collect()
}

/// The README's grammar, read plainly.
pub fn reference(input: &str) -> Result<JobTitle, TitleError> {
    // Character errors and emptiness: the matching rules' own.
    if let Err(
        e @ (TitleError::TooLong { .. }
        | TitleError::Empty
        | TitleError::InvalidCharacter { .. }
        | TitleError::UnsupportedCharacter { .. }),
    ) = Role::from_title(input)
    {
        return Err(e);
    }
    let mut t = tokens(input);
    if !t.iter().any(|x| matches!(x, Tok::Word(_))) {
        return Err(TitleError::Unknown);
    }
    while t.first() == Some(&Tok::Dash) {
        t.remove(0);
    }
    while t.last() == Some(&Tok::Dash) {
        t.pop();
    }
    let n = t.len();
    let mut bands = None;
    let mut body = t.clone();
    let mut found = false;
    // Dashes just inside a bracket only separate.
    let after_dashes = |mut i: usize| {
        while t.get(i) == Some(&Tok::Dash) {
            i += 1;
        }
        i
    };
    // At the end, in brackets.
    if t.last() == Some(&Tok::Close) {
        if let Some(open) = t.iter().rposition(|x| *x == Tok::Open) {
            let inner = after_dashes(open + 1);
            if let Some((len, b)) = band(&t, inner) {
                if inner + len + 1 == n {
                    bands = Some(b?);
                    body = t[..open].to_vec();
                    while body.last().is_some_and(is_sep) {
                        body.pop();
                    }
                    found = true;
                }
            }
        }
    }
    // At the end, the longest phrase that ends there.
    if !found {
        for start in 0..n {
            if let Some((len, b)) = band(&t, start) {
                if start + len == n {
                    bands = Some(b?);
                    body = t[..start].to_vec();
                    while body.last().is_some_and(is_sep) {
                        body.pop();
                    }
                    found = true;
                    break;
                }
            }
        }
    }
    // At the start, in brackets.
    if !found && t.first() == Some(&Tok::Open) {
        if let Some(close) = t.iter().position(|x| *x == Tok::Close) {
            let inner = after_dashes(1);
            if let Some((len, b)) = band(&t, inner) {
                if inner + len == close {
                    bands = Some(b?);
                    body = t[close + 1..].to_vec();
                    while body.first().is_some_and(is_sep) {
                        body.remove(0);
                    }
                    found = true;
                }
            }
        }
    }
    // At the start.
    if !found {
        if let Some((len, b)) = band(&t, 0) {
            bands = Some(b?);
            body = t[len..].to_vec();
            while body.first().is_some_and(is_sep) {
                body.remove(0);
            }
        }
    }
    body.retain(|x| *x != Tok::Dash);
    let mut bracket = None;
    if body.len() >= 3
        && body[body.len() - 3] == Tok::Open
        && matches!(body[body.len() - 2], Tok::Word(_))
        && body[body.len() - 1] == Tok::Close
    {
        bracket = Some(body[body.len() - 2].clone());
        body.truncate(body.len() - 3);
    }
    if body.iter().all(|x| level(x).is_some())
        && bracket.as_ref().is_none_or(|b| level(b).is_some())
    {
        return Err(if body.is_empty() && bracket.is_none() && bands.is_none() {
            TitleError::Unknown
        } else {
            TitleError::MissingRole
        });
    }
    let words: Option<Vec<String>> = body
        .iter()
        .map(|x| match x {
            Tok::Word(w) => Some(w.clone()),
            _ => None,
        })
        .collect();
    let Some(words) = words else {
        return Err(TitleError::Unknown);
    };
    let leading = words
        .iter()
        .take_while(|w| level(&Tok::Word((*w).clone())).is_some())
        .count();
    let trailing = words
        .iter()
        .rev()
        .take_while(|w| level(&Tok::Word((*w).clone())).is_some())
        .count();
    let mut hit = None;
    'search: for total in 0..=leading + trailing {
        for front in (0..=total.min(leading)).rev() {
            let back = total - front;
            if back > trailing || front + back > words.len() {
                continue;
            }
            let middle = &words[front..words.len() - back];
            if middle.is_empty() {
                continue;
            }
            if let Ok(role) = Role::from_title(&middle.join(" ")) {
                hit = Some((role, front, back));
                break 'search;
            }
        }
    }
    let Some((role, front, back)) = hit else {
        return Err(TitleError::Unknown);
    };
    let mut levels = front + back;
    let mut seniority = None;
    if front == 1 {
        seniority = level(&Tok::Word(words[0].clone()));
    }
    if back == 1 {
        seniority = level(&Tok::Word(words[words.len() - 1].clone()));
    }
    if let Some(b) = bracket {
        if let Some(l) = level(&b) {
            levels += 1;
            seniority = Some(l);
        } else {
            let Tok::Word(w) = b else { unreachable!() };
            let key = Role::from_title(&w).ok() == Some(role);
            let letters: String = w.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
            let acronym = std::iter::once(role.title())
                .chain(role.aliases().iter().copied())
                .any(|k| initials(k) == letters);
            if !key && !acronym {
                return Err(TitleError::Unknown);
            }
        }
    }
    if levels > 1 {
        return Err(TitleError::DuplicateSeniority);
    }
    let mut title = JobTitle::new(role);
    if let Some(s) = seniority {
        title = title.with_seniority(s);
    }
    if let Some(b) = bands {
        title = title.with_bands(b);
    }
    Ok(title)
}
