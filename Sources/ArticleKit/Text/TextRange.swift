/// A half-open range of UTF-8 byte offsets into an article's `SourceText`.
///
/// Every span the analysis produces (paragraphs, quotes, mentions) is one of these, so all of them point into
/// the same original text. `SourceText.scalarOffset(_:)` converts an offset to the Unicode scalar count that the
/// extract format (and Python's `str` indices) use.
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The first byte of the range.
    public var start: Int
    /// One past the last byte of the range.
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "TextRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    /// A range whose bounds are already known to be in order (token offsets, unpacked in hot loops).
    @inline(__always)
    init(uncheckedStart start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// Whether `offset` lies inside the range (`start <= offset < end`).
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// Whether `other` lies entirely inside this range.
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }

    /// Whether the two ranges share at least one byte.
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    public static func < (a: TextRange, b: TextRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "\(start)..<\(end)" }
}
