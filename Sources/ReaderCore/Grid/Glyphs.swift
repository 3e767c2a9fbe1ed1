import ArticleKit

/// One thing drawn in the grid: a printable scalar with its combining marks, and the columns it takes (1 or 2).
public struct Glyph: Hashable, Sendable {
    /// What to draw: one spacing scalar followed by up to four combining marks.
    public var text: String
    public var width: Int
}

/// Turning text into glyphs that the grid and every terminal measure the same way.
///
/// Article text is data, never terminal commands: control characters (ESC included) and bidirectional overrides
/// become visible symbols; zero-width joiners and variation selectors are dropped (terminals disagree on the
/// width of emoji sequences); combining marks stay on their base letter, at most four of them; regional
/// indicator letters (flags) are shown as plain capital letters. The original text is never changed: this is
/// only how it is drawn.
public enum Glyphs {
    /// The most combining marks kept on one glyph (ncurses cells hold five characters).
    public static let maxCombiningMarks = 4

    /// Calls `body` with each glyph of `string`.
    public static func forEach(in string: String, _ body: (Glyph) -> Void) {
        forEach(in: string.unicodeScalars, body)
    }

    /// Calls `body` with each glyph of a sequence of scalars.
    public static func forEach<S: Sequence>(in scalars: S, _ body: (Glyph) -> Void) where S.Element == Unicode.Scalar {
        var current = String.UnicodeScalarView()
        var width = 0
        var marks = 0
        func flush() {
            if !current.isEmpty { body(Glyph(text: String(current), width: width)) }
            current = String.UnicodeScalarView()
            width = 0
            marks = 0
        }
        for scalar in scalars {
            if let shown = displayed(scalar) {
                let w = DisplayWidth.of(shown)
                if w == 0 {
                    if current.isEmpty { continue }  // a mark with nothing to sit on
                    if marks < maxCombiningMarks { current.append(shown); marks += 1 }
                } else {
                    flush()
                    current.append(shown)
                    width = w
                }
            }
        }
        flush()
    }

    /// Whether `scalar` is not drawn at all: a soft hyphen, zero-width spaces and joiners, variation selectors,
    /// skin-tone modifiers, tags and other invisible format characters. Search passes over them too, so that
    /// what the screen shows is what `/` finds ("Vla\u{AD}dimir" is drawn, and found, as "Vladimir").
    @inline(__always)
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool { displayed(scalar) == nil }

    /// What is drawn for `scalar`: itself, a visible stand-in, or nothing (nil).
    @inline(__always)
    public static func displayed(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return scalar }
        switch v {
        case 0x09, 0x0A, 0x0D: return " "
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0xAD:
            return nil  // zero-width spaces and joiners, variation selectors, BOM, soft hyphen
        case 0x1F3FB...0x1F3FF:
            return nil  // emoji skin-tone modifiers: terminals disagree on their width
        case 0x1F1E6...0x1F1FF:
            return Unicode.Scalar(v - 0x1F1E6 + 0x41)  // regional indicator → A...Z
        case 0xE0000...0xE007F:
            return nil  // tag characters
        default:
            if let replacement = VisibleText.replacement(for: scalar) { return replacement }
            switch scalar.properties.generalCategory {
            case .unassigned, .privateUse, .surrogate: return "\u{FFFD}"
            case .lineSeparator, .paragraphSeparator: return " "
            case .format: return nil
            default: return scalar
            }
        }
    }
}
