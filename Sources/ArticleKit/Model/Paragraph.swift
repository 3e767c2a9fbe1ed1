/// What role a paragraph plays in an article.
public enum ParagraphKind: String, Sendable, CaseIterable {
    /// Ordinary article text: analysed for quotes and entities.
    case body
    /// A section subheading ("Syria Options", "‘Serious Approach’", "## Background").
    case heading
    /// The author line ("By Jane Doe").
    case byline
    /// A standalone place or date line ("WASHINGTON", "Published: 3 May 2013").
    case dateline
    /// A photo or graphic caption or credit.
    case caption
    /// One item of a bulleted or numbered list.
    case listItem = "list-item"
    /// Text that is not part of the story: sign-offs ("Reuter"), "Continue reading the main story", promotions.
    /// Shown dimmed, never analysed.
    case boilerplate
}

/// One paragraph of an article: its kind and where it lies in the text.
///
/// A hard-wrapped paragraph spans several lines of the file; `range` covers them all, line breaks included.
/// Readers join the lines with spaces when they display it.
///
/// Stored in 8 bytes (the start, and the length with the kind in its top bits): a file of ten million one-letter
/// lines is ten million paragraphs, and the analysis and the reader keep them all.
public struct Paragraph: Sendable, Hashable {
    private var start: UInt32
    /// The length in the low 28 bits (up to 256 MB), the kind's number in the top 4.
    private var lengthAndKind: UInt32

    public var kind: ParagraphKind {
        @inline(__always) get { ParagraphKind(code: UInt8(truncatingIfNeeded: lengthAndKind >> 28)) }
        set { lengthAndKind = lengthAndKind & Self.lengthMask | UInt32(newValue.code) << 28 }
    }

    public var range: TextRange {
        @inline(__always) get {
            TextRange(uncheckedStart: Int(start), end: Int(start) + Int(lengthAndKind & Self.lengthMask))
        }
        set { self = Paragraph(kind: kind, range: newValue) }
    }

    public init(kind: ParagraphKind, range: TextRange) {
        precondition(range.count <= Int(Self.lengthMask), "a paragraph of \(range.count) bytes is too long")
        self.start = UInt32(range.start)
        self.lengthAndKind = UInt32(range.count) | UInt32(kind.code) << 28
    }

    private static let lengthMask: UInt32 = (1 << 28) - 1
}

extension ParagraphKind {
    /// The kind's number in a packed `Paragraph`.
    var code: UInt8 {
        switch self {
        case .body: return 0
        case .heading: return 1
        case .byline: return 2
        case .dateline: return 3
        case .caption: return 4
        case .listItem: return 5
        case .boilerplate: return 6
        }
    }

    @inline(__always)
    init(code: UInt8) {
        switch code {
        case 1: self = .heading
        case 2: self = .byline
        case 3: self = .dateline
        case 4: self = .caption
        case 5: self = .listItem
        case 6: self = .boilerplate
        default: self = .body
        }
    }
}

/// A section of an article: the lead (before the first heading) or a heading with the text that follows it.
public struct Section: Sendable, Hashable {
    /// The index in `Article.paragraphs` of the heading paragraph, nil for the lead section.
    public var headingParagraph: Int?
    /// The heading's text range, nil for the lead section.
    public var heading: TextRange?
    /// From the section's heading (or the start of the text) to the next section's start.
    public var range: TextRange

    public init(headingParagraph: Int?, heading: TextRange?, range: TextRange) {
        self.headingParagraph = headingParagraph
        self.heading = heading
        self.range = range
    }
}
