import ArticleKit
@testable import ReaderCore

/// Small articles written for these tests, with quotes and entities placed by hand so that reader tests do not
/// depend on how well the analysis does.
enum Fixtures {
    static let harbourText = """
        Harbour Talks Resume After Strike

        Port workers and the ministry met again on Monday, and Ana Ruiz said the talks were “useful but slow”.

        “We will stay at the table,” Ruiz said. “Nobody wants another week of empty cranes.”

        Night Shift

        Tomas Berg, who speaks for the crane drivers, was blunt: “The night shift has waited long enough.”

        Ruiz later added that the ministry would publish its offer on Friday. “It is a fair offer,” she said.

        Money Matters

        Berg said the union “cannot accept” a freeze. The ministry said in a statement that “all options remain open”.

        Reuters
        """

    /// The harbour article with hand-placed quotes (Ruiz 4, Berg 2, the ministry 1) and entities.
    static var harbour: ArticleDocument {
        let base = Article(analyzing: harbourText)
        let text = base.text
        let ruiz = Speaker(name: "Ana Ruiz", entity: 0, type: .person)
        let berg = Speaker(name: "Tomas Berg", entity: 1, type: .person)
        let ministry = Speaker(name: "the ministry", entity: nil, type: .organization)
        let quotes: [Quote] = [
            quote(text, "useful but slow", ruiz, base),
            quote(text, "We will stay at the table,", ruiz, base),
            quote(text, "Nobody wants another week of empty cranes.", ruiz, base),
            quote(text, "The night shift has waited long enough.", berg, base),
            quote(text, "It is a fair offer,", ruiz, base),
            quote(text, "cannot accept", berg, base),
            quote(text, "all options remain open", ministry, base),
        ]
        let entities = [
            Entity(name: "Ana Ruiz", type: .person, aliases: ["Ana Ruiz", "Ruiz"],
                   mentions: ranges(text, "Ana Ruiz") + ranges(text, "Ruiz said") .map { TextRange($0.start, $0.start + 4) }
                       + ranges(text, "Ruiz later").map { TextRange($0.start, $0.start + 4) }),
            Entity(name: "Tomas Berg", type: .person, aliases: ["Tomas Berg", "Berg"],
                   mentions: ranges(text, "Tomas Berg") + ranges(text, "Berg said").map { TextRange($0.start, $0.start + 4) }),
        ].map { e in var e = e; e.mentions.sort(); return e }
        let article = Article(text: text, title: base.title, paragraphs: base.paragraphs, sections: base.sections,
                              sentences: base.sentences, quotes: quotes.sorted { $0.range < $1.range },
                              entities: entities, warnings: [])
        return ArticleDocument(article: article, path: "/tmp/harbour-talks.txt")
    }

    /// A long article: `paragraphs` numbered paragraphs of several sentences, a heading every 10.
    static func long(paragraphs: Int = 60) -> ArticleDocument {
        var s = "A Long Article About Many Things\n\n"
        for p in 1...paragraphs {
            if p % 10 == 0 { s += "Part \(p / 10)\n\n" }
            s += "Paragraph \(p) begins here. It goes on for a while so that it wraps over several lines at any "
                + "reasonable width, and then it says something about number \(p) before it ends.\n\n"
        }
        return ArticleDocument(article: Article(analyzing: s), path: "long.txt")
    }

    static func ranges(_ text: SourceText, _ needle: String) -> [TextRange] {
        let hay = text.bytes, n = Array(needle.utf8)
        var result: [TextRange] = []
        var i = 0
        while i + n.count <= hay.count {
            if Array(hay[i..<i + n.count]) == n { result.append(TextRange(i, i + n.count)); i += n.count } else { i += 1 }
        }
        return result
    }

    static func quote(_ text: SourceText, _ inner: String, _ speaker: Speaker, _ article: Article) -> Quote {
        let range = ranges(text, inner)[0]
        let paragraph = article.paragraphs.firstIndex { $0.range.contains(range) } ?? 0
        return Quote(range: range, kind: .full, speaker: speaker, paragraph: paragraph)
    }

    /// A reader showing `document` at `size`.
    static func reader(_ document: ArticleDocument, width: Int = 120, height: Int = 40,
                       theme: Theme = .colors256) -> ReaderState {
        var state = ReaderState(size: Size(width: width, height: height), theme: theme)
        _ = state.handle(.articleOpened(path: document.path, .success(document), position: nil))
        return state
    }
}

extension ReaderState {
    /// Presses keys given as in tmux send-keys: single characters, or names ("Tab", "Enter", "C-d").
    mutating func press(_ keys: String...) {
        for name in keys {
            let key: Key
            if name.count == 1 { key = .char(name.unicodeScalars.first!) }
            else if name.hasPrefix("C-") { key = .ctrl(name.last!) }
            else { key = Key(name: name)! }
            _ = handle(.key(key))
        }
    }

    /// Types text (each character a key).
    mutating func type(_ text: String) {
        for scalar in text.unicodeScalars { _ = handle(.key(.char(scalar))) }
    }

    var screen: Grid { Screen.render(self) }
}

extension Grid {
    /// Whether any row contains `text`.
    func shows(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

    /// The (x, y) of the first cell of the first occurrence of `text` (inside `area`, if given).
    func find(_ text: String, in area: Rect? = nil) -> (x: Int, y: Int)? {
        let area = area ?? bounds
        for y in area.y..<area.maxY {
            // Walk cells so x is a column, not a character index.
            var columns: [Int] = []
            var s = ""
            for x in area.x..<area.maxX where self[x, y].width != 0 {
                for _ in self[x, y].text { columns.append(x) }
                s += self[x, y].text
            }
            if let r = s.firstRange(of: text) {
                let index = s.distance(from: s.startIndex, to: r.lowerBound)
                return (columns[index], y)
            }
        }
        return nil
    }
}
