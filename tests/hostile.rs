//! A catalogue of hostile inputs, each with the exact outcome it must get.
//! Services put this crate in front of untrusted text; none of these may
//! panic, run long, or validate as something they are not.

use digital_health_roles::{MAX_TITLE_LEN, Role, TitleError, parse_title, suggest};

use TitleError::{Empty, InvalidCharacter, TooLong, Unknown, UnsupportedCharacter};

fn invalid(character: char, offset: u16) -> Result<Role, TitleError> {
    Err(InvalidCharacter { character, offset })
}

fn unsupported(character: char, offset: u16) -> Result<Role, TitleError> {
    Err(UnsupportedCharacter { character, offset })
}

/// (name, input, what `Role::from_title` must return)
fn catalogue() -> Vec<(&'static str, String, Result<Role, TitleError>)> {
    let padded_to_cap = {
        let title = "Clinical Safety Officer";
        let pad = (MAX_TITLE_LEN - title.len()) / 2;
        let mut text = format!(
            "{}{title}{}",
            " ".repeat(pad),
            " ".repeat(MAX_TITLE_LEN - title.len() - pad)
        );
        text.truncate(MAX_TITLE_LEN);
        text
    };
    let mut entries = vec![
        ("empty", String::new(), Err(Empty)),
        ("spaces only", "     ".into(), Err(Empty)),
        ("tabs and newlines only", "\t\r\n\t".into(), Err(Empty)),
        (
            "no-break and ideographic spaces only",
            "\u{00A0}\u{3000}".into(),
            Err(Empty),
        ),
        (
            "line and paragraph separators only",
            "\u{2028}\u{2029}".into(),
            Err(Empty),
        ),
        (
            "over the cap by one byte",
            "a".repeat(MAX_TITLE_LEN + 1),
            Err(TooLong {
                len: MAX_TITLE_LEN as u32 + 1,
            }),
        ),
        (
            "over the cap by 1 MiB",
            "a".repeat(MAX_TITLE_LEN + (1 << 20)),
            Err(TooLong {
                len: MAX_TITLE_LEN as u32 + (1 << 20),
            }),
        ),
        (
            "valid title padded to exactly the cap",
            padded_to_cap.clone(),
            Ok(Role::ClinicalSafetyOfficer),
        ),
        (
            "valid title padded one byte over the cap",
            format!("{padded_to_cap} "),
            Err(TooLong {
                len: MAX_TITLE_LEN as u32 + 1,
            }),
        ),
        (
            "NUL at the start",
            "\0Data Analyst".into(),
            invalid('\0', 0),
        ),
        (
            "NUL in the middle",
            "Data\0Analyst".into(),
            invalid('\0', 4),
        ),
        ("bell", "Data Analyst\u{7}".into(), invalid('\u{7}', 12)),
        (
            "escape sequence",
            "\u{1B}[31mData Analyst".into(),
            invalid('\u{1B}', 0),
        ),
        ("delete", "Data\u{7F} Analyst".into(), invalid('\u{7F}', 4)),
        (
            "C1 control",
            "Data\u{85}\u{9B}Analyst".into(),
            invalid('\u{9B}', 6),
        ),
        (
            "zero-width space",
            "Data\u{200B}Analyst".into(),
            invalid('\u{200B}', 4),
        ),
        (
            "zero-width joiner",
            "Data\u{200D}Analyst".into(),
            invalid('\u{200D}', 4),
        ),
        (
            "word joiner",
            "Data\u{2060}Analyst".into(),
            invalid('\u{2060}', 4),
        ),
        (
            "Mongolian vowel separator",
            "Data\u{180E}Analyst".into(),
            invalid('\u{180E}', 4),
        ),
        (
            "soft hyphen",
            "Data Ana\u{AD}lyst".into(),
            invalid('\u{AD}', 8),
        ),
        (
            "byte order mark in front",
            "\u{FEFF}Data Analyst".into(),
            invalid('\u{FEFF}', 0),
        ),
        (
            "right-to-left override spoof",
            "Data Analyst\u{202E}tsylanA".into(),
            invalid('\u{202E}', 12),
        ),
        (
            "tag characters",
            "Data Analyst\u{E0041}".into(),
            invalid('\u{E0041}', 12),
        ),
        (
            "Cyrillic a",
            "D\u{0430}ta Analyst".into(),
            unsupported('\u{0430}', 1),
        ),
        (
            "Cyrillic Es for C",
            "\u{0421}linical Safety Officer".into(),
            unsupported('\u{0421}', 0),
        ),
        (
            "Greek Omicron for O",
            "Clinical Safety \u{039F}fficer".into(),
            unsupported('\u{039F}', 16),
        ),
        (
            "Greek iota for i",
            "Bioinformat\u{03B9}cian".into(),
            unsupported('\u{03B9}', 11),
        ),
        (
            "full-width Latin",
            "\u{FF24}\u{FF41}\u{FF54}\u{FF41} Analyst".into(),
            unsupported('\u{FF24}', 0),
        ),
        (
            "combining acute accent",
            "Data Analyste\u{301}".into(),
            unsupported('\u{301}', 13),
        ),
        (
            "precomposed accent",
            "Donn\u{E9}es Analyst".into(),
            unsupported('\u{E9}', 4),
        ),
        (
            "emoji",
            "Data Analyst \u{1F600}".into(),
            unsupported('\u{1F600}', 13),
        ),
        (
            "replacement character",
            "Data \u{FFFD}nalyst".into(),
            unsupported('\u{FFFD}', 5),
        ),
        (
            "private use character",
            "\u{E000}Data Analyst".into(),
            unsupported('\u{E000}', 0),
        ),
        (
            "a title, a newline, a second title",
            "Data Analyst\nClinical Safety Officer".into(),
            Err(Unknown),
        ),
        (
            "CRLF header injection",
            "Data Analyst\r\nX-Injected: 1".into(),
            Err(Unknown),
        ),
        (
            "SQL fragment",
            "Data Analyst'; DROP TABLE roles;--".into(),
            Err(Unknown),
        ),
        ("SQL tautology", "' OR '1'='1".into(), Err(Unknown)),
        (
            "HTML script",
            "<script>alert('Data Analyst')</script>".into(),
            Err(Unknown),
        ),
        ("HTML entity", "Data&nbsp;Analyst".into(), Err(Unknown)),
        (
            "percent-encoded space",
            "Data%20Analyst".into(),
            Err(Unknown),
        ),
        (
            "JSON escape written out",
            "Data\\u0020Analyst".into(),
            Err(Unknown),
        ),
        ("format string", "%s%s%n Data Analyst".into(), Err(Unknown)),
        ("path traversal", "../../etc/passwd".into(), Err(Unknown)),
        ("punctuation only", "...''..".into(), Err(Unknown)),
        ("separators only", "-_- \u{2014} _".into(), Err(Unknown)),
        (
            "ampersands to the cap",
            "&".repeat(MAX_TITLE_LEN),
            Err(Unknown),
        ),
        (
            "one word to the cap",
            "a".repeat(MAX_TITLE_LEN),
            Err(Unknown),
        ),
        (
            "title repeated to the cap",
            "Data Analyst ".repeat(MAX_TITLE_LEN / 13),
            Err(Unknown),
        ),
    ];
    // Every bidirectional control, one entry each.
    for bidi in ('\u{202A}'..='\u{202E}')
        .chain('\u{2066}'..='\u{2069}')
        .chain(['\u{200E}', '\u{200F}', '\u{061C}'])
    {
        entries.push((
            "bidirectional control",
            format!("Data{bidi} Analyst"),
            invalid(bidi, 4),
        ));
    }
    entries
}

