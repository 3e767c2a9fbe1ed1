/// The `byline extract` output: the analysis as JSON (the documented contract) or as text for people.
///
/// JSON offsets are Unicode scalar offsets into the original text, `end` exclusive, as Python slices them.
public enum ExtractFormat {
    /// What an object says about where its article came from, in its first field.
    public enum Label: Sendable, Equatable {
        /// `"file"`: the path (or URL) as it was given; `-` for standard input.
        case file(String)
        /// `"id"`: the identifier a line of `--stdin-jsonl` input gave, a string ...
        case id(String)
        /// ... or an integer ...
        case numericID(Int)
        /// ... or `"id": null` for a line that gave none.
        case missingID
    }

    /// One JSON object (on one line, without the line break) describing `article`.
    public static func json(_ article: Article, label: Label? = nil) -> String {
        var w = JSONWriter()
        writeJSON(article, label: label, into: &w)
        return w.string
    }

    /// Writes the JSON object describing `article` (without a line break) in one pass: strings are copied from
    /// the article's bytes, offsets converted with a cursor that moves with the output.
    public static func writeJSON(_ article: Article, label: Label?, into w: inout JSONWriter) {
        let text = article.text
        text.bytes.withUnsafeBufferPointer { source in
            var cursor = ScalarCursor(text, bytes: source)
            func slice(_ range: TextRange) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: source[range.start..<range.end])
            }
            func span(_ range: TextRange?) {
                guard let range else { w.null(); return }
                w.beginObject()
                w.field("start", cursor.scalarOffset(range.start))
                w.field("end", cursor.scalarOffset(range.end))
                w.key("text")
                w.string(utf8: slice(range))
                w.endObject()
            }
            w.beginObject()
            switch label {
            case .file(let path)?: w.field("file", path)
            case .id(let id)?: w.field("id", id)
            case .numericID(let id)?: w.field("id", id)
            case .missingID?: w.key("id"); w.null()
            case nil: break
            }
            w.key("title")
            if let title = article.title { w.string(utf8: slice(title)) } else { w.null() }
            w.key("paragraphs")
            w.beginArray()
            for paragraph in article.paragraphs {
                w.beginObject()
                w.field("start", cursor.scalarOffset(paragraph.range.start))
                w.field("end", cursor.scalarOffset(paragraph.range.end))
                w.field("kind", paragraph.kind.rawValue)
                w.endObject()
            }
            w.endArray()
            w.key("sections")
            w.beginArray()
            for section in article.sections {
                w.beginObject()
                w.key("heading")
                if let heading = section.heading {
                    w.string(utf8: slice(heading))
                    w.field("headingStart", cursor.scalarOffset(heading.start))
                    w.field("headingEnd", cursor.scalarOffset(heading.end))
                } else {
                    w.null()
                }
                w.field("start", cursor.scalarOffset(section.range.start))
                w.field("end", cursor.scalarOffset(section.range.end))
                w.endObject()
            }
            w.endArray()
            w.key("quotes")
            w.beginArray()
            for quote in article.quotes {
                w.beginObject()
                w.field("start", cursor.scalarOffset(quote.range.start))
                w.field("end", cursor.scalarOffset(quote.range.end))
                w.key("text")
                w.string(utf8: slice(quote.range))
                w.field("speaker", quote.speaker?.name)
                w.field("speakerType", quote.speaker?.type?.rawValue)
                w.key("speakerMention")
                span(quote.speakerMention)
                w.key("cue")
                span(quote.cue)
                w.field("kind", quote.kind.rawValue)
                w.endObject()
            }
            w.endArray()
            w.key("entities")
            w.beginArray()
            for entity in article.entities {
                w.beginObject()
                w.field("name", entity.name)
                w.field("type", entity.type.rawValue)
                w.key("aliases")
                w.beginArray()
                for alias in entity.aliases { w.string(alias) }
                w.endArray()
                w.key("mentions")
                w.beginArray()
                for mention in entity.mentions {
                    w.beginObject()
                    w.field("start", cursor.scalarOffset(mention.start))
                    w.field("end", cursor.scalarOffset(mention.end))
                    w.endObject()
                }
                w.endArray()
                w.endObject()
            }
            w.endArray()
            if !article.warnings.isEmpty {
                w.key("warnings")
                w.beginArray()
                for warning in article.warnings { w.string(warning) }
                w.endArray()
            }
            if let page = article.source {
                // A web page: the extracted text every offset above counts into, and what the page says about it.
                w.key("text")
                w.string(utf8: UnsafeBufferPointer(rebasing: source[0..<source.count]))
                w.key("source")
                w.beginObject()
                w.field("url", page.url)
                w.field("byline", page.byline)
                w.field("published", page.published)
                w.field("site", page.site)
                w.field("lang", page.lang)
                w.endObject()
            }
            w.endObject()
        }
    }

    /// The analysis for people: title, outline, quotes grouped by speaker, entities by type with counts.
    /// Control characters in the article are shown as visible symbols, so printing it is safe.
    public static func text(_ article: Article) -> String {
        let text = article.text
        func show(_ range: TextRange) -> String { VisibleText.make(text.string(range)) }
        var out = ""
        out += VisibleText.make(article.titleText) + "\n"
        out += "\nOutline\n"
        for section in article.sections {
            out += "  " + (section.heading.map(show) ?? "(lead)") + "\n"
        }
        out += "\nQuotes (\(article.quotes.count))\n"
        for group in QuoteGroups.bySpeaker(article.quotes) {
            out += "  \(group.name.map(VisibleText.make) ?? "(no speaker)") (\(group.quotes.count))\n"
            for index in group.quotes {
                out += "    “" + show(article.quotes[index].range) + "”\n"
            }
        }
        out += "\nEntities (\(article.entities.count))\n"
        for type in EntityType.allCases {
            let members = article.entities.filter { $0.type == type }
            guard !members.isEmpty else { continue }
            out += "  \(type.pluralTitle)\n"
            for entity in members {
                out += "    \(VisibleText.make(entity.name)) (\(entity.mentions.count))\n"
            }
        }
        for warning in article.warnings { out += "\nwarning: \(warning)\n" }
        return out
    }
}

