//! Readability measures for the content: Flesch–Kincaid grade and SMOG.
//!
//! Pure Rust, no dependencies, so the same code can run in tests, in
//! `cargo xtask readability` and, if ever wanted, in the widget.
//!
//! # How text is counted
//!
//! - **Sentences** end at `.`, `!` or `?` (a full stop inside a number such as
//!   `1.5` does not end one). Each text passed to [`stats`] is one paragraph,
//!   list item or heading; words left at its end without a closing mark make
//!   one more sentence. This follows the NHS advice for readability tools:
//!   "add full stops to headings and bullet points".
//! - **Words** are separated by white space, `/` and dashes with spaces around
//!   them. Punctuation around a word is dropped. A hyphenated word
//!   (`long-term`) is one word whose syllables are those of its parts. A
//!   number (`10`, `2018`, `1.5`) is a word of one syllable: numerals are
//!   quick to read, which is why plain-language guides ask for them.
//! - **Syllables** come from [`syllables`], a rule-based counter for English
//!   (vowel groups, silent final *e*, *-le*, *-ed*, *-es*, some vowel pairs that
//!   split) with a small table of exceptions. It is an estimate, like every
//!   readability tool's; its tests list the words it was checked against.
//! - **Glossary words** ([`GLOSSARY`]) count as one syllable. They are the
//!   names of the medicines, including brand names, and the few medical names
//!   the reader has already been given by their doctor. The NHS advises
//!   removing long title words (such as "baclofen") before scoring, because a
//!   reader who has the medicine in their hand already knows its name; scoring
//!   "cyclobenzaprine" as five syllables would make every answer look harder
//!   without telling a writer anything they could change.

/// Words counted as one syllable: the medicine names (generic and brand) and
/// the medical terms the guide always shows after a plain word, as in "stiff
/// muscles (spasticity)". Kept short on purpose; add a word only when the
/// reader cannot avoid it and the content glosses it. Lowercase.
pub const GLOSSARY: &[&str] = &[
    // The medicine this guide is about, and its forms.
    "baclofen",
    "intrathecal",
    "lioresal",
    "gablofen",
    "ozobax",
    "fleqsuvy",
    "lyvispah",
    // The other medicines in the comparison.
    "tizanidine",
    "zanaflex",
    "cyclobenzaprine",
    "flexeril",
    "amrix",
    "diazepam",
    "valium",
    "dantrolene",
    "dantrium",
    // What baclofen treats: the reader's own condition, always glossed.
    "spasticity",
    "sclerosis",
];

/// Highest Flesch–Kincaid grade allowed for one FAQ answer.
pub const MAX_GRADE: f64 = 8.0;
/// Highest median Flesch–Kincaid grade allowed over all FAQ answers.
pub const MAX_MEDIAN_GRADE: f64 = 6.5;
/// Most words allowed in one sentence.
pub const MAX_SENTENCE_WORDS: usize = 25;
/// Languages the formulas (which are for English) are applied to.
pub const MEASURED_LANGS: &[&str] = &["en"];

/// Counts over one or more texts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    /// Words of three or more syllables (SMOG's count).
    pub polysyllables: usize,
    pub longest_sentence_words: usize,
}

impl Stats {
    /// Flesch–Kincaid grade level:
    /// 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
    /// Zero for no words.
    pub fn flesch_kincaid_grade(&self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        let words = self.words as f64;
        0.39 * (words / self.sentences as f64) + 11.8 * (self.syllables as f64 / words) - 15.59
    }

    /// SMOG grade: 1.043 × √(polysyllables × 30 / sentences) + 3.1291.
    /// Zero for no sentences.
    pub fn smog(&self) -> f64 {
        if self.sentences == 0 {
            return 0.0;
        }
        1.043 * (self.polysyllables as f64 * 30.0 / self.sentences as f64).sqrt() + 3.1291
    }

    /// Adds the counts of `other`, as if its texts followed these.
    pub fn add(&mut self, other: &Stats) {
        self.words += other.words;
        self.sentences += other.sentences;
        self.syllables += other.syllables;
        self.polysyllables += other.polysyllables;
        self.longest_sentence_words = self
            .longest_sentence_words
            .max(other.longest_sentence_words);
    }
}

