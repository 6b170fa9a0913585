//! FAQ search as you type, in plain Rust: it runs in the widget (wasm) and
//! natively in the tests and the benchmark.
//!
//! [`Index::new`] splits every question and answer into words once per
//! language, [`fold`]ing each (lower case, no accents, plain quotes), and
//! keeps each word's byte range in the original text. [`Index::search`] then
//! matches the query's words against the vocabulary (a few hundred distinct
//! words) and ORs a bit per query word over each entry's words, so a keystroke
//! costs one pass over the words of the content.
//!
//! ```
//! use baclofen_guide_model::search::{Index, highlight};
//!
//! let question = "Can I stop taking baclofen suddenly?";
//! let answer = "No. Stopping suddenly can cause withdrawal.";
//! let index = Index::new([(question, answer)], &[&["stop", "quit", "withdrawal"]]);
//! let hits = index.search("Quit sudd").unwrap();
//! assert_eq!(hits.len(), 1);
//! let marked: Vec<&str> = hits[0].question.iter().map(|r| &question[r.clone()]).collect();
//! assert_eq!(marked, ["stop", "sudd"]);
//! assert_eq!(index.search("  "), None); // no filter
//! assert_eq!(index.search("zebra"), Some(vec![])); // no results
//!
//! // Answers are markup: index `markup::text_of(answer)`, then mark the markup.
//! let html = "<p>No. Stopping suddenly can cause withdrawal.</p>";
//! assert_eq!(
//!     highlight(html, &hits[0].answer),
//!     "<p>No. <mark>Stop</mark>ping <mark>sudd</mark>enly can cause <mark>withdrawal</mark>.</p>"
//! );
//! ```
//!
//! # Matching rules
//!
//! - Text is compared [`fold`]ed: case, accents (á→a, ñ→n, ç→c, ü→u…) and
//!   typographic quotes and dashes are ignored. A word is a run of letters and
//!   digits; an apostrophe inside a word is dropped ("don't" is "dont",
//!   "Parkinson's" is "parkinsons"); hyphens and other punctuation split words.
//! - Every query word must match somewhere in the entry (question or answer).
//! - A query word matches a document word that **begins with it** ("withdr"
//!   finds "withdrawal", "dose" finds "doses", "stop" finds "stopping"), for
//!   every query word, not only the last: adding a word never brings back an
//!   entry the previous words had filtered out, and plurals and "-ing" forms
//!   are found. The exception is a finished one-letter word ("I", "a", "d "):
//!   it must be a whole word, else it would match nearly every entry; a
//!   one-letter word still being typed (the last, with nothing after it) is a
//!   prefix like any other.
//! - A query word of [`TYPO_MIN_LETTERS`] or more letters also matches a whole
//!   document word at most one typo away: one letter inserted, deleted or
//!   replaced, or two neighbours swapped (Damerau–Levenshtein distance ≤ 1:
//!   "withdrawl", "pregnacy", "alcohl"). Typos and prefixes do not combine: an
//!   unfinished word with a typo ("pregnac") matches once it is complete.
//! - A query word that is a synonym term (exactly, or one typo away when it has
//!   five or more letters) also matches every document word that begins with a
//!   term of the same group: with `["stop", "quit", "withdrawal"]`, "quit"
//!   finds "stopping". Terms are single words; others are ignored.
//! - Only the first [`MAX_QUERY_WORDS`] query words count.
//! - Highlights cover what matched: the typed part of a prefix match ("withdr"
//!   in "withdrawal"), the synonym term's part, or the whole word for a typo.

use std::ops::Range;

/// Query words from this many letters on tolerate one typo.
pub const TYPO_MIN_LETTERS: usize = 5;
/// Query words after this many are ignored.
pub const MAX_QUERY_WORDS: usize = 32;

