/// Decides what each paragraph is: body text, a heading, a list item, a byline, a caption or boilerplate.
///
/// Each paragraph is first judged on its own (boilerplate phrases, bylines, list markers, captions, short
/// standalone lines that may be headings), then in context: several short lines in a row are a list, not
/// headings; a heading must introduce body text; trailers at the end (author notes, reader comments, link lists
/// after "Read more:") and pull quotes repeated from the body are boilerplate.
enum ParagraphClassifier {
    /// Gives each of `paragraphs` (all `.body` when they come) its kind. (In place: an article of ten million
    /// one-line paragraphs has room for one array of them.)
    static func classify(_ text: SourceText, _ paragraphs: inout [Paragraph], title: TextRange) {
        var headingCandidate = [Bool](repeating: false, count: paragraphs.count)
        for k in paragraphs.indices {
            let range = paragraphs[k].range
            let lowered = range.count <= 600 ? LowerBytes(text, range) : nil
            if let lowered, Boilerplate.matches(lowered) {
                paragraphs[k].kind = .boilerplate
            } else if k < 3 && isByline(text, range) {
                paragraphs[k].kind = .byline
            } else if listMarkerLength(text, range) > 0 {
                paragraphs[k].kind = .listItem
            } else if MarkdownSyntax.headingLevel(text, range) > 0 {
                paragraphs[k].kind = .heading
            } else if let lowered, Captions.matches(lowered) {
                paragraphs[k].kind = .caption
            } else if looksLikeHeading(text, range) {
                headingCandidate[k] = true
            }
        }
        // Short standalone lines: a heading when alone between body paragraphs, a list when several follow
        // each other ("1 Ana Ruiz (Spain)", award categories).
        var shortLine = [Bool](repeating: false, count: paragraphs.count)
        for k in paragraphs.indices where paragraphs[k].kind == .body {
            shortLine[k] = headingCandidate[k] || isShortLine(text, paragraphs[k].range)
        }
        var k = 0
        while k < paragraphs.count {
            guard shortLine[k] else { k += 1; continue }
            var end = k
            while end + 1 < paragraphs.count && shortLine[end + 1] { end += 1 }
            if end > k {
                for j in k...end { paragraphs[j].kind = .listItem }
            } else if headingCandidate[k] && k + 1 < paragraphs.count && paragraphs[k + 1].kind == .body {
                paragraphs[k].kind = .heading
            }
            k = end + 1
        }
        // A heading must introduce text: one followed only by other headings or boilerplate is body.
        let lastText = paragraphs.lastIndex { $0.kind == .body || $0.kind == .listItem } ?? -1
        for k in paragraphs.indices where paragraphs[k].kind == .heading && k > lastText {
            paragraphs[k].kind = .body
        }
        Trailers.mark(text, &paragraphs)
        PullQuotes.mark(text, &paragraphs)
    }

    /// A line too short and unpunctuated to be a paragraph of prose ("Five things we learned").
    static func isShortLine(_ text: SourceText, _ range: TextRange) -> Bool {
        guard range.count <= 70 * 4 else { return false }
        let scalars = text.scalarCount(in: range)
        guard scalars <= 70 else { return false }
        let last = text.scalar(at: text.scalarStart(before: range.end)).scalar
        return !".,;:!?\"”’'".unicodeScalars.contains(last)
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

    /// A short standalone line that names a section: title-case or all-caps words (a few sentence-case words
    /// too), no sentence punctuation at the end. Quoted lines (‘Serious Approach’) count when the quote covers
    /// the whole line.
    static func looksLikeHeading(_ text: SourceText, _ range: TextRange) -> Bool {
        guard range.count <= 70 * 4 else { return false }
        let scalars = text.scalarCount(in: range)
        guard scalars >= 2, scalars <= 70 else { return false }
        let last = text.scalar(at: text.scalarStart(before: range.end)).scalar
        if ".,;:!?".unicodeScalars.contains(last) { return false }
        let words = Words.split(text, range, limit: 10)
        guard !words.isEmpty, words.count <= 9 else { return false }
        guard Words.isCapitalized(text, words[0]) else { return false }
        // "Label: text" lines are headings only when the label is not a link or media label.
        var capitalized = 0, lowercaseContent = 0
        for word in words {
            if Words.isCapitalized(text, word) { capitalized += 1 } else if !Words.isMinorWord(text, word) {
                lowercaseContent += 1
            }
        }
        if lowercaseContent == 0 || (words.count >= 3 && lowercaseContent * 4 < words.count && capitalized >= 2) {
            return true
        }
        // Sentence case: "Trade talks", "After the storm".
        return words.count <= 5 && !Boilerplate.startsWithPromptVerb(text, range)
    }
}

/// Photo and graphic captions and credits.
enum Captions {
    static let creditSuffixes: [String] = [
        "(reuters)", "(ap)", "(afp)", "(getty images)", "(epa)", "(bloomberg)", "getty images", "source: supplied",
        "(photo)", "(file photo)", "(ap photo)",
    ]
    static let prefixesByFirstByte = PatternsByByte(creditPrefixes, byFirstByte: true)
    static let suffixesByLastByte = PatternsByByte(creditSuffixes, byFirstByte: false)
    static let creditPrefixes: [String] = ["photo:", "picture:", "photograph:", "image:", "pictured:", "caption:",
                                           "above:", "below:", "top:", "credit:"]
    /// Labels of a credit at the end of a caption, each followed by ": " (" source: ").
    static let creditLabels: [[UInt8]] = [" source", " picture", " photo", " credit"].map { Array($0.utf8) }

