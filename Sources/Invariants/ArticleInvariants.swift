import ArticleKit

/// What must hold for every analysed article, whatever text it came from. The fuzz targets check these on every
/// input (`precondition`), the regression tests on every input the fuzzers ever broke.
///
/// Each check returns a list of violations, empty when all is well, so tests can show all of them at once.
public enum ArticleInvariants {
    /// Every violation in `article`: spans outside the text or off scalar boundaries, overlapping or unordered
    /// quotes, speakers pointing at entities that do not exist, mentions outside the text.
    public static func violations(_ article: Article) -> [String] {
        var found: [String] = []
        let text = article.text
        func span(_ range: TextRange, _ what: String) {
            if range.start < 0 || range.end > text.count || range.start > range.end {
                found.append("\(what) \(range) outside the text (\(text.count) bytes)")
            } else if !text.isScalarBoundary(range.start) || !text.isScalarBoundary(range.end) {
                found.append("\(what) \(range) not on scalar boundaries")
            }
        }
        func ordered(_ ranges: [TextRange], _ what: String, overlapping: Bool) {
            for (a, b) in zip(ranges, ranges.dropFirst()) {
                if b.start < a.start { found.append("\(what) out of order: \(a) then \(b)") }
                if !overlapping && b.start < a.end { found.append("\(what) overlap: \(a) and \(b)") }
            }
        }

        if let title = article.title { span(title, "title") }
        for (i, p) in article.paragraphs.enumerated() { span(p.range, "paragraph \(i)") }
        ordered(article.paragraphs.map(\.range), "paragraphs", overlapping: false)
        if let title = article.title, let first = article.paragraphs.first, first.range.start < title.end {
            found.append("paragraph 0 \(first.range) starts inside the title \(title)")
        }

        for (i, s) in article.sections.enumerated() {
            span(s.range, "section \(i)")
            if let heading = s.heading { span(heading, "section \(i) heading") }
            if let p = s.headingParagraph, !article.paragraphs.indices.contains(p) {
                found.append("section \(i) heading paragraph \(p) of \(article.paragraphs.count)")
            }
        }
        ordered(article.sections.map(\.range), "sections", overlapping: false)
        for (i, s) in article.sentences.enumerated() { span(s, "sentence \(i)") }

        for (i, q) in article.quotes.enumerated() {
            span(q.range, "quote \(i)")
            if let m = q.speakerMention { span(m, "quote \(i) speaker mention") }
            if let c = q.cue { span(c, "quote \(i) cue") }
            if let e = q.speaker?.entity {
                if !article.entities.indices.contains(e) {
                    found.append("quote \(i) speaker entity \(e) of \(article.entities.count)")
                } else if q.speaker?.name != article.entities[e].name {
                    found.append("quote \(i) speaker \"\(q.speaker!.name)\" is not entity \(e) \"\(article.entities[e].name)\"")
                }
            }
            if q.paragraph >= 0 {
                if !article.paragraphs.indices.contains(q.paragraph) {
                    found.append("quote \(i) paragraph \(q.paragraph) of \(article.paragraphs.count)")
                } else if !article.paragraphs[q.paragraph].range.contains(q.range) {
                    found.append("quote \(i) \(q.range) outside its paragraph \(article.paragraphs[q.paragraph].range)")
                }
            } else if let title = article.title, !title.contains(q.range) {
                found.append("quote \(i) \(q.range) in no paragraph and outside the title \(title)")
            }
        }
        ordered(article.quotes.map(\.range), "quotes", overlapping: false)

        for (i, e) in article.entities.enumerated() {
            if e.name.isEmpty { found.append("entity \(i) has no name") }
            if e.mentions.isEmpty { found.append("entity \(i) \"\(e.name)\" has no mentions") }
            for m in e.mentions { span(m, "entity \(i) mention") }
            ordered(e.mentions, "entity \(i) mentions", overlapping: false)
        }
        return found
    }

    /// Violations in the extract outputs: the JSON offsets must count scalars inside the text, and making the
    /// text output must not fail (it is only called to be sure it completes).
    public static func exportViolations(_ article: Article) -> [String] {
        var found: [String] = []
        let json = ExtractFormat.json(article)
        if json.first != "{" || json.last != "}" { found.append("JSON is not one object") }
        if json.contains("\n") { found.append("JSON spans several lines") }
        // The writer escapes everything a terminal would obey, so JSON can be printed as it is.
        if let unsafe = json.unicodeScalars.first(where: { s in
            s.value < 0x20 || (0x7F...0x9F).contains(s.value) || (0x2028...0x202E).contains(s.value)
                || (0x2066...0x2069).contains(s.value) || s.value == 0x200E || s.value == 0x200F || s.value == 0x061C
        }) {
            found.append("JSON holds U+\(String(unsafe.value, radix: 16)) unescaped")
        }
        _ = ExtractFormat.text(article)
        let scalars = article.text.scalarCount
        for range in article.quotes.map(\.range) + article.entities.flatMap(\.mentions) {
            let start = article.text.scalarOffset(range.start), end = article.text.scalarOffset(range.end)
            if start < 0 || end > scalars || start > end { found.append("scalar offsets \(start)..<\(end) of \(scalars)") }
        }
        return found
    }
}
