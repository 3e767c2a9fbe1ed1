/// The rules that decide what each paragraph is, in the order `ParagraphClassifier` applies them.
///
/// The first rules judge a paragraph on its own, and the first that applies decides it; the later ones read
/// its neighbours and its place in the article, and may decide again a paragraph an earlier rule left as body
/// text or made a heading. Each rule has a test of an invented example (`ParagraphRuleTests`); add a rule where
/// it belongs in this order, with its case in `ParagraphBoard.apply(_:)`, and give it one.
enum ParagraphRule: Int, CaseIterable, Sendable {
    // On its own.
    case boilerplatePhrase
    case bracketedLink
    case galleryCounter
    case chartLabel
    case footnote
    case byline
    case listMarker
    case markdownHeading
    case photoCredit
    // In context.
    case listOfShortLines
    case standaloneHeading
    case headingWithoutText
    case linkListAfterLabel
    case authorNoteAtEnd
    case capitalCreditAtEnd
    case readerComments
    case chartBlock
    case pullQuote

    /// What the rule recognises, as its tests and the documentation name it.
    var name: String {
        switch self {
        case .boilerplatePhrase: return "boilerplate phrase"
        case .bracketedLink: return "bracketed link"
        case .galleryCounter: return "gallery counter"
        case .chartLabel: return "chart label"
        case .footnote: return "footnote"
        case .byline: return "byline"
        case .listMarker: return "list marker"
        case .markdownHeading: return "markdown heading"
        case .photoCredit: return "photo credit"
        case .listOfShortLines: return "list of short lines"
        case .standaloneHeading: return "standalone heading"
        case .headingWithoutText: return "heading without text"
        case .linkListAfterLabel: return "link list after a label"
        case .authorNoteAtEnd: return "author's note at the end"
        case .capitalCreditAtEnd: return "capital credit at the end"
        case .readerComments: return "readers' comments"
        case .chartBlock: return "chart block"
        case .pullQuote: return "pull quote"
        }
    }

    /// Whether the rule judges each paragraph alone (the first such rule that applies decides).
    var judgesAlone: Bool { rawValue <= ParagraphRule.photoCredit.rawValue }
}