/// Counts words, sentences and syllables over `texts`. Each text is one
/// paragraph, list item or heading, of one or more sentences.
pub fn stats(texts: &[&str]) -> Stats {
    let mut total = Stats::default();
    for text in texts {
        for sentence in sentences(text) {
            let words = words(sentence);
            if words.is_empty() {
                continue;
            }
            total.sentences += 1;
            total.words += words.len();
            total.longest_sentence_words = total.longest_sentence_words.max(words.len());
            for word in words {
                let n = word_syllables(word);
                total.syllables += n;
                if n >= 3 {
                    total.polysyllables += 1;
                }
            }
        }
    }
    total
}

/// Counts over the texts of content blocks (paragraphs and list items).
pub fn block_stats(blocks: &[crate::Block]) -> Stats {
    let texts: Vec<&str> = blocks
        .iter()
        .flat_map(|b| b.texts().iter().map(|t| t.as_ref()))
        .collect();
    stats(&texts)
}

/// The median of some values (the mean of the middle two for an even count);
/// zero for none.
pub fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => 0.0,
        _ if n % 2 == 1 => sorted[n / 2],
        _ => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// Splits one text into sentences, each with its closing mark. Words after
/// the last mark make a final sentence. Sentences may be blank (`"..."`).
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            // A full stop between digits is a decimal point: 1.5
            let decimal = c == '.'
                && i > 0
                && chars[i - 1].1.is_ascii_digit()
                && chars.get(i + 1).is_some_and(|(_, n)| n.is_ascii_digit());
            if !decimal {
                // Take any run of closing marks, quotes and brackets: `?!`, `.)`
                let mut j = i + 1;
                while j < chars.len()
                    && matches!(chars[j].1, '.' | '!' | '?' | '"' | '\'' | ')' | '”' | '’')
                {
                    j += 1;
                }
                if j == chars.len() || chars[j].1.is_whitespace() {
                    let end = chars.get(j).map_or(text.len(), |(at, _)| *at);
                    out.push(&text[start..end]);
                    start = end;
                }
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if !text[start..].trim().is_empty() {
        out.push(&text[start..]);
    }
    out
}

/// The words of a text, without the punctuation around them.
pub fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || c == '/')
        .map(|token| token.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .collect()
}

/// Syllables of one word as it appears in text: hyphenated parts are added,
/// numbers count one, glossary words count one.
fn word_syllables(word: &str) -> usize {
    word.split(['-', '‐', '‑'])
        .filter(|part| part.chars().any(char::is_alphanumeric))
        .map(|part| {
            if part.chars().any(|c| c.is_ascii_digit()) {
                1
            } else {
                syllables(part)
            }
        })
        .sum::<usize>()
        .max(1)
}

