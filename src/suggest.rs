//! Did-you-mean: the roles closest to a title that did not validate.

use core::iter::FusedIterator;

use crate::Role;
use crate::lookup::role_keys;
use crate::normalize::Mode;
use crate::packed::{TEXT_CAP, pack_exact};
use crate::title::{Parts, WordSlice};

/// At most this many suggestions are made.
const MAX_SUGGESTIONS: usize = 3;

/// The roles whose title, id or alias is closest to `title`, best first, at
/// most three; nothing when no role is close enough to be a likely typo.
///
/// Closeness is the number of single-byte edits (insert, delete, replace,
/// or swap two neighbours) between the normalised texts (lower-case ASCII
/// words joined by `-`), after any seniority word and pay band are set
/// aside, so `"Snr Clinical Safety Oficer (Band 7)"` still finds the Clinical
/// Safety Officer. Short titles must be nearly exact: one edit is allowed
/// from 5 bytes of normalised text, two from 11, three from 20. A
/// wrong suggestion is worse than none, so titles outside the taxonomy get
/// nothing.
///
/// Allocates nothing, and input over [`MAX_TITLE_LEN`](crate::MAX_TITLE_LEN)
/// returns at once. [`Role::from_title`] and [`parse_title`](crate::parse_title)
/// never call this: ask for suggestions only when you want them.
///
/// ```
/// use digital_health_roles::{suggest, Role};
///
/// assert_eq!(suggest("Clinical Safety Oficer").next(), Some(Role::ClinicalSafetyOfficer));
/// assert_eq!(suggest("Data Anaylst").next(), Some(Role::DataAnalyst));
/// assert_eq!(suggest("Health Data Scientists").collect::<Vec<_>>(), [Role::HealthDataScientist]);
/// assert_eq!(suggest("Nurse Practitioner").count(), 0);
/// ```
#[must_use = "suggestions are computed eagerly; use them or skip the call"]
pub fn suggest(title: &str) -> Suggestions {
    suggest_among::<&[u8]>(title, &[])
}

/// The set of symbols of a key, for a vocabulary to keep beside each of its
/// aliases so that [`suggest_among`] need not work it out on every call.
#[cfg(feature = "alloc")]
pub(crate) fn symbols_of(key: &[u8]) -> u64 {
    symbols(key)
}

/// [`suggest`] over the built-in keys and `more` (normalised texts, their
/// roles and their [`symbols`], sorted by length, so that only those of a
/// length within reach are looked at).
pub(crate) fn suggest_among<K: AsRef<[u8]>>(title: &str, more: &[(K, Role, u64)]) -> Suggestions {
    let mut suggestions = Suggestions::default();
    let Ok(packed) = pack_exact(title, Mode::Parsed) else {
        return suggestions;
    };
    if packed.overflowed() {
        return suggestions;
    }
    let words = match Parts::of(&packed) {
        Ok(parts) if parts.seniority.is_some() => parts.role,
        Ok(parts) => parts.with_seniority,
        Err(_) => WordSlice::all(&packed),
    };
    let mut text = [0; TEXT_CAP];
    let target = words.write_text(&mut text);
    let budget = edit_budget(target.len());
    let target_symbols = symbols(target);
    let mut target_counts = [0i8; 64];
    for &byte in target {
        if let Some(count) = target_counts.get_mut(usize::from(symbol(byte))) {
            *count = count.wrapping_add(1);
        }
    }
    let reach = |len: usize| more.partition_point(|(key, _, _)| key.as_ref().len() < len);
    let nearby = more
        .get(
            reach(target.len().saturating_sub(usize::from(budget)))
                ..reach(
                    target
                        .len()
                        .saturating_add(usize::from(budget))
                        .saturating_add(1),
                ),
        )
        .unwrap_or_default();
    let builtin =
        role_keys().map(|(key, role)| -> (&[u8], Role, Option<u64>) { (key, role, None) });
    let nearby = nearby
        .iter()
        .map(|(key, role, set)| (key.as_ref(), *role, Some(*set)));
    for (candidate, role, known_symbols) in builtin.chain(nearby) {
        if candidate.len().abs_diff(target.len()) > usize::from(budget) {
            continue;
        }
        let limit = suggestions.worst(budget);
        // An edit adds or removes at most two symbols from the set a text
        // uses, so sets that differ by more than twice the limit are too far
        // apart; telling so is much cheaper than the distance.
        let candidate_symbols = known_symbols.unwrap_or_else(|| symbols(candidate));
        if (target_symbols ^ candidate_symbols).count_ones() > u32::from(limit).saturating_mul(2) {
            continue;
        }
        // The same bound on counts: an edit changes the count of at most two
        // symbols by one each (a swap changes none), so texts whose counts
        // differ by more than twice the limit in all are too far apart. It
        // is linear in the length, where the distance is not.
        let mut counts = target_counts;
        for &byte in candidate {
            if let Some(count) = counts.get_mut(usize::from(symbol(byte))) {
                *count = count.wrapping_sub(1);
            }
        }
        let apart: u32 = counts.iter().map(|c| c.unsigned_abs() as u32).sum();
        if apart > u32::from(limit).saturating_mul(2) {
            continue;
        }
        if let Some(distance) = distance_within(target, candidate, limit) {
            if distance == 0 || words_are_typos(target, candidate) {
                suggestions.offer(role, distance);
            }
        }
    }
    suggestions
}