    static func matches(_ lowered: LowerBytes) -> Bool {
        let bytes = lowered.bytes
        guard bytes.count <= 500 else { return false }
        guard let f = bytes.first, let l = bytes.last else { return false }
        if prefixesByFirstByte[f].contains(where: { lowered.hasPrefix($0) }) { return true }
        if suffixesByLastByte[l].contains(where: { lowered.hasSuffix($0) }) { return true }
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

/// Byte patterns grouped by their first (or last) byte, so that a line is compared only with the few patterns
/// that could match it.
struct PatternsByByte: Sendable {
    private var groups = [[[UInt8]]](repeating: [], count: 256)

    init(_ patterns: [String], byFirstByte: Bool) {
        for p in patterns {
            let bytes = Array(p.utf8)
            groups[Int(byFirstByte ? bytes.first! : bytes.last!)].append(bytes)
        }
    }

    subscript(byte: UInt8) -> [[UInt8]] { groups[Int(byte)] }
}

/// Lines that are not part of the story: wire sign-offs, reading prompts, promotions, credits.
enum Boilerplate {
    /// Whole paragraphs (compared without case) that are always boilerplate.
    static let exact: Set<String> = [
        "reuter", "reuters", "continue reading the main story", "advertisement", "story continues below advertisement",
        "before it's here, it's on the bloomberg terminal.", "before it’s here, it’s on the bloomberg terminal.",
        "share this article", "share", "related", "read more", "read more:", "comments", "sign up", "subscribe",
        "___.", "___", "loading", "close", "more", "top stories", "related stories", "related content",
    ]
    /// Paragraph openings (compared without case) that mark boilerplate.
    static let prefixes: [String] = [
        "(reporting by", "(writing by", "(editing by", "(additional reporting by", "reporting by", "editing by",
        "additional reporting by", "writing by", "to contact the reporter", "to contact the editor", "copyright ",
        "©", "all rights reserved", "follow us on", "follow the author", "follow him on", "follow her on",
        "like us on", "click here", "sign up for", "subscribe to", "read more:", "related:", "see also:",
        "this article was", "this story was", "this article originally", "(photo", "loading photo", "loading video",
        "powered by", "[read", "read:", "more:", "map:", "graphic:", "graphics:", "video:", "watch:", "listen:",
        "source:", "sources:", "listen to the full", "read the full", "watch the full", "watch the video",
        "download the", "get the latest", "sign up to", "for more,", "for more information", "don't miss",
        "don’t miss", "recommended:", "related coverage", "more from", "* ", "** ", "correction:",
        "a version of this article", "a version of this story", "an earlier version of this article",
        "an earlier version of this story",
    ]
    /// Paragraph endings that mark boilerplate (teasers cut off with a link).
    static let suffixes: [String] = [
        " read more", " close", "contributed to this report.", "contributed reporting.", "contributed to this story.",
        " read more »", " continue reading",
    ]

    static func matches(_ lowered: LowerBytes) -> Bool {
        guard lowered.bytes.count <= 600 else { return false }
        guard let f = lowered.bytes.first, let l = lowered.bytes.last else { return false }
        if lowered.bytes.count <= 60 && exactByFirstByte[f].contains(where: { $0 == lowered.bytes }) { return true }
        if prefixesByFirstByte[f].contains(where: { lowered.hasPrefix($0) }) { return true }
        if suffixesByLastByte[l].contains(where: { lowered.hasSuffix($0) }) { return true }
        if lowered.bytes.count <= 300
            && (lowered.contains(Self.firstPublished) || lowered.contains(Self.reachedAt)) {
            return true
        }
        let bytes = lowered.bytes
        // A link in brackets: "[Read: the museum reopens]", "(What we know so far)".
        if f == UInt8(ascii: "[") && l == UInt8(ascii: "]") || f == UInt8(ascii: "(") && l == UInt8(ascii: ")") { return true }
        // A gallery caption: "1 of 18. A man ..."
        if f >= 0x30 && f <= 0x39 && isGalleryCounter(lowered.string) { return true }
        // A chart label: "Sales by year: 2010 - 2020".
        if bytes.count <= 120, l != UInt8(ascii: "."), let colon = bytes.lastIndex(of: UInt8(ascii: ":")) {
            var i = colon + 1
            while i < bytes.count && bytes[i] == 0x20 { i += 1 }
            if i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 { return true }
        }
        return false
    }

    /// The openings grouped by their first byte, the endings by their last, so that each paragraph is compared
    /// only with the few that could match.
    static let prefixesByFirstByte = PatternsByByte(prefixes, byFirstByte: true)
    static let suffixesByLastByte = PatternsByByte(suffixes, byFirstByte: false)
    static let exactByFirstByte = PatternsByByte(Array(exact), byFirstByte: true)
    static let firstPublished = Array("first published".utf8)
    static let reachedAt = Array(" reached at ".utf8)

    static func isGalleryCounter(_ s: String) -> Bool {
        let parts = s.split(separator: " ", maxSplits: 3)
        guard parts.count >= 3 else { return false }
        return parts[0].allSatisfy(\.isNumber) && parts[1] == "of" && parts[2].hasSuffix(".")
            && parts[2].dropLast().allSatisfy(\.isNumber)
    }

    /// Whether a line starts with a verb that invites the reader to do something ("Read", "Watch", "Listen").
    static func startsWithPromptVerb(_ text: SourceText, _ range: TextRange) -> Bool {
        let words = Words.split(text, range, limit: 1)
        guard let first = words.first else { return false }
        return ["read", "watch", "listen", "click", "see", "follow", "sign", "subscribe", "share", "like", "download",
                "view", "get", "join", "find", "explore", "discover", "loading"].contains(Tokenizer.lowercaseKey(text, first))
    }
}

/// A paragraph in lower case as UTF-8 bytes, for fast checks of openings, endings and phrases.
struct LowerBytes {
    let bytes: [UInt8]

    /// ASCII letters are lowered; other bytes are kept (every pattern checked is ASCII or already lower case).
    init(_ text: SourceText, _ range: TextRange) {
        bytes = text.bytes.withUnsafeBufferPointer { b in
            [UInt8](unsafeUninitializedCapacity: range.count) { out, count in
                var i = 0
                if range.count >= 8, let from = b.baseAddress, let to = out.baseAddress {
                    // Eight bytes at a time.
                    while i + 8 <= range.count {
                        let word = UnsafeRawPointer(from + range.start + i).loadUnaligned(as: UInt64.self)
                        UnsafeMutableRawPointer(to + i).storeBytes(of: ByteSearch.loweredASCII(word), as: UInt64.self)
                        i += 8
                    }
                }
                while i < range.count {
                    let c = b[range.start + i]
                    out[i] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                    i += 1
                }
                count = range.count
            }
        }
    }

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = Array(bytes) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    func hasPrefix(_ p: [UInt8]) -> Bool {
        p.count <= bytes.count && matches(p, at: 0)
    }

    func hasSuffix(_ p: [UInt8]) -> Bool {
        p.count <= bytes.count && matches(p, at: bytes.count - p.count)
    }

    func contains(_ p: [UInt8]) -> Bool { offset(of: p) != nil }
    func contains(_ p: String) -> Bool { offset(of: Array(p.utf8)) != nil }

    /// Whether `p` lies at `i` (which must leave room for it).
    @inline(__always)
    func matches(_ p: [UInt8], at i: Int) -> Bool {
        var j = 0
        while j < p.count {
            if bytes[i + j] != p[j] { return false }
            j += 1
        }
        return true
    }

    func offset(of p: String) -> Int? { offset(of: Array(p.utf8)) }

    func offset(of p: [UInt8]) -> Int? {
        let n = p.count
        guard n > 0, n <= bytes.count else { return nil }
        // Search for the pattern's first byte that is not a space (rarer), eight bytes at a time.
        let anchor = p.firstIndex(where: { $0 != 0x20 }) ?? 0
        return bytes.withUnsafeBufferPointer { b -> Int? in
            var i = anchor
            let last = b.count - n + anchor   // the last place the anchor byte can be
            while i <= last {
                i = ByteSearch.first(p[anchor], or: p[anchor], in: b, from: i, to: last + 1)
                guard i <= last else { return nil }
                if matches(p, at: i - anchor) { return i - anchor }
                i += 1
            }
            return nil
        }
    }
}
