/// Decides what each paragraph is: body text, a heading, a list item, a byline, a caption or boilerplate.
///
/// The rules of `ParagraphRule` are applied in their order to a `ParagraphBoard`: first each paragraph on its
/// own (boilerplate phrases, bylines, list markers, captions), then in context (several short lines in a row
/// are a list, not headings; a heading must introduce body text; trailers at the end and pull quotes repeated
/// from the body are boilerplate).
enum ParagraphClassifier {
    /// The paragraphs with their kinds, and for each the rule that decided it (nil for body text no rule
    /// touched).
    static func classifyWithRules(_ text: SourceText, _ ranges: [TextRange]) -> (paragraphs: [Paragraph], rules: [ParagraphRule?]) {
        var board = ParagraphBoard(text, ranges)
        for rule in ParagraphRule.allCases { board.apply(rule) }
        return (board.paragraphs, board.rules)
    }
}

/// The paragraphs of an article while their kinds are decided: each paragraph's kind, the rule that decided it,
/// and what the rules read of it more than once.
struct ParagraphBoard {
    let text: SourceText
    var paragraphs: [Paragraph]
    var rules: [ParagraphRule?]
    /// Each paragraph of at most `ParagraphBoard.loweredLimit` bytes in lower case (nil for longer ones).
    let lowered: [LowerBytes?]
    /// The paragraphs that have the shape of a heading (`Headings.hasHeadingShape`), found by the rule
    /// "list of short lines" for "standalone heading".
    var headingShape: [Bool]

    static let loweredLimit = 600

    init(_ text: SourceText, _ ranges: [TextRange]) {
        self.text = text
        paragraphs = ranges.map { Paragraph(kind: .body, range: $0) }
        rules = [ParagraphRule?](repeating: nil, count: ranges.count)
        lowered = ranges.map { $0.count <= Self.loweredLimit ? LowerBytes(text, $0) : nil }
        headingShape = [Bool](repeating: false, count: ranges.count)
    }

    var count: Int { paragraphs.count }

    func kind(_ k: Int) -> ParagraphKind { paragraphs[k].kind }
    func range(_ k: Int) -> TextRange { paragraphs[k].range }

    mutating func set(_ k: Int, _ kind: ParagraphKind, by rule: ParagraphRule) {
        paragraphs[k].kind = kind
        rules[k] = rule
    }

    /// Applies one rule to every paragraph it may decide.
    mutating func apply(_ rule: ParagraphRule) {
        if rule.judgesAlone {
            for k in paragraphs.indices where rules[k] == nil {
                if let kind = judge(rule, k) { set(k, kind, by: rule) }
            }
            return
        }
        switch rule {
        case .photographerAfterLabel: Furniture.markPhotographersAfterLabels(&self)
        case .listOfShortLines: Headings.markListsOfShortLines(&self)
        case .stackedHeadings: Headings.markStackedHeadings(&self)
        case .numberedHeading: Headings.markNumberedHeadings(&self)
        case .standaloneHeading: Headings.markStandaloneHeadings(&self)
        case .sentenceCaseHeading: Headings.markSentenceCaseHeadings(&self)
        case .headingWithoutText: Headings.demoteHeadingsWithoutText(&self)
        case .linkListAfterLabel: Trailers.markLinkLists(&self)
        case .authorNoteAtEnd: Trailers.markAuthorNotes(&self)
        case .capitalCreditAtEnd: Trailers.markClosingLines(&self, rule, Trailers.isCapitalCredit)
        case .readerComments: Trailers.markReaderComments(&self)
        case .chartBlock: Trailers.markChartBlocks(&self)
        case .pullQuote: PullQuotes.mark(&self)
        default: break
        }
    }

