/// A half-open range of UTF-8 byte offsets into an article's `SourceText`.
///
/// Every span the analysis produces (paragraphs, quotes, mentions) is one of these, so all of them point into
/// the same original text. `SourceText.scalarOffset(_:)` converts an offset to the Unicode scalar count that the
/// extract format (and Python's `str` indices) use.
///
/// The offsets are stored in 32 bits each (a `SourceText` is at most 4 GB; articles are read up to 100 MB), so a
/// range takes 8 bytes: an article holds one per paragraph, sentence, quote and mention, and for hostile texts
/// (ten million one-letter lines) their size is most of the memory the analysis needs.
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    private var first: UInt32
    private var past: UInt32

    /// The first byte of the range.
    public var start: Int {
        @inline(__always) get { Int(first) }
        set { first = UInt32(newValue) }
    }

    /// One past the last byte of the range.
    public var end: Int {
        @inline(__always) get { Int(past) }
        set { past = UInt32(newValue) }
    }

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "TextRange start \(start) after end \(end)")
        self.first = UInt32(start)
        self.past = UInt32(end)
    }

    /// A range whose bounds are already known to be in order and in the text (token offsets, unpacked in hot
    /// loops).
    @inline(__always)
    init(uncheckedStart start: Int, end: Int) {
        self.first = UInt32(truncatingIfNeeded: start)
        self.past = UInt32(truncatingIfNeeded: end)
    }

    public var count: Int { end - start }
    public var isEmpty: Bool { first == past }

    /// Whether `offset` lies inside the range (`start <= offset < end`).
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// Whether `other` lies entirely inside this range.
    public func contains(_ other: TextRange) -> Bool { other.first >= first && other.past <= past }

    /// Whether the two ranges share at least one byte.
    public func overlaps(_ other: TextRange) -> Bool { first < other.past && other.first < past }

    public static func < (a: TextRange, b: TextRange) -> Bool {
        a.first != b.first ? a.first < b.first : a.past < b.past
    }

    public var description: String { "\(start)..<\(end)" }
}
