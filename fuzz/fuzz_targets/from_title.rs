//! `Role::from_title`, `Family::from_name` and the id lookups: never panic,
//! and whatever validates is stable and agrees with the strict lookups.
#![no_main]

use digital_health_roles::{Family, Role, TitleError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match Role::from_title(text) {
        Ok(role) => {
            // What validated was short, visible text that names this role
            // whichever way it is spelled.
            assert!(text.len() <= digital_health_roles::MAX_TITLE_LEN);
            assert_eq!(Role::from_title(role.title()), Ok(role));
            assert_eq!(Role::from_title(&text.to_ascii_uppercase()), Ok(role));
            // Nothing but ASCII, whitespace, dashes and apostrophes validates:
            // no control, invisible or look-alike character gets through.
            assert!(text.chars().all(|c| (c.is_ascii() && !c.is_ascii_control())
                || c.is_whitespace()
                || matches!(c, '\u{2010}'..='\u{2015}' | '\u{2018}' | '\u{2019}')));
        }
        Err(TitleError::TooLong { len }) => assert_eq!(usize::try_from(len).ok(), Some(text.len())),
        Err(TitleError::InvalidCharacter { character, offset })
        | Err(TitleError::UnsupportedCharacter { character, offset }) => {
            assert_eq!(text.get(usize::from(offset)..).and_then(|rest| rest.chars().next()), Some(character));
        }
        Err(_) => {}
    }
    if let Some(role) = Role::from_id(text) {
        assert_eq!(role.id(), text);
        assert_eq!(Role::from_title(text), Ok(role));
    }
    if let Ok(family) = Family::from_name(text) {
        assert_eq!(Family::from_name(family.name()), Ok(family));
    }
    if let Some(family) = Family::from_id(text) {
        assert_eq!(family.id(), text);
    }
});