extension EntityType {
    /// The heading for a group of entities of this type ("People", "Places", ...).
    public var pluralTitle: String {
        switch self {
        case .person: return "People"
        case .place: return "Places"
        case .organization: return "Organisations"
        case .other: return "Other"
        }
    }
}

/// Quotes grouped by who said them, for the quotes pane and the text extract.
public enum QuoteGroups {
    /// One speaker's quotes.
    public struct Group: Sendable, Hashable {
        /// The speaker's canonical name, nil for quotes without a speaker.
        public var name: String?
        /// Indices into `Article.quotes`, in text order.
        public var quotes: [Int]
    }

    /// Groups by speaker, most quoted first (ties in order of first appearance); unattributed quotes last.
    public static func bySpeaker(_ quotes: [Quote]) -> [Group] {
        var order: [String?] = []
        var members: [String?: [Int]] = [:]
        for (index, quote) in quotes.enumerated() {
            let name = quote.speaker?.name
            if members[name] == nil { order.append(name) }
            members[name, default: []].append(index)
        }
        let groups = order.map { Group(name: $0, quotes: members[$0]!) }
        let firstSeen = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return groups.sorted { a, b in
            if (a.name == nil) != (b.name == nil) { return b.name == nil }
            if a.quotes.count != b.quotes.count { return a.quotes.count > b.quotes.count }
            return firstSeen[a.name]! < firstSeen[b.name]!
        }
    }
}

/// Making text safe and visible for printing: control characters become Unicode control pictures, bidi
/// overrides and other invisible format characters become a visible mark. Used for every text output.
public enum VisibleText {
    /// The visible replacement for `scalar`, or nil when it can be printed as it is.
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + v)          // ␀ ... ␟ (tab/newline handled by callers)
        case 0x7F: return "\u{2421}"                                  // ␡
        case 0x80...0x9F: return "\u{FFFD}"                           // C1 controls
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return "\u{25AF}"  // bidi controls ▯
        default: return nil
        }
    }

    /// `string` with every control character replaced by a visible symbol (newlines and tabs become spaces).
    public static func make(_ string: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || scalar == "\r" {
                out.append(" ")
            } else if let r = replacement(for: scalar) {
                out.append(r)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