/// The set of symbols a normalised text uses: a bit for each letter, digit
/// and `-`, and one bit shared by everything else. Sharing keeps the bound in
/// [`suggest`] sound: an edit still changes at most two bits.
fn symbols(text: &[u8]) -> u64 {
    text.iter().fold(0, |set, &byte| {
        set | 1u64.wrapping_shl(u32::from(symbol(byte)))
    })
}

/// A byte's symbol for [`symbols`]: 0 to 36, or 63 for anything else.
#[inline]
fn symbol(byte: u8) -> u8 {
    match byte {
        b'a'..=b'z' => byte.wrapping_sub(b'a'),
        b'0'..=b'9' => byte.wrapping_sub(b'0').wrapping_add(26),
        b'-' => 36,
        _ => 63,
    }
}

/// How many edits a typo of a text this long may plausibly hold.
const fn edit_budget(len: usize) -> u8 {
    match len {
        0..=4 => 0,
        5..=10 => 1,
        11..=19 => 2,
        _ => 3,
    }
}

/// Whether the words of `text` could be typing slips for the words of
/// `candidate`, and not other words. A small edit can turn one real word into
/// another ("Project" into "Product", "UI" into "UX"), and those must not be
/// suggested. So where both have the same number of words, a word of three
/// letters or fewer must match exactly, and one of up to seven letters may
/// differ by a single edit. Texts whose words do not line up (a split or
/// joined word) are judged by the overall distance alone.
fn words_are_typos(text: &[u8], candidate: &[u8]) -> bool {
    if words(text).count() != words(candidate).count() {
        return true;
    }
    words(text).zip(words(candidate)).all(|(typed, meant)| {
        typed == meant
            || match meant.len() {
                0..=3 => false,
                4..=7 => distance_within(typed, meant, 1).is_some(),
                _ => true,
            }
    })
}

fn words(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    bytes.split(|&byte| byte == b'-')
}

/// The optimal-string-alignment distance between `a` and `b` (insertions,
/// deletions, substitutions and swaps of neighbours), or `None` when it is
/// over `budget`. The search branches only where the texts differ, so with
/// the budget at most three it visits a few dozen states at most.
fn distance_within(a: &[u8], b: &[u8], budget: u8) -> Option<u8> {
    // Each edit changes the length by at most one: a cheap bound that prunes
    // most branches of the search.
    if a.len().abs_diff(b.len()) > usize::from(budget) {
        return None;
    }
    let common_prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (tail(a, common_prefix), tail(b, common_prefix));
    let common_suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (head(a, common_suffix), head(b, common_suffix));
    match (a, b) {
        ([], rest) | (rest, []) => u8::try_from(rest.len()).ok().filter(|&d| d <= budget),
        ([x0, a_rest @ ..], [y0, b_rest @ ..]) => {
            let budget = budget.checked_sub(1)?;
            let mut best: Option<u8> = None;
            // Each branch only needs to beat the best found so far.
            let mut explore = |a: &[u8], b: &[u8]| {
                let limit = match best {
                    None => budget,
                    Some(0) => return,
                    Some(found) => found.saturating_sub(1),
                };
                if let Some(found) = distance_within(a, b, limit) {
                    best = Some(found);
                }
            };
            if let ([x1, a_after @ ..], [y1, b_after @ ..]) = (a_rest, b_rest) {
                if x0 == y1 && x1 == y0 {
                    explore(a_after, b_after);
                }
            }
            explore(a_rest, b_rest);
            explore(a_rest, b);
            explore(a, b_rest);
            best.map(|found| found.saturating_add(1))
        }
    }
}

fn tail(bytes: &[u8], skip: usize) -> &[u8] {
    bytes.get(skip..).unwrap_or_default()
}

fn head(bytes: &[u8], drop: usize) -> &[u8] {
    bytes
        .get(..bytes.len().saturating_sub(drop))
        .unwrap_or_default()
}

/// The suggestions [`suggest`] found, best first. An iterator of [`Role`]
/// that owns its (at most three) items, so it can be stored and cloned.
///
/// ```
/// use digital_health_roles::suggest;
///
/// let suggestions = suggest("Bioinformatitian");
/// assert_eq!(suggestions.len(), 1);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Suggestions {
    /// Kept sorted by distance, then by the taxonomy's order.
    found: [Option<(u8, Role)>; MAX_SUGGESTIONS],
    next: usize,
}