/// The searchable text of one language's FAQ, built once.
pub struct Index {
    /// Every question and answer, one after the other.
    text: String,
    /// Field `f` (`2 * doc` is a question, `2 * doc + 1` an answer) is
    /// `text[fields[f].0..fields[f + 1].0]` and has the tokens
    /// `tokens[fields[f].1..fields[f + 1].1]`. One more than the fields.
    fields: Vec<(u32, u32)>,
    /// Every word of `text`, in order, as an index into `words` (apart from
    /// `spans`: the search reads only these).
    tokens: Vec<u32>,
    /// The byte range in `text` of each token.
    spans: Vec<(u32, u32)>,
    /// The distinct folded words, in order of first appearance.
    words: Vec<Box<[char]>>,
    /// The synonym groups, folded.
    synonyms: Vec<Vec<Box<[char]>>>,
}

/// One matching entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index of the entry in the documents given to [`Index::new`].
    pub doc: usize,
    /// Byte ranges to highlight in the question and the answer text as given
    /// to [`Index::new`]: sorted, never overlapping or touching, on char
    /// boundaries. Either may be empty (all matches in the other).
    pub question: Vec<Range<usize>>,
    pub answer: Vec<Range<usize>>,
}

impl Index {
    /// `documents`: (question text, answer plain text) in content order.
    /// `synonyms`: groups of words that find each other, in any case and
    /// with or without accents.
    pub fn new<'a>(
        documents: impl IntoIterator<Item = (&'a str, &'a str)>,
        synonyms: &[&[&str]],
    ) -> Index {
        let mut index = Index {
            text: String::new(),
            fields: Vec::new(),
            tokens: Vec::new(),
            spans: Vec::new(),
            words: Vec::new(),
            synonyms: Vec::new(),
        };
        // Ids of `words`, sorted by word, to find a word's id.
        let mut sorted: Vec<u32> = Vec::new();
        for (question, answer) in documents {
            for field in [question, answer] {
                let base = index.text.len();
                index.fields.push((base as u32, index.tokens.len() as u32));
                index.text.push_str(field);
                let (words, tokens, spans) =
                    (&mut index.words, &mut index.tokens, &mut index.spans);
                split(field, &mut |start, end, word| {
                    let id = match sorted.binary_search_by(|&id| (*words[id as usize]).cmp(word)) {
                        Ok(i) => sorted[i],
                        Err(i) => {
                            let id = words.len() as u32;
                            sorted.insert(i, id);
                            words.push(word.into());
                            id
                        }
                    };
                    tokens.push(id);
                    spans.push(((base + start) as u32, (base + end) as u32));
                });
            }
        }
        let end = (index.text.len() as u32, index.tokens.len() as u32);
        index.fields.push(end);
        for group in synonyms {
            let mut terms = Vec::new();
            for term in *group {
                let mut words = Vec::new();
                split(term, &mut |_, _, word| words.push(Box::from(word)));
                if words.len() == 1 {
                    terms.extend(words);
                }
            }
            index.synonyms.push(terms);
        }
        index
    }

    /// The entries whose question and answer together match every word of
    /// `query`, in content order. `None` when the query has no word (show
    /// everything); `Some` of an empty list when nothing matches.
    pub fn search(&self, query: &str) -> Option<Vec<Hit>> {
        let mut terms: Vec<Term> = Vec::new();
        let (mut count, mut end) = (0, 0);
        split(query, &mut |_, word_end, word| {
            count += 1;
            end = word_end;
            if count <= MAX_QUERY_WORDS {
                terms.push(Term {
                    word: word.to_vec(),
                    prefix: word.len() > 1,
                    synonyms: Vec::new(),
                });
            }
        });
        let last = terms.last_mut()?;
        // The last word is still being typed unless something follows it.
        last.prefix |= end == query.len() && count <= MAX_QUERY_WORDS;
        for term in &mut terms {
            let q = &term.word[..];
            for group in &self.synonyms {
                if group.iter().any(|t| **t == *q || typo(q, t)) {
                    term.synonyms.extend(group.iter().map(|t| &t[..]));
                }
            }
        }

        // For each distinct word: which query words it matches (a bit each),
        // and how many of its letters to highlight.
        let marks: Vec<(u32, u32)> = self
            .words
            .iter()
            .map(|w| {
                let mut mask = 0;
                let mut letters = 0;
                for (i, term) in terms.iter().enumerate() {
                    if let Some(n) = term.matches(w) {
                        mask |= 1 << i;
                        letters = letters.max(n);
                    }
                }
                (mask, letters as u32)
            })
            .collect();
        let all = u32::MAX >> (32 - terms.len());

        let mut hits = Vec::new();
        for doc in 0..self.fields.len() / 2 {
            let tokens =
                &self.tokens[self.fields[2 * doc].1 as usize..self.fields[2 * doc + 2].1 as usize];
            let mut mask = 0;
            for &word in tokens {
                mask |= marks[word as usize].0;
            }
            if mask == all {
                hits.push(Hit {
                    doc,
                    question: self.ranges(2 * doc, &marks),
                    answer: self.ranges(2 * doc + 1, &marks),
                });
            }
        }
        Some(hits)
    }

    /// The highlights in one field, relative to its start.
    fn ranges(&self, field: usize, marks: &[(u32, u32)]) -> Vec<Range<usize>> {
        let (base, first) = self.fields[field];
        let last = self.fields[field + 1].1;
        let mut ranges = Vec::new();
        for token in first as usize..last as usize {
            let word = self.tokens[token] as usize;
            let (mask, letters) = marks[word];
            if mask != 0 {
                let (start, end) = self.spans[token];
                let (start, end) = (start as usize, end as usize);
                let mut end_of_letters = end;
                if (letters as usize) < self.words[word].len() {
                    // Just past the `letters`-th letter and its accents.
                    let mut n = 0;
                    for (i, c) in self.text[start..end].char_indices() {
                        if n == letters && !is_mark(c) {
                            end_of_letters = start + i;
                            break;
                        }
                        n += is_letter(fold_char(c)) as u32;
                    }
                }
                ranges.push(start - base as usize..end_of_letters - base as usize);
            }
        }
        ranges
    }
}

