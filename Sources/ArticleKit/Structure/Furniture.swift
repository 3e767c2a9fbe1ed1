/// What a paragraph on its own shows of page furniture: boilerplate phrases, links, gallery counters, chart
/// labels, bylines, list markers, photo credits. The phrases are the lexicon's phrase lists
/// (`Lexicon/Lists/Phrases/`).
enum Furniture {
    static let boilerplateLines = PhraseMatcher(.boilerplateLine, .line)
    static let boilerplateOpenings = PhraseMatcher(.boilerplateOpening, .opening)
    static let boilerplateEndings = PhraseMatcher(.boilerplateEnding, .ending)
    static let boilerplateWords = PhraseMatcher(.boilerplateInside, .words)
    static let creditOpenings = PhraseMatcher(.creditOpening, .opening)
    static let creditEndings = PhraseMatcher(.creditEnding, .ending)
    static let creditLabels: [[UInt8]] = Lexicon.phrases(.creditLabel).map { Array(" \($0)".utf8) }

    /// "Continue reading the main story", "(Reporting by ...", "... Read more", "First published ...".
    static func hasBoilerplatePhrase(_ lowered: LowerBytes) -> Bool {
        let n = lowered.bytes.count
        guard n > 0, n <= 600 else { return false }
        if n <= 60 && boilerplateLines.matches(lowered) { return true }
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
        if creditOpenings.matches(lowered) || creditEndings.matches(lowered) { return true }
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
