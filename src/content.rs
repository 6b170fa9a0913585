//! The content: each language's locale file (`model/src/wire.rs`), handed
//! over by the loader as it arrives and decoded once per page, shared by all
//! widgets. The wasm carries no content, so a reader downloads only the
//! languages they read, and another language adds nothing to their download.

use baclofen_guide_model::compiled::Locale;
use baclofen_guide_model::markup::text_of;
use baclofen_guide_model::search::Index;
use baclofen_guide_model::wire::{self, WireError};
use std::cell::{Cell, RefCell};
use std::ops::Deref;
use std::rc::Rc;

thread_local! {
    /// The languages decoded so far, in the order they came. Each `Locale`
    /// is leaked once, so its address is stable ([`Static`] compares it);
    /// the list is leaked anew on each addition (a few pointers, a few
    /// times a page), so props holding it see the change.
    static LOCALES: Cell<&'static [&'static Locale]> = const { Cell::new(&[]) };
    /// Every language of the release, with its own name (for the language
    /// switch), loaded or not: the loader's manifest ([`set_languages`]).
    static LANGUAGES: Cell<&'static [Language]> = const { Cell::new(&[]) };
}

/// A language of the release: its code and its own name ("Español").
pub type Language = (&'static str, &'static str);

/// Decodes a locale file and adds it, unless its language is there already.
pub fn add(file: String) -> Result<&'static Locale, WireError> {
    let locale = wire::decode(file.leak())?;
    if let Some(known) = locale_in(locales(), locale.lang) {
        return Ok(known);
    }
    let locale: &'static Locale = Box::leak(Box::new(locale));
    let all: Vec<_> = locales().iter().copied().chain([locale]).collect();
    LOCALES.with(|locales| locales.set(all.leak()));
    Ok(locale)
}

/// The languages decoded so far.
pub fn locales() -> &'static [&'static Locale] {
    LOCALES.with(Cell::get)
}

/// Sets the release's languages from the loader's list: code, name, code,
/// name… separated by U+001F (no JS array crosses into the wasm).
pub fn set_languages(list: String) {
    let mut words = list.leak().split('\u{1f}');
    let mut all = Vec::new();
    while let (Some(lang), Some(name)) = (words.next(), words.next()) {
        all.push((lang, name));
    }
    LANGUAGES.with(|languages| languages.set(all.leak()));
}

/// Every language of the release, default first: the loader's list, or,
/// without one, the languages of `decoded`.
pub fn languages(decoded: &[&'static Locale]) -> Vec<Language> {
    let listed = LANGUAGES.with(Cell::get);
    if listed.is_empty() {
        decoded.iter().map(|l| (l.lang, l.language_name)).collect()
    } else {
        listed.to_vec()
    }
}

/// Every language's locale file, compiled in (the `bundled` feature: the
/// pre-renderer and the tests), default first.
#[cfg(any(test, feature = "bundled"))]
pub const BUNDLED: &[&str] = include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// Every language compiled in ([`BUNDLED`]), decoded and added, in the same
/// order.
#[cfg(any(test, feature = "bundled"))]
pub fn bundled() -> &'static [&'static Locale] {
    for file in BUNDLED {
        add((*file).to_owned()).expect("a bundled locale file decodes");
    }
    locales()
}

/// The locale of `locales` for a language tag, matching its primary subtag
/// case-insensitively (`es-MX` and `ES` both give `es`).
pub fn locale_in(locales: &[&'static Locale], tag: &str) -> Option<&'static Locale> {
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    locales
        .iter()
        .copied()
        .find(|locale| locale.lang.eq_ignore_ascii_case(primary))
}

/// The decoded locale for a language tag.
pub fn locale(tag: &str) -> Option<&'static Locale> {
    locale_in(locales(), tag)
}

thread_local! {
    /// Search indexes built so far, one per language, shared by all widgets.
    static INDEXES: RefCell<Vec<(&'static str, Rc<Index>)>> = const { RefCell::new(Vec::new()) };
}

/// The FAQ search index of a locale, built on its first search (about a
/// millisecond): nothing is spent on search before the reader types.
pub fn search_index(locale: &'static Locale) -> Rc<Index> {
    INDEXES.with(|indexes| {
        let mut indexes = indexes.borrow_mut();
        if let Some((_, index)) = indexes.iter().find(|(lang, _)| *lang == locale.lang) {
            return index.clone();
        }
        let answers: Vec<String> = locale.entries().map(|e| text_of(e.answer.0)).collect();
        let documents = locale
            .entries()
            .zip(&answers)
            .map(|(e, a)| (e.question, a.as_str()));
        let index = Rc::new(Index::new(documents, locale.synonyms));
        indexes.push((locale.lang, index.clone()));
        index
    })
}

/// A reference to decoded content, compared by address: props holding content
/// compare in O(1) instead of comparing every string.
#[derive(Debug)]
pub struct Static<T: ?Sized + 'static>(pub &'static T);

impl<T: ?Sized> Clone for Static<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for Static<T> {}

impl<T: ?Sized> PartialEq for Static<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T: ?Sized> Deref for Static<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_comes_first() {
        assert_eq!(bundled()[0].lang, "en");
        assert_eq!(languages(locales())[0], ("en", "English"));
    }

    #[test]
    fn matches_language_tags_by_primary_subtag() {
        bundled();
        assert_eq!(locale("en-GB").map(|l| l.lang), Some("en"));
        assert_eq!(locale("EN").map(|l| l.lang), Some("en"));
        assert!(locale("xx").is_none());
        assert!(locale("").is_none());
    }

    #[test]
    fn a_language_is_added_once() {
        let before = bundled().len();
        let again = add(BUNDLED[0].to_owned()).unwrap();
        assert_eq!(locales().len(), before);
        assert!(std::ptr::eq(again, locale("en").unwrap()));
    }

    #[test]
    fn a_damaged_file_is_refused() {
        bundled();
        let cut = &BUNDLED[0][..BUNDLED[0].len() / 2];
        assert!(add(cut.to_owned()).is_err());
        assert_eq!(locales().len(), 2);
    }

    #[test]
    fn the_loaders_list_names_every_language() {
        set_languages("en\u{1f}English\u{1f}es\u{1f}Español\u{1f}fr\u{1f}Français".to_owned());
        assert_eq!(languages(&[])[2], ("fr", "Français"));
        LANGUAGES.with(|l| l.set(&[]));
    }
}
