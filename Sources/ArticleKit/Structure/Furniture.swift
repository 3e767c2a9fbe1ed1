/// What a paragraph on its own shows of page furniture: boilerplate phrases, links, gallery counters, chart
/// labels, bylines, list markers, photo credits. The phrases are the lexicon's phrase lists
/// (`Lexicon/Lists/Phrases/`).
enum Furniture {
    static let boilerplateLines = PhraseMatcher(.boilerplateLine, .line)
    static let mediaLabels = PhraseMatcher(.mediaLabel, .line)
    static let mediaControls = PhraseMatcher(.mediaControl, .opening)
    static let boilerplateOpenings = PhraseMatcher(.boilerplateOpening, .opening)
    static let boilerplateEndings = PhraseMatcher(.boilerplateEnding, .ending)
    static let boilerplateWords = PhraseMatcher(.boilerplateInside, .words)
    static let creditOpenings = PhraseMatcher(.creditOpening, .opening)
    static let creditEndings = PhraseMatcher(.creditEnding, .ending)
    static let creditLabels: [[UInt8]] = Lexicon.phrases(.creditLabel).map { Array(" \($0)".utf8) }
    static let linkListLabels = PhraseMatcher(.linkListLabel, .line)
    static let linkLabelOpenings = PhraseMatcher(.linkLabelOpening, .opening)
    static let contributorOpenings = PhraseMatcher(.contributorOpening, .opening)
    static let contributorPhrases = PhraseMatcher(.contributorPhrase, .words)
    static let socialNetworks = PhraseMatcher(.socialNetwork, .words)
    static let socialNetworkNames = PhraseMatcher(.socialNetwork, .line)
    static let followOpenings = PhraseMatcher(.followOpening, .opening)
    static let promotionWords = PhraseMatcher(.promotionWord, .words)
    static let embedEndings = PhraseMatcher(.embedEnding, .ending)
    static let embedWords = PhraseMatcher(.embedWord, .words)
    static let pictureAgencies = PhraseMatcher(.pictureAgency, .line)
    static let creditPhrases = PhraseMatcher(.creditPhrase, .words)
    static let dateWords = PhraseMatcher(.dateWord, .line)
    static let figureLabels = PhraseMatcher(.figureLabel, .opening)
    static let dateLabels = PhraseMatcher(.dateLabel, .line)

    /// "Continue reading the main story", "(Reporting by ...", "... Read more", "First published ...".
    static func hasBoilerplatePhrase(_ lowered: LowerBytes) -> Bool {
        let n = lowered.bytes.count
        guard n > 0, n <= 600 else { return false }
        if n <= 60 && (boilerplateLines.matches(lowered) || mediaLabels.matches(lowered) || mediaControls.matches(lowered)) {
            return true
        }
        if boilerplateOpenings.matches(lowered) || boilerplateEndings.matches(lowered) { return true }
        return n <= 300 && boilerplateWords.matches(lowered)
    }

    /// A link in brackets: "[Read: the museum reopens]", "(What we know so far)".
    static func isBracketed(_ lowered: LowerBytes) -> Bool {
        guard let f = lowered.bytes.first, let l = lowered.bytes.last else { return false }
        return f == UInt8(ascii: "[") && l == UInt8(ascii: "]") || f == UInt8(ascii: "(") && l == UInt8(ascii: ")")
    }

    /// A gallery caption: "1 of 18. A man ...".
    static func isGalleryCounter(_ lowered: LowerBytes) -> Bool {
        guard let f = lowered.bytes.first, f >= 0x30 && f <= 0x39 else { return false }
        let parts = lowered.string.split(separator: " ", maxSplits: 3)
        guard parts.count >= 3 else { return false }
        return parts[0].allSatisfy(\.isNumber) && parts[1] == "of" && parts[2].hasSuffix(".")
            && parts[2].dropLast().allSatisfy(\.isNumber)
    }

