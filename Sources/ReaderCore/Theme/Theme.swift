/// The parts of the screen a theme gives a style to.
public enum StyleRole: Sendable, CaseIterable {
    case titleBar, titleBarName, statusBar, statusMode, statusKey, statusMessage, statusError
    case border, borderFocused, paneTitle, paneTitleFocused
    case text, headline, heading, byline, caption, boilerplate
    case currentQuote, mention, currentMention, match, currentMatch
    case listHeader, listSelected, listSelectedUnfocused, listCount, listDim
    case overlayBorder, helpKey, tooSmall
}

/// How the reader looks: a style per role, and a distinct style per speaker for quotes.
///
/// Three built-in themes: 256 colours, 8 colours, and monochrome (for `NO_COLOR`, `--no-color` and terminals
/// without colour), which shows focus, quotes, mentions and matches with bold, underline and reverse only.
public struct Theme: Sendable, Equatable {
    public let name: String
    private let styles: [StyleRole: Style]
    private let speakers: [Style]

    public init(name: String, styles: [StyleRole: Style], speakers: [Style]) {
        self.name = name
        self.styles = styles
        self.speakers = speakers
    }

    public func style(_ role: StyleRole) -> Style { styles[role] ?? .plain }

    /// The style of quotes by the speaker at `index` in the speaker order (most quoted first); quotes without
    /// a speaker use index -1.
    public func speakerStyle(_ index: Int) -> Style {
        guard index >= 0, !speakers.isEmpty else { return Style(attributes: [.italic]) }
        return speakers[index % speakers.count]
    }

    /// The theme names accepted by `--theme` and the config file.
    public static let names = ["256", "8", "mono"]

    public static func named(_ name: String) -> Theme? {
        switch name.lowercased() {
        case "256", "256-color", "256-colour", "default": return colors256
        case "8", "8-color", "8-colour", "basic": return colors8
        case "mono", "monochrome", "none", "no-color": return monochrome
        default: return nil
        }
    }

    /// The best built-in theme for a terminal with `colors` colours.
    public static func forTerminal(colors: Int) -> Theme {
        colors >= 256 ? colors256 : colors >= 8 ? colors8 : monochrome
    }

    private static func common(accent: Color, dim: Color, headingColor: Color) -> [StyleRole: Style] {
        [
            .titleBar: Style(attributes: [.reverse]),
            .titleBarName: Style(attributes: [.reverse, .bold]),
            .statusBar: Style(attributes: [.reverse]),
            .statusMode: Style(attributes: [.reverse, .bold]),
            .statusKey: Style(attributes: [.reverse, .bold]),
            .statusMessage: Style(attributes: [.reverse, .bold]),
            .statusError: Style(foreground: .red, attributes: [.reverse, .bold]),
            .border: Style(foreground: dim),
            .borderFocused: Style(foreground: accent, attributes: [.bold]),
            .paneTitle: Style(),
            .paneTitleFocused: Style(foreground: accent, attributes: [.bold, .reverse]),
            .text: Style(),
            .headline: Style(attributes: [.bold]),
            .heading: Style(foreground: headingColor, attributes: [.bold]),
            .byline: Style(attributes: [.italic]),
            .caption: Style(foreground: dim, attributes: [.italic, .dim]),   // dimmed, as captions are beside the story
            .boilerplate: Style(foreground: dim, attributes: [.dim]),
            .currentQuote: Style(attributes: [.reverse]),
            .mention: Style(attributes: [.underline]),
            .currentMention: Style(attributes: [.underline, .bold, .reverse]),
            .match: Style(foreground: .black, background: .yellow),
            .currentMatch: Style(foreground: .black, background: .yellow, attributes: [.bold, .underline]),
            .listHeader: Style(attributes: [.bold]),
            .listSelected: Style(attributes: [.reverse, .bold]),
            .listSelectedUnfocused: Style(attributes: [.underline]),
            .listCount: Style(foreground: dim),
            .listDim: Style(foreground: dim),
            .overlayBorder: Style(foreground: accent, attributes: [.bold]),
            .helpKey: Style(foreground: accent, attributes: [.bold]),
            .tooSmall: Style(attributes: [.bold]),
        ]
    }

    public static let colors256 = Theme(
        name: "256",
        styles: common(accent: .indexed(39), dim: .indexed(244), headingColor: .indexed(75)),
        speakers: [208, 39, 70, 170, 178, 44, 203, 141, 114, 214].map { Style(foreground: .indexed($0)) })

    public static let colors8 = Theme(
        name: "8",
        styles: common(accent: .cyan, dim: .standard, headingColor: .blue),
        speakers: [Color.yellow, .cyan, .green, .magenta, .blue, .red].map { Style(foreground: $0) })

    public static let monochrome: Theme = {
        var styles: [StyleRole: Style] = [:]
        for (role, style) in common(accent: .standard, dim: .standard, headingColor: .standard) {
            styles[role] = Style(attributes: style.attributes)
        }
        styles[.match] = Style(attributes: [.reverse])
        styles[.currentMatch] = Style(attributes: [.reverse, .bold, .underline])
        styles[.currentQuote] = Style(attributes: [.reverse, .bold])
        styles[.boilerplate] = Style(attributes: [.dim])
        styles[.border] = Style()
        styles[.borderFocused] = Style(attributes: [.bold])
        return Theme(name: "mono", styles: styles, speakers: [Style(attributes: [.bold])])
    }()
}
