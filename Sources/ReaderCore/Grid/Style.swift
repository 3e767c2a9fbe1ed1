/// A terminal colour: the terminal's own default, one of the 16 ANSI colours, or a 256-colour palette index.
public enum Color: Hashable, Sendable {
    case standard
    case ansi(UInt8)
    case indexed(UInt8)

    public static let black = Color.ansi(0), red = Color.ansi(1), green = Color.ansi(2), yellow = Color.ansi(3)
    public static let blue = Color.ansi(4), magenta = Color.ansi(5), cyan = Color.ansi(6), white = Color.ansi(7)
}

/// Text attributes that work without colour (the monochrome theme relies on them).
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let underline = Attributes(rawValue: 1 << 2)
    public static let reverse = Attributes(rawValue: 1 << 3)
    public static let italic = Attributes(rawValue: 1 << 4)
}

/// How a cell looks: foreground, background and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: Attributes

    public init(foreground: Color = .standard, background: Color = .standard, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    /// This style with `other` laid over it: other's colours where it sets them, attributes combined.
    public func patched(with other: Style) -> Style {
        Style(foreground: other.foreground == .standard ? foreground : other.foreground,
              background: other.background == .standard ? background : other.background,
              attributes: attributes.union(other.attributes))
    }
}
