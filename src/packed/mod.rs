//! The form of a title that role lookups hash: its normalised words, each
//! packed into whole eight-byte chunks.
//!
//! Packing words, rather than joining them with `-` into one string, means
//! the scanner (`scan.rs`) copies each word with one eight-byte store per
//! chunk and never moves bytes to close up the gaps between words, and the
//! title parser can hash any run of words where it lies. The first chunk of
//! every word has the high bit of its first byte set, which no ASCII byte
//! has, so `bioinfor matician` and `bioinformatician` stay different keys.

mod scan;

pub(crate) use scan::{pack_exact, with_fallback};

use crate::index::fold;
pub(crate) use crate::normalize::{CHUNK_CAP, KEY_CAP as TEXT_CAP};
use scan::{RESPELLED, has_punctuation};

/// Set on the first byte of a word's first chunk.
pub(crate) const MARK: u64 = 0x80;

/// A word of at most sixteen bytes as it is packed, for the fixed words the
/// title parser looks for. The second chunk is zero for a word of at most
/// eight bytes.
pub(crate) const fn packed_word(text: &[u8]) -> [u64; 2] {
    let (mut first, mut second) = (MARK, 0u64);
    let mut shift: u32 = 0;
    let mut rest = text;
    while let [byte, tail @ ..] = rest {
        let bits = (*byte as u64).wrapping_shl(shift);
        if shift < 64 {
            first |= bits;
        } else {
            second |= bits;
        }
        shift = shift.wrapping_add(8);
        rest = tail;
    }
    [first, second]
}

/// The words of a title, packed.
#[derive(Clone)]
pub(crate) struct Packed {
    chunks: [u64; CHUNK_CAP],
    len: usize,
    /// Every chunk folded, as the index hashes them.
    folded: u64,
    /// The first chunk of each word, and then the number of chunks. Every
    /// word takes a chunk at least, so there is room for as many words as
    /// chunks.
    starts: [u8; CHUNK_CAP + 1],
    words: usize,
    overflowed: bool,
    /// Whether a word starts with "band", as every pay band phrase has one.
    /// The fast path looks only in `Mode::Parsed`, the one mode whose
    /// packings are searched for bands.
    band_word: bool,
    /// Whether this is the normaliser's exact packing, not the fast one.
    exact: bool,
}

impl Packed {
    #[inline(always)]
    const fn new() -> Packed {
        Packed {
            chunks: [0; CHUNK_CAP],
            len: 0,
            folded: 0,
            starts: [0; CHUNK_CAP + 1],
            words: 0,
            overflowed: false,
            band_word: false,
            exact: false,
        }
    }

    /// Packs a key in the normaliser's form: words joined by `-`.
    pub(crate) fn from_key(key: &[u8]) -> Packed {
        let mut packed = Packed::new();
        for word in key
            .split(|&byte| byte == b'-')
            .filter(|word| !word.is_empty())
        {
            packed.push_word(word);
        }
        packed.exact = true;
        packed
    }

    fn push_word(&mut self, word: &[u8]) {
        let start = u8::try_from(self.len).unwrap_or(u8::MAX);
        match self.starts.get_mut(self.words) {
            Some(slot) => {
                *slot = start;
                self.words = self.words.wrapping_add(1);
            }
            None => self.overflowed = true,
        }
        self.band_word |= word.starts_with(b"band");
        let mut mark = MARK;
        for piece in word.chunks(8) {
            let mut bytes = [0; 8];
            bytes
                .iter_mut()
                .zip(piece)
                .for_each(|(to, from)| *to = *from);
            match self.chunks.get_mut(self.len) {
                Some(slot) => {
                    *slot = u64::from_le_bytes(bytes) | mark;
                    self.folded = fold(self.folded, *slot);
                    self.len = self.len.wrapping_add(1);
                }
                None => self.overflowed = true,
            }
            mark = 0;
        }
        if let Some(end) = self.starts.get_mut(self.words) {
            *end = u8::try_from(self.len).unwrap_or(u8::MAX);
        }
    }

    /// Every chunk, or `None` when the text did not fit and so cannot be a
    /// key of any table.
    #[inline]
    pub(crate) fn chunks(&self) -> Option<&[u64]> {
        if self.overflowed {
            None
        } else {
            self.chunks.get(..self.len)
        }
    }

    /// Every chunk folded, as [`PackedIndex::get_folded`](crate::index::PackedIndex::get_folded) takes them.
    pub(crate) fn folded(&self) -> u64 {
        self.folded
    }

    /// Whether a word starts with "band": no pay band without one.
    pub(crate) fn has_band_word(&self) -> bool {
        self.band_word
    }

    pub(crate) fn overflowed(&self) -> bool {
        self.overflowed
    }

    pub(crate) fn word_count(&self) -> usize {
        self.words
    }

    /// The first chunk of a word, or the end for the word after the last.
    #[inline]
    fn start_of(&self, word: usize) -> usize {
        match self.starts.get(word) {
            Some(&start) if word <= self.words => usize::from(start),
            _ => self.len,
        }
    }

    /// The chunks of one word; none past the last word.
    #[inline]
    pub(crate) fn word(&self, index: usize) -> &[u64] {
        if index < self.words {
            self.word_chunks(index, index.wrapping_add(1))
        } else {
            &[]
        }
    }

    /// The chunks of words `first..end`, which lie next to each other.
    pub(crate) fn word_chunks(&self, first: usize, end: usize) -> &[u64] {
        self.chunks
            .get(self.start_of(first)..self.start_of(end))
            .unwrap_or_default()
    }

    /// Whether a failed lookup on this packing of `input` must be retried on
    /// the exact one: the fast path cut a corner that matters here.
    pub(crate) fn needs_exact(&self, input: &str) -> bool {
        !self.exact && (self.respellable() || has_punctuation(input.as_bytes()))
    }

    /// Whether a word is one the respelling rules might change.
    fn respellable(&self) -> bool {
        (0..self.words).any(|word| {
            self.chunks
                .get(self.start_of(word))
                .is_some_and(|chunk| RESPELLED.contains(chunk))
        })
    }

    /// Writes words `first..end` in the normaliser's form, joined by `-`, and
    /// returns them.
    pub(crate) fn write_text<'b>(
        &self,
        first: usize,
        end: usize,
        out: &'b mut [u8; TEXT_CAP],
    ) -> &'b [u8] {
        let mut len: usize = 0;
        let mut push = |byte: u8| {
            if let Some(slot) = out.get_mut(len) {
                *slot = byte;
                len = len.wrapping_add(1);
            }
        };
        for (index, &chunk) in self.word_chunks(first, end).iter().enumerate() {
            if index > 0 && chunk & MARK != 0 {
                push(b'-');
            }
            (chunk & !MARK)
                .to_le_bytes()
                .into_iter()
                .filter(|&byte| byte != 0)
                .for_each(&mut push);
        }
        out.get(..len).unwrap_or_default()
    }
}
