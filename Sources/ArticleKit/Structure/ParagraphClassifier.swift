/// Decides what each paragraph is: body text, a heading, a list item, a byline, a caption or boilerplate.
///
/// The rules of `ParagraphRule` are applied in their order to a `ParagraphBoard`: first each paragraph on its
/// own (boilerplate phrases, bylines, list markers, captions), then in context (several short lines in a row
/// are a list, not headings; a heading must introduce body text; trailers at the end and pull quotes repeated
/// from the body are boilerplate).
enum ParagraphClassifier {
    /// Gives each of `paragraphs` (all `.body` when they come) its kind, and returns for each the rule that
    /// decided it (nil for body text no rule touched). In place: an article of ten million one-line paragraphs
    /// has room for one array of them.
    static func classify(_ text: SourceText, _ paragraphs: inout [Paragraph]) -> [ParagraphRule?] {
        var board = ParagraphBoard(text, paragraphs: paragraphs)
        paragraphs = []
        board.judgeEachAlone()
        for rule in ParagraphRule.allCases where !rule.judgesAlone { board.apply(rule) }
        swap(&paragraphs, &board.paragraphs)
        return board.rules
    }

    /// The paragraphs of `ranges` with their kinds, and the rule that decided each (for tests).
    static func classifyWithRules(_ text: SourceText, _ ranges: [TextRange]) -> (paragraphs: [Paragraph], rules: [ParagraphRule?]) {
        var paragraphs = ranges.map { Paragraph(kind: .body, range: $0) }
        let rules = classify(text, &paragraphs)
        return (paragraphs, rules)
    }
}

/// The paragraphs of an article while their kinds are decided: each paragraph's kind, the rule that decided it,
/// and what the rules found of it for later rules.
struct ParagraphBoard {
    let text: SourceText
    var paragraphs: [Paragraph]
    var rules: [ParagraphRule?]
    /// The paragraphs that have the shape of a heading (`Headings.hasHeadingShape`), found by the rule
    /// "list of short lines" for "standalone heading".
    var headingShape: [Bool]

    static let loweredLimit = 600

    init(_ text: SourceText, paragraphs: [Paragraph]) {
        self.text = text
        self.paragraphs = paragraphs
        rules = [ParagraphRule?](repeating: nil, count: paragraphs.count)
        headingShape = [Bool](repeating: false, count: paragraphs.count)
    }

    /// Paragraph `k` in lower case when it has at most `ParagraphBoard.loweredLimit` bytes (nil for longer ones).
    /// Made when asked, not kept: one per paragraph would cost more than the text of an article of short lines.
    func lowered(_ k: Int) -> LowerBytes? {
        let range = paragraphs[k].range
        return range.count <= Self.loweredLimit ? LowerBytes(text, range) : nil
    }

    /// Applies the rules that judge a paragraph alone (`ParagraphRule.judgesAlone`), in their order, to each
    /// paragraph: the first that applies decides. (Paragraph by paragraph, so that each is lowered once.)
    mutating func judgeEachAlone() {
        let aloneRules = ParagraphRule.allCases.filter(\.judgesAlone)
        for k in paragraphs.indices where rules[k] == nil {
            let l = lowered(k)
            for rule in aloneRules {
                if let kind = judge(rule, k, lowered: l) { set(k, kind, by: rule); break }
            }
        }
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
                if let kind = judge(rule, k, lowered: lowered(k)) { set(k, kind, by: rule) }
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
    func judge(_ rule: ParagraphRule, _ k: Int, lowered: LowerBytes?) -> ParagraphKind? {
        let range = paragraphs[k].range
        switch rule {
        case .boilerplatePhrase:
            // "Continue reading the main story", "(Reporting by", "Follow us on", "... Read more".
            guard let l = lowered else { return nil }
            return Furniture.hasBoilerplatePhrase(l) ? .boilerplate : nil
        case .bracketedLink:
            // "[Read: the museum reopens]", "(What we know so far)".
            guard let l = lowered else { return nil }
            return Furniture.isBracketed(l) ? .boilerplate : nil
        case .galleryCounter:
            // "1 of 18. A man walks past ..."
            guard let l = lowered else { return nil }
            return Furniture.isGalleryCounter(l) ? .boilerplate : nil
        case .chartLabel:
            // "Sales by year: 2010 - 2020".
            guard let l = lowered else { return nil }
            return Furniture.isChartLabel(l) ? .boilerplate : nil
        case .footnote:
            // "* Figures for 2014 are estimates", "** Includes ...".
            guard let l = lowered else { return nil }
            return Furniture.isFootnote(l) ? .boilerplate : nil
        case .noWords:
            // ".", "* * *": punctuation without a letter or digit.
            guard let l = lowered else { return nil }
            return l.bytes.contains(where: PhraseMatcher.isWordByte) ? nil : .boilerplate
        case .markupLeftover:
            // "<tweet id=\"12\"></tweet>", ".share-bar {": markup the conversion to text left behind.
            guard let l = lowered else { return nil }
            return Furniture.isMarkup(l) ? .boilerplate : nil
        case .linkListLabel:
            // "More harbour news:", "Related coverage:".
            guard let l = lowered else { return nil }
            return Furniture.isLinkListLabel(l) ? .boilerplate : nil
        case .contributorLine:
            // "Tom Vale contributed reporting from Lima.", "Contributing: Ana Ruiz."
            guard let l = lowered else { return nil }
            return Furniture.isContributorLine(l) ? .boilerplate : nil
        case .followLine:
            // "Follow Ana Ruiz on Twitter @anaruiz.", "Tom Vale is on Twitter at tomvale."
            guard let l = lowered else { return nil }
            return Furniture.isFollowLine(l) ? .boilerplate : nil
        case .promotionLine:
            // "Keep up with the Harbour Daily newsletter."
            guard let l = lowered else { return nil }
            return Furniture.isPromotionLine(l) ? .boilerplate : nil
        case .embedLeadIn:
            // "Watch the ad below:", "The full poll can be found here."
            guard let l = lowered else { return nil }
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
            guard let l = lowered else { return nil }
            return Furniture.isPhotoCredit(l) ? .caption : nil
        case .agencyCredit:
            // "JANE DOE/AFP/Getty Images", "Tom Vale via Getty Images.", "Top photo by Ana Ruiz".
            guard let l = lowered else { return nil }
            return Furniture.isAgencyCredit(l) ? .caption : nil
        case .dateLine:
            // "Sept. 25, 2018", "Updated 1:39 PM ET", "Sunday, May 28, 2006".
            guard let l = lowered else { return nil }
            return Furniture.isDateLine(l) ? .dateline : nil
        default:
            return nil
        }
    }
}