/// One query word.
struct Term<'a> {
    word: Vec<char>,
    /// Matches the start of a word, not only a whole word.
    prefix: bool,
    /// The terms of its synonym groups.
    synonyms: Vec<&'a [char]>,
}

impl Term<'_> {
    /// How many letters of `word` to highlight if it matches.
    fn matches(&self, word: &[char]) -> Option<usize> {
        let q = &self.word[..];
        let mut letters = None;
        if word.starts_with(q) && (self.prefix || word.len() == q.len()) {
            letters = Some(q.len());
        }
        if typo(q, word) {
            letters = Some(word.len());
        }
        for term in &self.synonyms {
            if word.starts_with(term) {
                letters = letters.max(Some(term.len()));
            }
        }
        letters
    }
}

/// Whether query word `q` is long enough to tolerate a typo and `word` is
/// one typo from it.
fn typo(q: &[char], word: &[char]) -> bool {
    q.len() >= TYPO_MIN_LETTERS && within_one(q, word)
}

/// Calls `f(start, end, word)` for each word of `text`, with its byte range
/// and its folded letters. (`dyn`: one copy in the wasm.)
fn split(text: &str, f: &mut dyn FnMut(usize, usize, &[char])) {
    let mut word: Vec<char> = Vec::new();
    let (mut start, mut end) = (0, 0);
    for (i, c) in text.char_indices() {
        let folded = fold_char(c);
        if is_letter(folded) {
            if word.is_empty() {
                start = i;
            }
            word.push(folded);
            end = i + c.len_utf8();
        } else if !word.is_empty() {
            // An accent belongs to its letter; an apostrophe between letters
            // is dropped; anything else ends the word.
            if is_mark(c) {
                end = i + c.len_utf8();
            } else if folded != '\''
                || !text[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|next| is_letter(fold_char(next)))
            {
                f(start, end, &word);
                word.clear();
            }
        }
    }
    if !word.is_empty() {
        f(start, end, &word);
    }
}