/// Words the rules get wrong, with their syllables. Lowercase.
const EXCEPTIONS: &[(&str, usize)] = &[
    ("anyone", 3),
    ("area", 3),
    ("argue", 2),
    ("behavior", 3),
    ("behaviour", 3),
    ("being", 2),
    ("business", 2),
    ("create", 2),
    ("created", 3),
    ("diabetes", 4),
    ("diarrhea", 4),
    ("diarrhoea", 4),
    ("every", 2),
    ("everyday", 3),
    ("everyone", 3),
    ("everything", 3),
    ("eyesight", 2),
    ("fluid", 2),
    ("idea", 3),
    ("ideas", 3),
    ("lifetime", 2),
    ("maybe", 2),
    ("nausea", 3),
    ("poem", 2),
    ("recipe", 3),
    ("safety", 2),
    ("science", 2),
    ("someone", 2),
    ("something", 2),
    ("sometimes", 2),
    ("somewhere", 2),
    ("tongue", 1),
    ("whatever", 3),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Estimated syllables of one English word (letters only; other characters
/// are ignored). At least 1. Glossary words count 1.
pub fn syllables(word: &str) -> usize {
    let lower: String = word
        .chars()
        .filter(|c| c.is_alphabetic() || matches!(c, '\'' | '’'))
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .collect();
    // Contractions and possessives: "doesn't" is "does" plus a syllable,
    // "don't" is not; "it's", "you're", "we'll", "baclofen's" add nothing.
    if let Some(base) = lower.strip_suffix("n't") {
        let extra = usize::from(
            base != "are" && !base.ends_with(['a', 'i', 'o', 'u', 'y']) && !base.is_empty(),
        );
        return syllables(base) + extra;
    }
    let letters: String = match lower.find('\'') {
        Some(at) => lower[..at].to_owned(),
        None => lower,
    };
    let letters: String = letters.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return 1;
    }
    if GLOSSARY.contains(&letters.as_str()) {
        return 1;
    }
    if let Some((_, n)) = EXCEPTIONS.iter().find(|(w, _)| *w == letters) {
        return *n;
    }
    // A plural or -s form of a glossary or exception word counts the same.
    if let Some(stem) = letters.strip_suffix('s') {
        if GLOSSARY.contains(&stem) {
            return 1;
        }
        if let Some((_, n)) = EXCEPTIONS.iter().find(|(w, _)| *w == stem) {
            return *n;
        }
    }
    // Suffixes that are always a syllable of their own: "tiredness" =
    // "tired" + "ness", "useful" = "use" + "ful".
    for suffix in ["ness", "less", "ful"] {
        if let Some(stem) = letters.strip_suffix(suffix) {
            if stem.len() >= 3 {
                return count(stem) + 1;
            }
        }
    }
    // Suffixes after a silent e: "likely" = "like" + "ly".
    for suffix in ["ly", "ment", "ments"] {
        if let Some(stem) = letters.strip_suffix(suffix) {
            if stem.len() > 2 && stem.ends_with('e') && !stem.ends_with("ee") {
                let stem_chars: Vec<char> = stem.chars().collect();
                let before = stem_chars[stem_chars.len() - 2];
                if !is_vowel(before) && before != 'l' {
                    return count(stem) + count(suffix);
                }
            }
        }
    }
    count(&letters)
}

/// The rules, for a lowercase word of letters only.
fn count(word: &str) -> usize {
    let w: Vec<char> = word.chars().collect();
    let n = w.len();
    // Which letters are vowels here: `y` is not at the start ("you"), and `u`
    // after `q` is not ("quite").
    let vowel: Vec<bool> = (0..n)
        .map(|i| {
            let c = w[i];
            if c == 'y' {
                i > 0
            } else if c == 'u' && i > 0 && w[i - 1] == 'q' {
                false
            } else {
                is_vowel(c)
            }
        })
        .collect();

    // Count vowel groups, splitting pairs that are said as two syllables.
    let mut groups = 0;
    for i in 0..n {
        if !vowel[i] {
            continue;
        }
        if i == 0 || !vowel[i - 1] || splits(&w, i) {
            groups += 1;
        }
    }

    let ends = |s: &str| word.ends_with(s);
    // A consonant letter; `y` before a silent ending acts as one ("eyes",
    // "played").
    let consonant_at = |i: usize| i < n && !vowel[i];
    let closes = |i: usize| i < n && (!vowel[i] || w[i] == 'y');
    // Silent endings, only when another vowel group remains.
    if groups > 1 {
        if ends("e") && n >= 2 && closes(n - 2) {
            // -le and -re after a consonant are said: "simple", "centre";
            // "while", "more", "called" are not.
            let said =
                (ends("le") || ends("re")) && n >= 3 && consonant_at(n - 3) && w[n - 3] != w[n - 2];
            if !said {
                groups -= 1;
            }
        } else if ends("es") && n >= 3 && closes(n - 3) {
            // "makes" is one syllable; "uses", "boxes", "changes", "reaches",
            // "tables" are two.
            let c = w[n - 3];
            let sibilant = matches!(c, 's' | 'x' | 'z' | 'c' | 'g')
                || (c == 'h' && n >= 4 && matches!(w[n - 4], 'c' | 's'));
            let said_le = (c == 'l' || c == 'r') && n >= 4 && consonant_at(n - 4) && w[n - 4] != c;
            if !sibilant && !said_le {
                groups -= 1;
            }
        } else if ends("ed") && n >= 3 && closes(n - 3) {
            // "stopped", "used" are one syllable; "started", "needed",
            // "handled" are two.
            let c = w[n - 3];
            let said_le = c == 'l' && n >= 4 && consonant_at(n - 4) && w[n - 4] != 'l';
            if !matches!(c, 't' | 'd') && !said_le {
                groups -= 1;
            }
        } else if ends("gue") || ends("que") {
            // "fatigue", "unique": the final -ue is silent.
            groups -= 1;
        }
    }
    // "spasm", "mechanisms": the m is a syllable of its own.
    if ends("sm") || ends("sms") {
        groups += 1;
    }
    groups.max(1)
}

/// Whether the vowel at `i` starts a new syllable although the letter before
/// it is a vowel too.
fn splits(w: &[char], i: usize) -> bool {
    let (prev, c) = (w[i - 1], w[i]);
    let before = if i >= 2 { Some(w[i - 2]) } else { None };
    let after = |k: usize| w.get(i + k).copied();
    let rest: String = w[i..].iter().collect();
    match (prev, c) {
        // "trying", "player", "beyond": a vowel after y starts again.
        ('y', _) => true,
        // "radio", "serious", "period"; not "action", "vision", "region",
        // "million", "opinion".
        ('i', 'o') => {
            let one_sound = matches!(before, Some('t' | 's' | 'c' | 'x' | 'g'))
                || matches!(before, Some('l' | 'n')) && after(1) == Some('n');
            !one_sound
        }
        // "via", "media", "insomnia"; not "special", "potential".
        ('i', 'a') => !matches!(before, Some('t' | 'c' | 'g')),
        // "calcium", "medium".
        ('i', 'u') => true,
        // "diet", "quiet", "anxiety", "client", "experience", "easier";
        // not "piece", "friend", "patient", "studies".
        ('i', 'e') => {
            after(1) == Some('t') && !matches!(before, Some('c'))
                || (rest.starts_with("ent") || rest.starts_with("enc"))
                    && !matches!(before, Some('t' | 'c'))
                || (rest == "er" || rest == "ers" || rest == "est")
        }
        // "usual", "gradual"; not "quality" (u after q is not a vowel here),
        // "language", "guard".
        ('u', 'a') => !matches!(before, Some('g')),
        // "continuous".
        ('u', 'o') => true,
        // "being", "going", "doing", "seeing".
        (_, 'i') if rest == "ing" || rest == "ings" => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_syllables_of_common_words() {
        // Hand-counted, as in a dictionary.
        let words = [
            ("the", 1),
            ("make", 1),
            ("makes", 1),
            ("simple", 2),
            ("table", 2),
            ("tables", 2),
            ("while", 1),
            ("stopped", 1),
            ("started", 2),
            ("needed", 2),
            ("used", 1),
            ("uses", 2),
            ("called", 1),
            ("handled", 2),
            ("medicine", 3),
            ("medicines", 3),
            ("doctor", 2),
            ("people", 2),
            ("serious", 3),
            ("action", 2),
            ("usually", 4),
            ("likely", 2),
            ("safely", 2),
            ("completely", 3),
            ("tiredness", 2),
            ("careful", 2),
            ("useful", 2),
            ("illness", 2),
            ("happiness", 3),
            ("statement", 2),
            ("element", 3),
            ("trying", 2),
            ("being", 2),
            ("going", 2),
            ("eyes", 1),
            ("eye", 1),
            ("style", 1),
            ("played", 1),
            ("they", 1),
            ("you", 1),
            ("yes", 1),
            ("fatigue", 2),
            ("tissue", 2),
            ("diet", 2),
            ("quiet", 2),
            ("anxiety", 4),
            ("patient", 2),
            ("experience", 4),
            ("easier", 3),
            ("special", 2),
            ("via", 2),
            ("insomnia", 4),
            ("calcium", 3),
            ("spasm", 2),
            ("spasms", 2),
            ("reduces", 3),
            ("changes", 2),
            ("boxes", 2),
            ("reaches", 2),
            ("centre", 2),
            ("more", 1),
            ("are", 1),
            ("one", 1),
            ("water", 2),
            ("breathing", 2),
            ("dizzy", 2),
            ("sleepy", 2),
            ("hallucinations", 5),
            ("seizures", 2),
            ("pharmacist", 3),
            ("pregnancy", 3),
            ("alcohol", 3),
            ("pump", 1),
            ("tablets", 2),
            ("liquid", 2),
            ("syringe", 2),
            ("a", 1),
            ("mg", 1),
        ];
        let wrong: Vec<String> = words
            .iter()
            .filter(|(w, n)| syllables(w) != *n)
            .map(|(w, n)| format!("{w}: expected {n}, counted {}", syllables(w)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn counts_contractions_and_glossary_words() {
        assert_eq!(syllables("don't"), 1);
        assert_eq!(syllables("doesn't"), 2);
        assert_eq!(syllables("can't"), 1);
        assert_eq!(syllables("haven't"), 2);
        assert_eq!(syllables("aren't"), 1);
        assert_eq!(syllables("it's"), 1);
        assert_eq!(syllables("you’re"), 1);
        assert_eq!(syllables("Baclofen"), 1);
        assert_eq!(syllables("baclofen's"), 1);
        assert_eq!(syllables("cyclobenzaprine"), 1);
        assert_eq!(syllables("Sclerosis"), 1);
    }

    #[test]
    fn splits_sentences() {
        assert_eq!(
            sentences("Take it with food. Do not stop! Why? Ask"),
            vec!["Take it with food.", " Do not stop!", " Why?", " Ask"]
        );
        // Decimals and closing brackets.
        assert_eq!(
            sentences("It is 1.5 mg. (See below.) Done"),
            vec!["It is 1.5 mg.", " (See below.)", " Done"]
        );
        assert_eq!(sentences("no mark at all"), vec!["no mark at all"]);
        assert!(sentences("  ").is_empty());
    }

    #[test]
    fn tokenizes_words() {
        assert_eq!(
            words("Call 911 (US) or 999 (UK), now: it's long-term and/or not."),
            vec![
                "Call",
                "911",
                "US",
                "or",
                "999",
                "UK",
                "now",
                "it's",
                "long-term",
                "and",
                "or",
                "not"
            ]
        );
        assert_eq!(word_syllables("long-term"), 2);
        assert_eq!(word_syllables("10"), 1);
        assert_eq!(word_syllables("T-6"), 2);
    }

    #[test]
    fn counts_a_hand_counted_passage() {
        // Two texts: a paragraph and a list item with no full stop.
        // "Baclofen relaxes stiff muscles."  4 words: 1 + 3 + 1 + 2 = 7
        //   (baclofen is a glossary word: 1)
        // "It can make you sleepy."          5 words: 1 + 1 + 1 + 1 + 2 = 6
        // "feeling sick (nausea)"            3 words: 2 + 1 + 3 = 6
        // 12 words, 3 sentences, 19 syllables, 2 polysyllables (relaxes,
        // nausea), longest sentence 5 words.
        let s = stats(&[
            "Baclofen relaxes stiff muscles. It can make you sleepy.",
            "feeling sick (nausea)",
        ]);
        assert_eq!(
            s,
            Stats {
                words: 12,
                sentences: 3,
                syllables: 19,
                polysyllables: 2,
                longest_sentence_words: 5,
            }
        );
        // FK = 0.39 × 12/3 + 11.8 × 19/12 − 15.59 = 1.56 + 18.68333 − 15.59
        assert!((s.flesch_kincaid_grade() - 4.653_33).abs() < 1e-4);
        // SMOG = 1.043 × √(2 × 30 / 3) + 3.1291 = 1.043 × 4.47214 + 3.1291
        assert!((s.smog() - 7.793_54).abs() < 1e-4);
    }

    #[test]
    fn counts_a_harder_passage() {
        // "Stopping suddenly can cause serious problems."
        //   6 words: 2 + 3 + 1 + 1 + 3 + 2 = 12
        // "Talk to your doctor first."
        //   5 words: 1 + 1 + 1 + 2 + 1 = 6
        // 11 words, 2 sentences, 18 syllables, 2 polysyllables.
        let s =
            stats(&["Stopping suddenly can cause serious problems. Talk to your doctor first."]);
        assert_eq!(
            (s.words, s.sentences, s.syllables, s.polysyllables),
            (11, 2, 18, 2)
        );
        // FK = 0.39 × 5.5 + 11.8 × 18/11 − 15.59 = 2.145 + 19.3091 − 15.59
        assert!((s.flesch_kincaid_grade() - 5.864_09).abs() < 1e-4);
    }

    #[test]
    fn empty_text_scores_zero() {
        let s = stats(&[]);
        assert_eq!(s, Stats::default());
        assert_eq!(s.flesch_kincaid_grade(), 0.0);
        assert_eq!(s.smog(), 0.0);
    }

    #[test]
    fn takes_the_median() {
        assert_eq!(median(&[]), 0.0);
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
    }
}