#[test]
fn every_hostile_input_gets_its_exact_outcome() {
    let entries = catalogue();
    assert!(
        entries.len() >= 60,
        "the catalogue keeps at least sixty inputs, not {}",
        entries.len()
    );
    for (name, input, expected) in &entries {
        assert_eq!(&Role::from_title(input), expected, "{name}");
        assert_eq!(&input.parse::<Role>(), expected, "{name}");
    }
}

#[test]
fn parse_title_and_suggest_hold_firm_on_the_same_inputs() {
    for (name, input, expected) in catalogue() {
        let parsed = parse_title(&input);
        match expected {
            Ok(role) => assert_eq!(parsed.map(|t| t.role()), Ok(role), "{name}"),
            // The structured parser sees the same characters and lengths first.
            Err(
                error @ (Empty
                | TooLong { .. }
                | InvalidCharacter { .. }
                | UnsupportedCharacter { .. }),
            ) => {
                assert_eq!(parsed, Err(error), "{name}")
            }
            Err(_) => assert!(parsed.is_err(), "{name}"),
        }
        let suggestions: Vec<Role> = suggest(&input).collect();
        assert!(suggestions.len() <= 3, "{name}");
        if expected.is_err() && !name.contains("newline") {
            assert!(suggestions.is_empty(), "{name}: {suggestions:?}");
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn json_escapes_cannot_smuggle_what_text_cannot() {
    // Escaped control and invisible characters arrive decoded, and are refused.
    for (json, message) in [
        (
            r#""Data\u0000Analyst""#,
            "control character U+0000 at byte 4",
        ),
        (r#""Data\u200bAnalyst""#, "character U+200B at byte 4"),
        (r#""\ufeffData Analyst""#, "character U+FEFF at byte 0"),
        (r#""D\u0430ta Analyst""#, "(U+0430) at byte 1"),
    ] {
        let error = serde_json::from_str::<Role>(json).unwrap_err().to_string();
        assert!(error.contains(message), "{json}: {error}");
    }
    // A lone surrogate is not a string at all: the JSON parser refuses it.
    for json in [r#""\ud800""#, r#""Data \udfff Analyst""#] {
        assert!(serde_json::from_str::<Role>(json).is_err(), "{json}");
    }
    // An escaped but otherwise ordinary title is fine.
    assert_eq!(
        serde_json::from_str::<Role>(r#""Data\u0020Analyst""#).unwrap(),
        Role::DataAnalyst
    );
}