/// `text` in lower case, without accents (combining marks dropped), with
/// typographic apostrophes, quotes and dashes made plain: what search
/// compares. Covers Latin-1 and Latin Extended-A; other characters are kept.
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_mark(c))
        .map(fold_char)
        .collect()
}

/// The base letters of U+00C0..U+00DF and, lower case, U+00E0..U+00FF; `.`
/// where the character has no base letter (Æ, Ð, ×, Þ, ß; ÿ has its own rule).
const LATIN_1: &[u8; 32] = b"aaaaaa.ceeeeiiii.nooooo.ouuuuy..";
/// The base letters of U+0100..U+017F; `.` for the ligatures Ĳ and Œ.
const LATIN_EXTENDED_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkkllllllllllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

fn fold_char(c: char) -> char {
    let n = c as u32;
    let base = |table: &[u8], i: u32| -> Option<char> {
        let b = table[i as usize];
        (b != b'.').then_some(b as char)
    };
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\u{FF}' => 'y',
        '\u{C0}'..='\u{FF}' => base(LATIN_1, (n - 0xC0) & 31).unwrap_or(
            // Æ→æ, Ð→ð, Þ→þ; ×, ß, ÷ unchanged.
            if matches!(c, '\u{C0}'..='\u{DE}') && c != '\u{D7}' {
                char::from_u32(n + 0x20).unwrap_or(c)
            } else {
                c
            },
        ),
        '\u{100}'..='\u{17F}' => {
            base(LATIN_EXTENDED_A, n - 0x100).unwrap_or(char::from_u32(n | 1).unwrap_or(c))
        }
        '\u{2BC}' | '\u{2018}'..='\u{201B}' => '\'',
        '\u{201C}'..='\u{201F}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        _ => c,
    }
}

/// A combining accent (NFD text): part of the letter before it.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

/// Whether a folded character belongs in a word: ASCII letters and digits,
/// and every character from U+00C0 on except accents, × and ÷, and the
/// punctuation, symbol and emoji blocks. (No Unicode tables: they would cost
/// the widget kilobytes.)
fn is_letter(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (c >= '\u{C0}'
            && !is_mark(c)
            && !matches!(
                c,
                '\u{D7}'
                    | '\u{F7}'
                    | '\u{2000}'..='\u{2BFF}'
                    | '\u{2E00}'..='\u{2E7F}'
                    | '\u{3000}'..='\u{303F}'
                    | '\u{FE00}'..='\u{FE0F}'
                    | '\u{FEFF}'
                    | '\u{1F000}'..='\u{1FAFF}'
            ))
}

/// Whether `a` and `b` are at most one edit apart: [`distance`]` ≤ 1`, in
/// linear time.
fn within_one(a: &[char], b: &[char]) -> bool {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // What is left of the shorter once their common start and end are off.
    let start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let end = a[start..]
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let rest = a.len() - start - end;
    match b.len() - a.len() {
        // Equal, one substitution, or a swap of neighbours.
        0 => rest <= 1 || (rest == 2 && a[start] == b[start + 1] && a[start + 1] == b[start]),
        // One insertion.
        1 => rest == 0,
        _ => false,
    }
}