    /// A chart label: "Sales by year: 2010 - 2020", a short line with a colon before a number and no final stop.
    static func isChartLabel(_ lowered: LowerBytes) -> Bool {
        let bytes = lowered.bytes
        guard bytes.count <= 120, let l = bytes.last, l != UInt8(ascii: "."),
              let colon = bytes.lastIndex(of: UInt8(ascii: ":")) else { return false }
        // Not a time ("1:39 PM"): a colon between digits.
        guard colon > 0, !(bytes[colon - 1] >= 0x30 && bytes[colon - 1] <= 0x39) else { return false }
        var i = colon + 1
        while i < bytes.count && bytes[i] == 0x20 { i += 1 }
        return i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39
    }

    /// A note under a chart or table, marked with asterisks: "* Figures for 2014 are estimates".
    static func isFootnote(_ lowered: LowerBytes) -> Bool {
        let b = lowered.bytes
        return b.count >= 2 && b[0] == UInt8(ascii: "*")
            && (b[1] == 0x20 || b.count >= 3 && b[1] == UInt8(ascii: "*") && b[2] == 0x20)
    }

    /// Markup that a conversion to text left behind: a tag ("<tweet id=\"12\"></tweet>") or a style sheet's
    /// line (".share-bar {", "}").
    static func isMarkup(_ lowered: LowerBytes) -> Bool {
        let b = lowered.bytes
        guard let f = b.first, let l = b.last else { return false }
        if f == UInt8(ascii: "<") && b.count >= 3 && (PhraseMatcher.isWordByte(b[1]) || b[1] == UInt8(ascii: "/"))
            && b.contains(UInt8(ascii: ">")) {
            // Only tags: an embedded post with its words ("<tweet ...>Polls close at eight</tweet>") is text.
            var inTag = false
            for c in b {
                if c == UInt8(ascii: "<") { inTag = true } else if c == UInt8(ascii: ">") { inTag = false }
                else if !inTag && PhraseMatcher.isWordByte(c) { return false }
            }
            return true
        }
        if l == UInt8(ascii: "{") || b == [UInt8(ascii: "}")] { return true }
        // A style declaration: "font-size:15px;", "border-top:1px solid #ccc;".
        if l == UInt8(ascii: ";"), let colon = b.firstIndex(of: UInt8(ascii: ":")), colon > 0,
           b[..<colon].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 == UInt8(ascii: "-") }), !b.contains(0x20) || colon + 1 < b.count && b[colon + 1] != 0x20 {
            return true
        }
        return false
    }

    /// A label that introduces links to other stories: "Read more:", "More harbour news:", "Related coverage:".
    static func isLinkListLabel(_ lowered: LowerBytes) -> Bool {
        guard lowered.bytes.count <= 60 else { return false }
        if linkListLabels.matches(lowered) { return true }
        return lowered.bytes.last == UInt8(ascii: ":") && linkLabelOpenings.matches(lowered)
    }

    /// Whether the paragraph has a double quotation mark (" “ ”), which furniture lines do not.
    static func hasQuotationMarks(_ lowered: LowerBytes) -> Bool {
        let b = lowered.bytes
        if b.contains(UInt8(ascii: "\"")) { return true }
        var i = 0
        while i + 2 < b.count {
            if b[i] == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0x9C || b[i + 2] == 0x9D) { return true }
            i += 1
        }
        return false
    }

    /// A line that credits the reporters who helped: "Tom Vale contributed reporting from Lima.", "Contributing:
    /// Ana Ruiz and Tom Vale."
    static func isContributorLine(_ lowered: LowerBytes) -> Bool {
        guard lowered.bytes.count <= 300 else { return false }
        if contributorOpenings.matches(lowered) { return true }
        return contributorPhrases.matches(lowered) && !hasQuotationMarks(lowered)
    }

    /// A line that asks the reader to follow someone on a social network: "Follow Ana Ruiz on Twitter @anaruiz.",
    /// "Tom Vale is on Twitter at tomvale."
    static func isFollowLine(_ lowered: LowerBytes) -> Bool {
        guard lowered.bytes.count <= 300, !hasQuotationMarks(lowered) else { return false }
        let network = socialNetworks.matches(lowered)
        if followOpenings.matches(lowered) {
            return network || lowered.bytes.contains(UInt8(ascii: "@")) || lowered.contains("http")
        }
        return network && lowered.containsWords(Array("is on".utf8)) && lowered.bytes.count <= 150
    }

    /// A line that promotes the publisher's newsletters: "Keep up with the Harbour Daily newsletter."
    static func isPromotionLine(_ lowered: LowerBytes) -> Bool {
        lowered.bytes.count <= 200 && promotionWords.matches(lowered) && !hasQuotationMarks(lowered)
    }

    /// A line that points at something embedded in the page: "Watch the ad below:", "The full poll can be found
    /// here."
    static func isEmbedLeadIn(_ lowered: LowerBytes) -> Bool {
        lowered.bytes.count <= 300 && embedEndings.matches(lowered) && embedWords.matches(lowered)
    }

    /// A photo credit without a label: sources joined by "/" or "via" of which one is a picture agency or a
    /// social network ("JANE DOE/AFP/Getty Images", "Tom Vale via Getty Images.", "Facebook/Ana Ruiz"), an
    /// agency alone ("Getty."), or a short line that says who took or licensed a picture ("Top photo by Ana
    /// Ruiz", "... is licensed under CC BY 2.0").
    static func isAgencyCredit(_ lowered: LowerBytes) -> Bool {
        var b = lowered.bytes[...]
        guard b.count <= 160 else { return false }
        while let l = b.last, l == UInt8(ascii: ".") || l == UInt8(ascii: ")") || l == 0x20 { b = b.dropLast() }
        while let f = b.first, f == UInt8(ascii: "(") || f == 0x20 { b = b.dropFirst() }
        guard !b.isEmpty else { return false }
        let core = LowerBytes(b)
        let words = b.split(separator: 0x20).count
        if words <= 16 && creditPhrases.matches(core) { return true }
        guard b.count <= 100 else { return false }
        // Sources split at "/", "|" and " via ".
        var segments: [LowerBytes] = []
        var start = b.startIndex
        var i = b.startIndex
        let via = Array(" via ".utf8)
        while i < b.endIndex {
            if b[i] == UInt8(ascii: "/") || b[i] == UInt8(ascii: "|") {
                segments.append(LowerBytes(b[start..<i])); i += 1; start = i; continue
            }
            if b[i] == 0x20 && i + via.count <= b.endIndex && Array(b[i..<i + via.count]) == via {
                segments.append(LowerBytes(b[start..<i])); i += via.count; start = i; continue
            }
            i += 1
        }
        segments.append(LowerBytes(b[start..<b.endIndex]))
        segments = segments.map { s in
            var t = s.bytes[...]
            while let f = t.first, f == 0x20 { t = t.dropFirst() }
            while let l = t.last, l == 0x20 { t = t.dropLast() }
            return LowerBytes(t)
        }
        if segments.count == 1 { return pictureAgencies.matches(segments[0]) }
        return segments.contains { pictureAgencies.matches($0) || socialNetworkNames.matches($0) }
            && segments.allSatisfy { !$0.bytes.isEmpty && $0.bytes.split(separator: 0x20).count <= 5 }
    }

    /// The caption of a figure or table: "Figure 2. Rainfall by month", "Table 1: Ferry routes".
    static func isFigureLabel(_ lowered: LowerBytes) -> Bool {
        let b = lowered.bytes
        guard b.count <= 300, figureLabels.matches(lowered), let space = b.firstIndex(of: 0x20) else { return false }
        var i = space + 1
        let digits = i
        while i < b.count && (b[i] >= 0x30 && b[i] <= 0x39 || b[i] == UInt8(ascii: ".") && i + 1 < b.count && b[i + 1] != 0x20) { i += 1 }
        guard i > digits, i < b.count else { return false }
        return b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ":")
    }

    /// A standalone date or time: numbers with month, weekday, time or zone words ("Sept. 25, 2018", "Updated
    /// 1:39 PM ET", "22 Dec, 2016"), nothing else but labels ("updated", "on", "at").
    static func isDateLine(_ lowered: LowerBytes) -> Bool {
        let b = lowered.bytes
        guard b.count <= 80, let f = b.first, PhraseMatcher.isWordByte(f) || f == UInt8(ascii: "(") else { return false }
        var numbers = 0, named = 0
        var i = 0
        while i < b.count {
            // A word: letters, digits and the dots and colons inside it ("a.m.", "1:39").
            guard PhraseMatcher.isWordByte(b[i]) else { i += 1; continue }
            var j = i
            while j < b.count && (PhraseMatcher.isWordByte(b[j]) || b[j] == UInt8(ascii: ".") || b[j] == UInt8(ascii: ":")) { j += 1 }
            var end = j
            while end > i && (b[end - 1] == UInt8(ascii: ".") || b[end - 1] == UInt8(ascii: ":")) { end -= 1 }
            let word = b[i..<end]
            if word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }) {
                numbers += 1
            } else if let digitEnd = word.firstIndex(where: { !($0 >= 0x30 && $0 <= 0x39) }), digitEnd > i,
                      dateLabels.matches(LowerBytes(word[digitEnd...])) {
                numbers += 1   // "28th", "1st"
            } else if dateWords.matches(LowerBytes(word)) {
                named += 1
            } else if !dateLabels.matches(LowerBytes(word)) {
                return false
            }
            i = j
        }
        return numbers >= 1 && named >= 1
    }

    /// "photographer after a media label": a name line right after a media label ("View photo", then "Ana
    /// Ruiz") or a line without words credits the picture.
    static func markPhotographersAfterLabels(_ board: inout ParagraphBoard) {
        for k in 1..<max(1, board.count) where board.rules[k] == nil && board.kind(k) == .body {
            guard board.rules[k - 1] == .noWords || board.lowered(k - 1).map(mediaLabels.matches) == true,
                  Headings.isNameLine(board.text, board.range(k)) else { continue }
            board.set(k, .caption, by: .photographerAfterLabel)
        }
    }

    /// "By Jane Doe", "By JANE DOE and JOHN ROE": a short line starting with "By " and a capitalised name.
    static func isByline(_ text: SourceText, _ range: TextRange) -> Bool {
        // The first word is "By" or "BY": look no further when the line does not start so.
        let b = text.bytes
        guard range.count >= 2, b[range.start] == UInt8(ascii: "B"), b[range.start + 1] | 0x20 == UInt8(ascii: "y") else {
            return false
        }
        let words = Words.split(text, range, limit: 11)
        guard words.count >= 2, words.count <= 10 else { return false }
        let first = text.string(words[0])
        guard first == "By" || first == "BY" else { return false }
        return Words.isCapitalized(text, words[1])
    }

    /// The length in bytes of a list marker ("- ", "* ", "• ", "1. ", "2) ") at the start of `range`, or 0.
    static func listMarkerLength(_ text: SourceText, _ range: TextRange) -> Int {
        let b = text.bytes
        guard range.count >= 2 else { return 0 }
        let s = range.start
        if (b[s] == UInt8(ascii: "-") || b[s] == UInt8(ascii: "*")) && b[s + 1] == UInt8(ascii: " ") { return 2 }
        if b[s] == 0xE2 && range.count >= 4 && b[s + 1] == 0x80 && b[s + 2] == 0xA2 && b[s + 3] == 0x20 { return 4 }
        var i = s
        while i < range.end && i - s < 3 && (0x30...0x39).contains(b[i]) { i += 1 }
        if i > s && i + 1 < range.end && (b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")"))
            && b[i + 1] == UInt8(ascii: " ") {
            return i + 2 - s
        }
        return 0
    }

    /// Photo and graphic captions and credits: "Photo: Jane Doe", "... (Reuters)", "... Source: AFP".
    static func isPhotoCredit(_ lowered: LowerBytes) -> Bool {
        let bytes = lowered.bytes
        guard !bytes.isEmpty, bytes.count <= 500 else { return false }
        if creditOpenings.matches(lowered) || creditEndings.matches(lowered) || isFigureLabel(lowered) { return true }
        // "A man walks past ... Source: AFP", "... Picture: Getty": a label among the last 60 bytes that ends
        // less than 40 bytes before the end.
        let tailStart = max(0, bytes.count - 60)
        var colon = bytes.count - 2
        while colon > tailStart {
            if bytes[colon] == UInt8(ascii: ":") && bytes[colon + 1] == 0x20 {
                for label in creditLabels {
                    let start = colon - label.count
                    if start >= tailStart && bytes.count - start - (label.count + 2) < 40 && lowered.matches(label, at: start) {
                        return true
                    }
                }
            }
            colon -= 1
        }
        return false
    }
}