impl Suggestions {
    /// The largest distance still worth computing: the current third best,
    /// once three are found.
    fn worst(&self, budget: u8) -> u8 {
        match self.found.last() {
            Some(Some((distance, _))) => (*distance).min(budget),
            _ => budget,
        }
    }

    /// Records `role` at `distance`, keeping only the best distance per role
    /// and the best three roles.
    fn offer(&mut self, role: Role, distance: u8) {
        let mut candidate = (distance, role);
        if let Some(slot) = self.found.iter_mut().flatten().find(|(_, r)| *r == role) {
            if distance < slot.0 {
                slot.0 = distance;
                self.found.sort_unstable_by_key(|entry| {
                    entry.map_or((u8::MAX, None), |(d, r)| (d, Some(r)))
                });
            }
            return;
        }
        for slot in &mut self.found {
            match slot {
                None => {
                    *slot = Some(candidate);
                    return;
                }
                Some(current) if candidate < *current => core::mem::swap(current, &mut candidate),
                Some(_) => {}
            }
        }
    }
}

impl Iterator for Suggestions {
    type Item = Role;

    fn next(&mut self) -> Option<Role> {
        let (_, role) = (*self.found.get(self.next)?)?;
        self.next = self.next.saturating_add(1);
        Some(role)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self
            .found
            .get(self.next..)
            .map_or(0, |rest| rest.iter().flatten().count());
        (left, Some(left))
    }
}

impl ExactSizeIterator for Suggestions {}

impl FusedIterator for Suggestions {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_each_kind_of_edit_once() {
        assert_eq!(distance_within(b"analyst", b"analyst", 0), Some(0));
        assert_eq!(distance_within(b"anaylst", b"analyst", 3), Some(1));
        assert_eq!(distance_within(b"analysts", b"analyst", 3), Some(1));
        assert_eq!(distance_within(b"analst", b"analyst", 3), Some(1));
        assert_eq!(distance_within(b"anblyst", b"analyst", 3), Some(1));
        assert_eq!(distance_within(b"nalayst", b"analyst", 3), Some(2));
        assert_eq!(distance_within(b"kitten", b"sitting", 3), Some(3));
        assert_eq!(distance_within(b"kitten", b"sitting", 2), None);
        assert_eq!(distance_within(b"", b"abc", 3), Some(3));
        assert_eq!(distance_within(b"abc", b"", 2), None);
        assert_eq!(distance_within(b"ca", b"abc", 3), Some(3));
    }

    #[test]
    fn keeps_the_best_three_in_order() {
        let mut s = Suggestions::default();
        s.offer(Role::DataAnalyst, 2);
        s.offer(Role::ClinicalDataAnalyst, 1);
        s.offer(Role::GenomicDataAnalyst, 3);
        s.offer(Role::DataAnalyst, 0);
        s.offer(Role::QaManager, 1);
        assert_eq!(
            s.collect::<std::vec::Vec<_>>(),
            [
                Role::DataAnalyst,
                Role::ClinicalDataAnalyst,
                Role::QaManager
            ]
        );
    }

    #[test]
    fn symbol_sets_tell_letters_digits_and_hyphens_apart() {
        assert_eq!(symbols(b""), 0);
        assert_eq!(symbols(b"aab"), 0b11);
        assert_eq!(symbols(b"z09-"), 1 << 25 | 1 << 26 | 1 << 35 | 1 << 36);
        assert_eq!(symbols(b"(,)"), 1 << 63);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, ..Default::default() })]

        /// The bound `suggest` prunes with never prunes a text within reach:
        /// `b` is `a` after up to three random edits.
        #[test]
        fn symbol_sets_never_differ_by_more_than_two_per_edit(
            a in "[a-e0-2(-]{0,12}",
            edits in proptest::collection::vec(
                (0..4u8, proptest::sample::select(b"abcdef012(-".to_vec()), 0..16usize),
                0..4,
            ),
        ) {
            let mut b = a.clone().into_bytes();
            for (kind, byte, at) in edits {
                let at = at % (b.len() + 1);
                match kind {
                    0 => b.insert(at, byte),
                    1 if at < b.len() => { b.remove(at); }
                    2 if at < b.len() => b[at] = byte,
                    3 if at + 1 < b.len() => b.swap(at, at + 1),
                    _ => {}
                }
            }
            // Edits can overlap (a swap undone by a later one), so the
            // distance may come out below their number, or rarely above.
            if let Some(distance) = distance_within(a.as_bytes(), &b, 3) {
                let apart = (symbols(a.as_bytes()) ^ symbols(&b)).count_ones();
                proptest::prop_assert!(apart <= 2 * u32::from(distance));
            }
        }
    }
}