/// The Damerau–Levenshtein distance between `a` and `b` in characters (as
/// given: [`fold`] them first to ignore case and accents): the fewest
/// insertions, deletions, substitutions and swaps of two neighbours that turn
/// one into the other. This is the optimal string alignment variant, which
/// never edits a swapped pair again, so it can exceed the unrestricted
/// distance ("ca" to "abc" is 3, not 2); the two always agree on whether the
/// distance is at most 1, which is all search asks.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Rows i - 2, i - 1 and i of the table.
    let mut rows = [
        vec![0; b.len() + 1],
        vec![0; b.len() + 1],
        (0..=b.len()).collect(),
    ];
    for i in 1..=a.len() {
        rows.rotate_left(1);
        let [before, previous, row] = &mut rows;
        row[0] = i;
        for j in 1..=b.len() {
            let cost = (a[i - 1] != b[j - 1]) as usize;
            row[j] = (previous[j] + 1)
                .min(row[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
    }
    rows[2][b.len()]
}

/// `markup` (HTML made by [`crate::markup`]) with `<mark>…</mark>` around
/// `ranges`, which are byte ranges into [`crate::markup::text_of`]`(markup)`
/// such as [`Hit::answer`] when the index was built from that text.
pub fn highlight(markup: &str, ranges: &[Range<usize>]) -> String {
    // Walks the markup as `text_of` does, tracking the position in its text.
    const ENTITIES: [&str; 5] = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"];
    let mut out = String::with_capacity(markup.len() + 13 * ranges.len());
    let mut ranges = ranges.iter();
    let mut next = ranges.next();
    let mut open = false;
    // The text so far, before `text_of` trims it: its length, whether it
    // ends with a space, and how many spaces it starts with once known.
    let (mut len, mut space, mut lead) = (0, false, None);
    let mut rest = markup;
    while let Some(c) = rest.chars().next() {
        let entity = ENTITIES.iter().find(|e| rest.starts_with(**e));
        // The markup's next piece, and what it adds to the text.
        let (piece, added) = match (c, entity) {
            ('<', _) => (
                rest.bytes()
                    .position(|b| b == b'>')
                    .map_or(rest.len(), |i| i + 1),
                (!space).then_some(' '),
            ),
            (_, Some(e)) => (e.len(), Some('&')),
            _ => (c.len_utf8(), Some(c)),
        };
        if let Some(added) = added {
            if lead.is_none() && !added.is_whitespace() {
                lead = Some(len);
            }
            if let (Some(lead), Some(range)) = (lead, next) {
                let at = len - lead;
                if open && at == range.end {
                    out.push_str("</mark>");
                    open = false;
                    next = ranges.next();
                }
                if !open && c != '<' && next.is_some_and(|r| r.start == at) {
                    out.push_str("<mark>");
                    open = true;
                }
            }
            len += added.len_utf8();
            space = added == ' ';
        }
        out.push_str(&rest[..piece]);
        rest = &rest[piece..];
    }
    if open {
        out.push_str("</mark>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SYNONYMS: &[&[&str]] = &[
        &["stop", "quit", "withdrawal"],
        &["pregnant", "pregnancy"],
        &["drink", "alcohol"],
        &["sleepy", "drowsy"],
    ];

    fn index(docs: &[(&str, &str)]) -> Index {
        Index::new(docs.iter().copied(), SYNONYMS)
    }

    /// The docs hit, and the highlighted text of each.
    fn found(index: &Index, docs: &[(&str, &str)], query: &str) -> Vec<(usize, Vec<String>)> {
        let hits = index.search(query).expect("a query");
        hits.iter()
            .map(|hit| {
                let (question, answer) = docs[hit.doc];
                let mut marked: Vec<String> = hit
                    .question
                    .iter()
                    .map(|r| question[r.clone()].to_owned())
                    .collect();
                marked.extend(hit.answer.iter().map(|r| answer[r.clone()].to_owned()));
                (hit.doc, marked)
            })
            .collect()
    }

    fn docs_of(index: &Index, query: &str) -> Vec<usize> {
        index
            .search(query)
            .expect("a query")
            .iter()
            .map(|h| h.doc)
            .collect()
    }

    const DOCS: &[(&str, &str)] = &[
        (
            "Can I stop taking baclofen suddenly?",
            "No. Stopping suddenly can cause withdrawal.",
        ),
        ("Can I drink alcohol?", "Alcohol makes you more sleepy."),
        (
            "Is it safe if I am pregnant?",
            "Talk to your doctor about pregnancy.",
        ),
        (
            "¿Puedo dejar de tomar baclofeno de repente?",
            "No lo deje de golpe: la retirada es peligrosa.",
        ),
        (
            "What is a pump?",
            "A pump gives intrathecal baclofen. Don’t miss a refill (Parkinson's too).",
        ),
    ];

    #[test]
    fn folds_case_accents_and_typography() {
        assert_eq!(fold("BACLOFÉN Ñandú Çà Über"), "baclofen nandu ca uber");
        assert_eq!(
            fold("ÀÁÂÃÄÅ àáâãäå ÈÉÊË èéêë ÌÍÎÏ ìíîï ÒÓÔÕÖØ òóôõöø ÙÚÛÜ ùúûü Ýý"),
            "aaaaaa aaaaaa eeee eeee iiii iiii oooooo oooooo uuuu uuuu yy"
        );
        assert_eq!(fold("Æ Ð Þ ß × ÷ ÿŸ"), "æ ð þ ß × ÷ yy");
        assert_eq!(
            fold("Āą Čď Đě ğ Ħ İı Ĳĳ ĵ Ķĸ Ĺł ńŉŊ ő Œœ ř Šť űŵ Ÿ ž ſ"),
            "aa cd de g h ii ĳĳ j kk ll nnn o œœ r st uw y z s"
        );
        assert_eq!(
            fold("don’t ‘quote’ “quote” – — ‑ −"),
            "don't 'quote' \"quote\" - - - -"
        );
        // Decomposed accents are dropped.
        assert_eq!(fold("bacle\u{301}fe\u{301}n"), "baclefen");
        assert_eq!(fold("Ωmega 日本"), "Ωmega 日本");
    }

    #[test]
    fn splits_words_with_their_ranges() {
        let text = "Don’t stop—GABA-B (Parkinson's) e\u{301}l 10mg '¿Qué?' end'";
        let mut words = Vec::new();
        split(text, &mut |start, end, word| {
            words.push((&text[start..end], word.iter().collect::<String>()));
        });
        let expected = [
            ("Don’t", "dont"),
            ("stop", "stop"),
            ("GABA", "gaba"),
            ("B", "b"),
            ("Parkinson's", "parkinsons"),
            ("e\u{301}l", "el"),
            ("10mg", "10mg"),
            ("Qué", "que"),
            ("end", "end"),
        ];
        let words: Vec<(&str, &str)> = words.iter().map(|(a, b)| (*a, b.as_str())).collect();
        assert_eq!(words, expected);
    }

    #[test]
    fn distance_counts_edits_and_swaps() {
        for (a, b, d) in [
            ("", "", 0),
            ("", "abc", 3),
            ("withdrawal", "withdrawal", 0),
            ("withdrawl", "withdrawal", 1),
            ("pregnacy", "pregnancy", 1),
            ("alcohl", "alcohol", 1),
            ("alcohlo", "alcohol", 1),
            ("drowsy", "drowys", 1),
            ("kitten", "sitting", 3),
            ("ca", "abc", 3),
            ("baclofeno", "baclofen", 1),
            ("ñu", "nu", 1),
        ] {
            assert_eq!(distance(a, b), d, "{a} / {b}");
            assert_eq!(distance(b, a), d, "{b} / {a}");
        }
    }

    #[test]
    fn within_one_agrees_with_distance() {
        // Every pair of words over a small alphabet, up to four letters.
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.len() == words.last().unwrap().len())
                .flat_map(|w| ['a', 'b', 'c'].map(|c| format!("{w}{c}")))
                .collect();
            words.extend(longer);
        }
        for a in &words {
            let ac: Vec<char> = a.chars().collect();
            for b in &words {
                let bc: Vec<char> = b.chars().collect();
                assert_eq!(within_one(&ac, &bc), distance(a, b) <= 1, "{a} / {b}");
            }
        }
    }

    #[test]
    fn empty_queries_do_not_filter() {
        let index = index(DOCS);
        for query in ["", "   ", " \t\n", "?!", "— ’"] {
            assert_eq!(index.search(query), None, "{query:?}");
        }
        assert_eq!(index.search("zebra"), Some(vec![]));
    }

    #[test]
    fn every_word_must_match_in_question_or_answer() {
        let index = index(DOCS);
        assert_eq!(docs_of(&index, "baclofen"), [0, 3, 4]);
        assert_eq!(docs_of(&index, "baclofen intrathecal"), [4]);
        assert_eq!(docs_of(&index, "baclofen zebra"), [] as [usize; 0]);
        assert_eq!(docs_of(&index, "BACLOFÉN Intrathécal"), [4]);
    }

    #[test]
    fn words_match_as_prefixes_and_short_finished_words_whole() {
        let docs = DOCS;
        let index = index(docs);
        assert_eq!(found(&index, docs, "withdr"), [(0, vec!["withdr".into()])]);
        // Not only the last word.
        assert_eq!(docs_of(&index, "stop sudden"), [0]);
        assert_eq!(docs_of(&index, "sudden stop"), [0]);
        // A one-letter word is a prefix while being typed, then a whole word.
        assert_eq!(docs_of(&index, "pump a"), [4]);
        assert_eq!(docs_of(&index, "drink a"), [1]);
        assert_eq!(docs_of(&index, "drink a "), [] as [usize; 0]);
        assert_eq!(docs_of(&index, "a drink"), [] as [usize; 0]);
        assert_eq!(docs_of(&index, "i drink"), [1]);
        // Apostrophes.
        assert_eq!(found(&index, docs, "dont"), [(4, vec!["Don’t".into()])]);
        assert_eq!(found(&index, docs, "don'"), [(4, vec!["Don".into()])]);
        assert_eq!(found(&index, docs, "parkin"), [(4, vec!["Parkin".into()])]);
        // One letter short of the word: a typo, so the whole word.
        assert_eq!(
            found(&index, docs, "parkinson"),
            [(4, vec!["Parkinson's".into()])]
        );
        assert_eq!(
            found(&index, docs, "parkinson’s"),
            [(4, vec!["Parkinson's".into()])]
        );
    }

    #[test]
    fn one_typo_in_long_words_only() {
        let docs = DOCS;
        let index = index(docs);
        assert_eq!(
            found(&index, docs, "suddenyl"),
            [(0, vec!["suddenly".into(), "suddenly".into()])]
        );
        // "withdrawl" is one typo from a synonym term, too.
        assert_eq!(
            found(&index, docs, "withdrawl"),
            [(0, vec!["stop".into(), "Stop".into(), "withdrawal".into()])]
        );
        assert_eq!(
            found(&index, docs, "suddnely"),
            [(0, vec!["suddenly".into(), "suddenly".into()])]
        );
        assert_eq!(docs_of(&index, "intratecal"), [4]);
        assert_eq!(docs_of(&index, "intrathecla"), [4]);
        assert_eq!(docs_of(&index, "intrathhecal"), [4]);
        assert_eq!(docs_of(&index, "intratheacl"), [4]);
        assert_eq!(docs_of(&index, "intrathacel"), [] as [usize; 0]);
        // Four letters: no typo allowed.
        assert_eq!(docs_of(&index, "pupm"), [] as [usize; 0]);
        assert_eq!(docs_of(&index, "pmup"), [] as [usize; 0]);
        assert_eq!(docs_of(&index, "pump"), [4]);
        // Five: one.
        assert_eq!(docs_of(&index, "pumps"), [4]);
        assert_eq!(docs_of(&index, "refil"), [4]);
    }

    #[test]
    fn synonyms_work_both_ways() {
        let docs = DOCS;
        let index = index(docs);
        assert_eq!(
            found(&index, docs, "quit"),
            [(0, vec!["stop".into(), "Stop".into(), "withdrawal".into()])]
        );
        assert_eq!(docs_of(&index, "withdrawal"), [0]);
        assert_eq!(docs_of(&index, "drink"), [1]);
        assert_eq!(
            found(&index, docs, "alcohol"),
            [(1, vec!["drink".into(), "alcohol".into(), "Alcohol".into()])]
        );
        assert_eq!(docs_of(&index, "drowsy"), [1]);
        assert_eq!(docs_of(&index, "pregnancy"), [2]);
        // A synonym term with a typo.
        assert_eq!(docs_of(&index, "drowys"), [1]);
        // Not a prefix of a term: "qui" is not yet "quit".
        assert_eq!(docs_of(&index, "qui"), [] as [usize; 0]);
        // Data, not code: another language's groups.
        let es = Index::new(
            DOCS.iter().copied(),
            &[&["DEJAR", "retirada", "dos palabras"]],
        );
        assert_eq!(docs_of(&es, "retirada"), [3]);
        assert_eq!(docs_of(&es, "déjar"), [3]);
        assert_eq!(docs_of(&es, "palabras"), [] as [usize; 0]);
    }

    #[test]
    fn ranges_are_on_char_boundaries_in_non_ascii_text() {
        let docs = DOCS;
        let index = index(docs);
        assert_eq!(
            found(&index, docs, "PUEDO REPENTE retirada"),
            [(3, vec!["Puedo".into(), "repente".into(), "retirada".into()])]
        );
        assert_eq!(
            found(&index, docs, "peligro"),
            [(3, vec!["peligro".into()])]
        );
        let docs = &[("Él está aquí", "Decomposed: e\u{301}l esta\u{301} ¡Ñandú!")];
        let index = Index::new(docs.iter().copied(), &[]);
        assert_eq!(
            found(&index, docs, "el esta nandu"),
            [(
                0,
                vec![
                    "Él".into(),
                    "está".into(),
                    "e\u{301}l".into(),
                    "esta\u{301}".into(),
                    "Ñandú".into()
                ]
            )]
        );
        assert_eq!(
            found(&index, docs, "es n"),
            [(0, vec!["es".into(), "es".into(), "Ñ".into()])]
        );
        // The accent of the last highlighted letter comes with it.
        assert_eq!(
            found(&index, docs, "e"),
            [(
                0,
                vec!["É".into(), "e".into(), "e\u{301}".into(), "e".into()]
            )]
        );
    }

    #[test]
    fn ranges_are_sorted_and_disjoint() {
        let index = index(DOCS);
        for query in ["a", "baclofen pump", "de", "stop quit withdrawal", "l"] {
            for hit in index.search(query).unwrap() {
                for ranges in [&hit.question, &hit.answer] {
                    for pair in ranges.windows(2) {
                        assert!(pair[0].end < pair[1].start, "{query}: {ranges:?}");
                    }
                    assert!(ranges.iter().all(|r| r.start < r.end));
                }
            }
        }
    }

    #[test]
    fn only_the_first_words_count() {
        let index = index(DOCS);
        let mut query = "pump ".repeat(MAX_QUERY_WORDS);
        assert_eq!(docs_of(&index, &query), [4]);
        query.push_str("zebra");
        assert_eq!(docs_of(&index, &query), [4]);
    }

    #[test]
    fn highlights_markup() {
        use crate::markup::{escape, text_of};
        let mut html = String::from("<p>");
        escape(&mut html, "Don't \"stop\" <now> & rest");
        html.push_str("</p><ul><li>stop</li><li>Stopping</li></ul>");
        let text = text_of(&html);
        let index = Index::new([("Q", text.as_str())], SYNONYMS);
        let hit = &index.search("quit d").unwrap()[0];
        assert_eq!(
            highlight(&html, &hit.answer),
            "<p><mark>D</mark>on&#39;t &quot;<mark>stop</mark>&quot; &lt;now&gt; &amp; rest</p>\
             <ul><li><mark>stop</mark></li><li><mark>Stop</mark>ping</li></ul>"
        );
        let hit = &index.search("dont rest").unwrap()[0];
        assert_eq!(
            highlight(&html, &hit.answer),
            "<p><mark>Don&#39;t</mark> &quot;stop&quot; &lt;now&gt; &amp; <mark>rest</mark></p>\
             <ul><li>stop</li><li>Stopping</li></ul>"
        );
        assert_eq!(highlight(&html, &[]), html);
        assert_eq!(
            highlight("plain text too", &[0..2, 6..10]),
            "<mark>pl</mark>ain <mark>text</mark> too"
        );
    }
}