    /// The kind a rule that judges a paragraph alone gives paragraph `k`, nil when it does not apply.
    func judge(_ rule: ParagraphRule, _ k: Int) -> ParagraphKind? {
        let range = paragraphs[k].range
        switch rule {
        case .boilerplatePhrase:
            // "Continue reading the main story", "(Reporting by", "Follow us on", "... Read more".
            guard let l = lowered[k] else { return nil }
            return Furniture.hasBoilerplatePhrase(l) ? .boilerplate : nil
        case .bracketedLink:
            // "[Read: the museum reopens]", "(What we know so far)".
            guard let l = lowered[k] else { return nil }
            return Furniture.isBracketed(l) ? .boilerplate : nil
        case .galleryCounter:
            // "1 of 18. A man walks past ..."
            guard let l = lowered[k] else { return nil }
            return Furniture.isGalleryCounter(l) ? .boilerplate : nil
        case .chartLabel:
            // "Sales by year: 2010 - 2020".
            guard let l = lowered[k] else { return nil }
            return Furniture.isChartLabel(l) ? .boilerplate : nil
        case .footnote:
            // "* Figures for 2014 are estimates", "** Includes ...".
            guard let l = lowered[k] else { return nil }
            return Furniture.isFootnote(l) ? .boilerplate : nil
        case .noWords:
            // ".", "* * *": punctuation without a letter or digit.
            guard let l = lowered[k] else { return nil }
            return l.bytes.contains(where: PhraseMatcher.isWordByte) ? nil : .boilerplate
        case .markupLeftover:
            // "<tweet id=\"12\"></tweet>", ".share-bar {": markup the conversion to text left behind.
            guard let l = lowered[k] else { return nil }
            return Furniture.isMarkup(l) ? .boilerplate : nil
        case .linkListLabel:
            // "More harbour news:", "Related coverage:".
            guard let l = lowered[k] else { return nil }
            return Furniture.isLinkListLabel(l) ? .boilerplate : nil
        case .contributorLine:
            // "Tom Vale contributed reporting from Lima.", "Contributing: Ana Ruiz."
            guard let l = lowered[k] else { return nil }
            return Furniture.isContributorLine(l) ? .boilerplate : nil
        case .followLine:
            // "Follow Ana Ruiz on Twitter @anaruiz.", "Tom Vale is on Twitter at tomvale."
            guard let l = lowered[k] else { return nil }
            return Furniture.isFollowLine(l) ? .boilerplate : nil
        case .promotionLine:
            // "Keep up with the Harbour Daily newsletter."
            guard let l = lowered[k] else { return nil }
            return Furniture.isPromotionLine(l) ? .boilerplate : nil
        case .embedLeadIn:
            // "Watch the ad below:", "The full poll can be found here."
            guard let l = lowered[k] else { return nil }
            return Furniture.isEmbedLeadIn(l) ? .boilerplate : nil
        case .byline:
            // "By Jane Doe" among the first lines.
            return k < 3 && Furniture.isByline(text, range) ? .byline : nil
        case .listMarker:
            // "- apples", "• pears", "2) plums".
            return Furniture.listMarkerLength(text, range) > 0 ? .listItem : nil
        case .markdownHeading:
            // "## Background".
            return MarkdownSyntax.headingLevel(text, range) > 0 ? .heading : nil
        case .photoCredit:
            // "Photo: Jane Doe", "A man walks past the bank. (Reuters)", "... Picture: Getty".
            guard let l = lowered[k] else { return nil }
            return Furniture.isPhotoCredit(l) ? .caption : nil
        case .agencyCredit:
            // "JANE DOE/AFP/Getty Images", "Tom Vale via Getty Images.", "Top photo by Ana Ruiz".
            guard let l = lowered[k] else { return nil }
            return Furniture.isAgencyCredit(l) ? .caption : nil
        case .dateLine:
            // "Sept. 25, 2018", "Updated 1:39 PM ET", "Sunday, May 28, 2006".
            guard let l = lowered[k] else { return nil }
            return Furniture.isDateLine(l) ? .dateline : nil
        default:
            return nil
        }
    }
}
