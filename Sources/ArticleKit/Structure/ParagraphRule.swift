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
    case noWords
    case markupLeftover
    case linkListLabel
    case contributorLine
    case followLine
    case promotionLine
    case embedLeadIn
    case byline
    case listMarker
    case markdownHeading
    case photoCredit
    case agencyCredit
    case dateLine
    // In context.
    case photographerAfterLabel
    case listOfShortLines
    case stackedHeadings
    case numberedHeading
    case standaloneHeading
    case sentenceCaseHeading
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
        case .noWords: return "no words"
        case .markupLeftover: return "markup leftover"
        case .linkListLabel: return "link list label"
        case .contributorLine: return "contributor line"
        case .followLine: return "follow line"
        case .promotionLine: return "promotion line"
        case .embedLeadIn: return "embed lead-in"
        case .agencyCredit: return "agency credit"
        case .dateLine: return "date line"
        case .byline: return "byline"
        case .listMarker: return "list marker"
        case .markdownHeading: return "markdown heading"
        case .photoCredit: return "photo credit"
        case .photographerAfterLabel: return "photographer after a media label"
        case .listOfShortLines: return "list of short lines"
        case .stackedHeadings: return "stacked headings"
        case .numberedHeading: return "numbered heading"
        case .standaloneHeading: return "standalone heading"
        case .sentenceCaseHeading: return "sentence-case heading"
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
    var judgesAlone: Bool { rawValue <= ParagraphRule.dateLine.rawValue }
}
