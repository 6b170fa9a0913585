//! The content, validated and baked into statics by `build.rs`.

use baclofen_guide_model::compiled::Locale;
use baclofen_guide_model::markup::text_of;
use baclofen_guide_model::search::Index;
use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The default locale: the first one baked (`en`).
pub fn default_locale() -> &'static Locale {
    &LOCALES[0]
}

/// The locale of `locales` for a language tag, matching its primary subtag
/// case-insensitively (`es-MX` and `ES` both give `es`).
pub fn locale_in(locales: &'static [Locale], tag: &str) -> Option<&'static Locale> {
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    locales
        .iter()
        .find(|locale| locale.lang.eq_ignore_ascii_case(primary))
}

/// The baked locale for a language tag.
pub fn locale(tag: &str) -> Option<&'static Locale> {
    locale_in(LOCALES, tag)
}

/// The language codes there is content for, default first.
pub fn languages() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().map(|locale| locale.lang)
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

/// A reference to baked content, compared by address: props holding content
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
    fn english_is_the_default_locale() {
        assert_eq!(default_locale().lang, "en");
        assert_eq!(languages().next(), Some("en"));
    }

    #[test]
    fn matches_language_tags_by_primary_subtag() {
        assert_eq!(locale("en-GB").map(|l| l.lang), Some("en"));
        assert_eq!(locale("EN").map(|l| l.lang), Some("en"));
        assert!(locale("xx").is_none());
        assert!(locale("").is_none());
    }
}
