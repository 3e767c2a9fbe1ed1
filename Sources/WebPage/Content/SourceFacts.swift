/// Facts about every node of the parsed tree that the passes below ask again and again, computed once bottom-up.
struct SourceFacts {
    /// Characters of text under each node, white-space runs counted as one.
    var textLength: [Int32]
    /// Link text under each node (characters), for link density before any cleaning.
    var linkLength: [Int32]
    /// Whether a node is phrasing content all the way down (text, or inline elements holding only inline content).
    var phrasing: [Bool]
    /// Whether an element has an element from `Tag.isDivToParagraphBlocker` anywhere below it.
    var hasBlockerBelow: [Bool]
    /// Whether an element has descendants other than `<br>` and `<hr>`.
    var hasElementsBelow: [Bool]

    init(_ tree: HTMLTree) {
        let n = tree.count
        textLength = [Int32](repeating: 0, count: n)
        linkLength = [Int32](repeating: 0, count: n)
        phrasing = [Bool](repeating: true, count: n)
        hasBlockerBelow = [Bool](repeating: false, count: n)
        hasElementsBelow = [Bool](repeating: false, count: n)
        var i = n - 1
        while i >= 0 {
            let tag = tree.tag[i]
            if tag == .text {
                textLength[i] = Int32(TextMeasure.collapsedLength(tree.bytes(ofText: i)))
            } else {
                if !tag.isPhrasing { phrasing[i] = false }
                if tag == .a { linkLength[i] = textLength[i] }
            }
            let p = Int(tree.parent[i])
            if p >= 0 {
                textLength[p] += textLength[i]
                linkLength[p] += linkLength[i]
                if !phrasing[i] { let pt = tree.tag[p]; if pt == .a || pt == .del || pt == .ins { phrasing[p] = false } }
                if tag != .text {
                    if tag.isDivToParagraphBlocker || hasBlockerBelow[i] { hasBlockerBelow[p] = true }
                    if (tag != .br && tag != .hr) || hasElementsBelow[i] { hasElementsBelow[p] = true }
                }
            }
            i -= 1
        }
    }
}

/// Counting text as Readability's `innerText` lengths do: characters (Unicode scalars), white-space runs as one.
enum TextMeasure {
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C
    }

    static func collapsedLength(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var inSpace = false
        for b in bytes {
            if isSpace(b) {
                if !inSpace { count += 1; inSpace = true }
            } else {
                inSpace = false
                if b & 0xC0 != 0x80 { count += 1 }
            }
        }
        return count
    }

    /// Non-space characters.
    static func solidLength(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for b in bytes where !isSpace(b) && b & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Commas of the scripts Readability counts: , ، ﹐ ︐ ︑ ⹁ ⸴ ⸲ ，
    static func commas(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x2C { count += 1 }
            else if b == 0xD8, i + 1 < bytes.endIndex, bytes[i + 1] == 0x8C { count += 1 }          // U+060C
            else if b == 0xEF, i + 2 < bytes.endIndex {
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                if (b1 == 0xB9 && b2 == 0x90) || (b1 == 0xB8 && (b2 == 0x90 || b2 == 0x91)) || (b1 == 0xBC && b2 == 0x8C) {
                    count += 1                                                                       // U+FE50 FE10 FE11 FF0C
                }
            } else if b == 0xE2, i + 2 < bytes.endIndex, bytes[i + 1] == 0xB9 || bytes[i + 1] == 0xB8 {
                let b2 = bytes[i + 2]
                if (bytes[i + 1] == 0xB9 && b2 == 0x81) || (bytes[i + 1] == 0xB8 && (b2 == 0xB4 || b2 == 0xB2)) {
                    count += 1                                                                       // U+2E41 2E34 2E32
                }
            }
            i += 1
        }
        return count
    }
}
