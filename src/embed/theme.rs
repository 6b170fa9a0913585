//! Colour contrast for a clinic's accent colour: if text in that colour
//! would fail WCAG AA (4.5:1) on the widget's background, the widget uses a
//! darker (or, on a dark background, lighter) variant and says so. Pure
//! logic, tested natively.

/// WCAG AA contrast for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

pub type Rgb = [u8; 3];

/// Reads a computed colour: `rgb(r, g, b)` or `rgba(r, g, b, a)`.
pub fn parse_rgb(css: &str) -> Option<Rgb> {
    let inner = css
        .trim()
        .strip_prefix("rgb")?
        .trim_start_matches('a')
        .strip_prefix('(')?
        .strip_suffix(')')?;
    let mut parts = inner.split([',', ' ', '/']).filter(|p| !p.is_empty());
    let mut channel = || channel(parts.next()?);
    Some([channel()?, channel()?, channel()?])
}

/// One channel, `0`–`255`, maybe with decimals (rounded). Parsed by hand:
/// a float parser would add 5 KB to the wasm.
fn channel(text: &str) -> Option<u8> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let round_up = fraction.bytes().next().is_some_and(|d| d >= b'5');
    let value = whole.parse::<u16>().ok()? + u16::from(round_up);
    Some(value.min(255) as u8)
}

/// `rgb(r, g, b)`.
pub fn css(rgb: Rgb) -> String {
    let [r, g, b] = rgb.map(u32::from);
    [
        "rgb(",
        &r.to_string(),
        ", ",
        &g.to_string(),
        ", ",
        &b.to_string(),
        ")",
    ]
    .concat()
}

/// WCAG relative luminance.
pub fn luminance(rgb: Rgb) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// `x^2.4` for `x` in 0.04..=1, as the fifth root of `x^12` by Newton's
/// method: `powf` would bring 2 KB of libm into the wasm.
fn pow_2_4(x: f64) -> f64 {
    let x4 = (x * x) * (x * x);
    let x12 = x4 * x4 * x4;
    // x^2 is above the root for x <= 1, and Newton's method falls to it
    // from above without overshooting.
    let mut y = x * x;
    for _ in 0..16 {
        y = (4.0 * y + x12 / ((y * y) * (y * y))) / 5.0;
    }
    y
}

/// WCAG contrast ratio, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The accent itself if it reads well on `background`; otherwise the
/// closest variant that does, mixed towards black on a light background
/// and towards white on a dark one.
pub fn readable_accent(accent: Rgb, background: Rgb) -> Rgb {
    let target: f64 = if luminance(background) > 0.18 {
        0.0
    } else {
        255.0
    };
    (0..=20)
        .map(|step| {
            let t = f64::from(step) / 20.0;
            accent.map(|c| (f64::from(c) + (target - f64::from(c)) * t).round() as u8)
        })
        .find(|variant| contrast(*variant, background) >= MIN_CONTRAST)
        .unwrap_or(if target == 0.0 {
            [0, 0, 0]
        } else {
            [255, 255, 255]
        })
}

/// A ratio to one decimal place ("4.6"), without pulling float formatting
/// into the wasm.
pub fn ratio(value: f64) -> String {
    let tenths = (value * 10.0).round() as u32;
    [&(tenths / 10).to_string(), ".", &(tenths % 10).to_string()].concat()
}

/// The console warning when the accent is replaced.
pub fn warning(accent: Rgb, background: Rgb, used: Rgb) -> String {
    [
        "<baclofen-guide>: the accent colour ",
        &css(accent),
        " has a contrast of ",
        &ratio(contrast(accent, background)),
        ":1 on the background ",
        &css(background),
        ", below the 4.5:1 WCAG AA needs for text. Using ",
        &css(used),
        " (",
        &ratio(contrast(used, background)),
        ":1) instead.",
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    #[test]
    fn pow_2_4_matches_powf_for_every_channel() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (got, want) = (super::pow_2_4(x), x.powf(2.4));
            assert!((got - want).abs() < 1e-12, "channel {c}: {got} != {want}");
        }
    }

    use super::*;

    const WHITE: Rgb = [255, 255, 255];
    const BLACK: Rgb = [0, 0, 0];

    #[test]
    fn reads_computed_colours() {
        assert_eq!(parse_rgb("rgb(0, 94, 184)"), Some([0, 94, 184]));
        assert_eq!(parse_rgb("rgba(255, 221, 0, 0.5)"), Some([255, 221, 0]));
        assert_eq!(parse_rgb("rgb(12 34 56 / 50%)"), Some([12, 34, 56]));
        assert_eq!(parse_rgb("rgb(12.5, 34.49, 255.9)"), Some([13, 34, 255]));
        assert_eq!(parse_rgb("rgb(12.5, 34.49, 255.9)"), Some([13, 34, 255]));
        assert_eq!(parse_rgb("#ffdd00"), None);
        assert_eq!(parse_rgb("rgb(1, 2)"), None);
    }

    #[test]
    fn computes_wcag_contrast() {
        assert!((contrast(BLACK, WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // NHS blue on white: 6.4:1 to one decimal place.
        assert_eq!(ratio(contrast([0, 94, 184], WHITE)), "6.4");
    }

    #[test]
    fn keeps_a_readable_accent() {
        assert_eq!(readable_accent([0, 94, 184], WHITE), [0, 94, 184]);
    }

    #[test]
    fn darkens_a_pale_accent_on_light_and_lightens_a_dark_one_on_dark() {
        let yellow = [255, 221, 0];
        let used = readable_accent(yellow, WHITE);
        assert!(contrast(used, WHITE) >= MIN_CONTRAST);
        assert!(luminance(used) < luminance(yellow));
        let navy = [0, 0, 128];
        let dark = [21, 25, 28];
        let used = readable_accent(navy, dark);
        assert!(contrast(used, dark) >= MIN_CONTRAST);
        assert!(luminance(used) > luminance(navy));
    }

    #[test]
    fn the_warning_names_both_colours_and_ratios() {
        let text = warning([255, 221, 0], WHITE, readable_accent([255, 221, 0], WHITE));
        assert!(text.contains("rgb(255, 221, 0)"), "{text}");
        assert!(text.contains("1.3:1"), "{text}");
        assert!(text.contains("4.5:1"), "{text}");
    }
}
