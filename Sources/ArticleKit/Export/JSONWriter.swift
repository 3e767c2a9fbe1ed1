/// A streaming JSON writer into a byte buffer: objects, arrays, strings and numbers, in the order written.
///
/// Used for the extract format, whose field order is part of what people read. It writes UTF-8 bytes straight into
/// memory it owns (kept from line to line by `removeAll`): keys are constants copied as they are, numbers are
/// written digit by digit, and a string is copied in runs of bytes that need no escaping, so writing costs about
/// one pass over the output.
///
/// Every string is escaped so that the output is safe to print on a terminal: quotes, backslashes, C0 and C1
/// controls, DEL, the line and paragraph separators and the bidirectional controls (embeddings, overrides,
/// isolates, marks) become escapes, as in `"\u202e"`. Outside strings JSON is ASCII, so nothing in the output can
/// move the cursor, change colours or reorder what a terminal shows.
public struct JSONWriter: ~Copyable {
    /// The bytes written so far: `count` of them, in room for `capacity`.
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Whether the next value in the current object or array needs a comma before it.
    private var needsComma = false
    /// Where the bytes go when the buffer is full, for a writer that streams (nil: the buffer grows).
    private let sink: ((UnsafeBufferPointer<UInt8>) -> Void)?

    /// An empty writer with room for `capacity` bytes (it grows as needed).
    public init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
        sink = nil
    }

    /// A writer that hands its bytes to `sink` whenever `capacity` of them are waiting, and on `flush()`: the
    /// JSON of an article of ten million paragraphs is 400 MB, which is written as it is made rather than held.
    public init(capacity: Int, flushingTo sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
        self.sink = sink
    }

    deinit { start.deallocate() }

    /// The JSON written so far, UTF-8.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// The output as a string.
    public var string: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    /// Calls `body` with the bytes written so far (valid until the writer changes).
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// Forgets what was written, keeping the memory for the next line.
    public mutating func removeAll() {
        count = 0
        needsComma = false
    }

    /// Hands what was written to the sink (for a streaming writer; nothing otherwise) and forgets it.
    public mutating func flush() {
        guard let sink, count > 0 else { return }
        sink(UnsafeBufferPointer(start: start, count: count))
        count = 0
    }

    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count + n > capacity { makeRoom(n) }
    }

    private mutating func makeRoom(_ n: Int) {
        if sink != nil { flush() }
        if count + n > capacity { grow(to: count + n) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.initialize(from: start, count: count)
        start.deallocate()
        start = bigger
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func put(_ a: UInt8, _ b: UInt8) {
        reserve(2)
        start[count] = a
        start[count + 1] = b
        count += 2
    }

    @inline(__always)
    private mutating func put(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        if let sink, buffer.count > capacity {
            // A run longer than the buffer (a web page's whole text) goes to the sink as it is.
            flush()
            sink(buffer)
            return
        }
        reserve(buffer.count)
        (start + count).update(from: base, count: buffer.count)
        count += buffer.count
    }

    @inline(__always)
    private mutating func separate() {
        if needsComma { put(UInt8(ascii: ",")) }
        needsComma = true
    }

    public mutating func beginObject() { separate(); put(UInt8(ascii: "{")); needsComma = false }
    public mutating func endObject() { put(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { separate(); put(UInt8(ascii: "[")); needsComma = false }
    public mutating func endArray() { put(UInt8(ascii: "]")); needsComma = true }

    /// Writes `"name":` inside an object; the value follows. Keys are the format's own ASCII names, written as
    /// they are, without escaping.
    public mutating func key(_ name: StaticString) {
        separate()
        reserve(name.utf8CodeUnitCount + 3)
        start[count] = UInt8(ascii: "\"")
        (start + count + 1).update(from: name.utf8Start, count: name.utf8CodeUnitCount)
        count += name.utf8CodeUnitCount + 1
        start[count] = UInt8(ascii: "\"")
        start[count + 1] = UInt8(ascii: ":")
        count += 2
        needsComma = false
    }

    /// Writes a string value, or `null`.
    public mutating func string(_ value: String?) {
        separate()
        guard let value else { appendNull(); return }
        if let done: Void = value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) { return done }
        var copy = value
        copy.withUTF8 { appendEscaped($0) }
    }

    /// Writes valid UTF-8 bytes as a string value (a slice of an article's text, copied without building a
    /// `String`).
    public mutating func string(utf8 value: UnsafeBufferPointer<UInt8>) {
        separate()
        appendEscaped(value)
    }

    public mutating func number(_ value: Int) { separate(); appendDecimal(value) }
    public mutating func null() { separate(); appendNull() }

    public mutating func field(_ name: StaticString, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: StaticString, _ value: Int) { key(name); number(value) }

    /// Ends a line of JSON Lines.
    public mutating func newline() { put(UInt8(ascii: "\n")); needsComma = false }

    private mutating func appendNull() {
        reserve(4)
        start[count] = UInt8(ascii: "n"); start[count + 1] = UInt8(ascii: "u")
        start[count + 2] = UInt8(ascii: "l"); start[count + 3] = UInt8(ascii: "l")
        count += 4
    }

    private mutating func appendDecimal(_ value: Int) {
        if value < 0 {
            put(UInt8(ascii: "-"))
            if value == .min { for byte in String(value).utf8.dropFirst() { put(byte) }; return }
            appendDecimal(-value)
            return
        }
        if value < 10 {
            put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value))
            return
        }
        // At most 19 digits, written backwards into their place two at a time.
        var digits = 2, power = 100
        while digits < 19 && value >= power { digits += 1; power &*= 10 }
        reserve(digits)
        let pairs = Self.digitPairs.utf8Start
        var v = value, i = count + digits
        while v >= 100 {
            let pair = 2 * (v % 100)
            v /= 100
            i -= 2
            start[i] = pairs[pair]
            start[i + 1] = pairs[pair + 1]
        }
        if v >= 10 {
            start[i - 2] = pairs[2 * v]
            start[i - 1] = pairs[2 * v + 1]
        } else {
            start[i - 1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: v)
        }
        count += digits
    }

    /// "00", "01", ... "99": the digits of every number below 100, two bytes each.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// Appends `value` (valid UTF-8) as a JSON string literal, copying the runs between characters to escape.
    private mutating func appendEscaped(_ value: UnsafeBufferPointer<UInt8>) {
        put(UInt8(ascii: "\""))
        let n = value.count
        var runStart = 0, i = 0
        while i < n {
            let b = value[i]
            // Printable ASCII other than the quote and the backslash: the common case.
            if b >= 0x23 && b < 0x7F && b != 0x5C { i += 1; continue }
            if b == 0x20 || b == 0x21 || b >= 0x80 && b != 0xC2 && b != 0xD8 && b != 0xE2 { i += 1; continue }
            let (escape, length) = Self.escape(value, at: i)
            if length == 0 { i += 1; continue }
            if runStart < i { put(UnsafeBufferPointer(rebasing: value[runStart..<i])) }
            switch escape {
            case 0x22: put(UInt8(ascii: "\\"), UInt8(ascii: "\""))
            case 0x5C: put(UInt8(ascii: "\\"), UInt8(ascii: "\\"))
            case 0x0A: put(UInt8(ascii: "\\"), UInt8(ascii: "n"))
            case 0x0D: put(UInt8(ascii: "\\"), UInt8(ascii: "r"))
            case 0x09: put(UInt8(ascii: "\\"), UInt8(ascii: "t"))
            default: appendUnicodeEscape(escape)
            }
            i += length
            runStart = i
        }
        if runStart < n { put(UnsafeBufferPointer(rebasing: value[runStart..<n])) }
        put(UInt8(ascii: "\""))
    }

    /// The scalar at `i` if it must be escaped, with its length in bytes; length 0 when it is written as it is.
    /// Escaped: `"`, `\`, C0 controls, DEL, C1 controls (C2 80–C2 9F), U+061C, U+200E, U+200F, U+2028–U+202E and
    /// U+2066–U+2069.
    @inline(__always)
    private static func escape(_ value: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: UInt32, length: Int) {
        let b = value[i], n = value.count
        switch b {
        case 0x00..<0x20, 0x22, 0x5C, 0x7F:
            return (UInt32(b), 1)
        case 0xC2:
            if i + 1 < n, (0x80...0x9F).contains(value[i + 1]) { return (UInt32(value[i + 1]), 2) }
        case 0xD8:
            if i + 1 < n, value[i + 1] == 0x9C { return (0x061C, 2) }
        case 0xE2:
            guard i + 2 < n else { break }
            let b1 = value[i + 1], b2 = value[i + 2]
            // E2 80 xx is U+2000 + (xx - 0x80); E2 81 xx is U+2040 + (xx - 0x80).
            if b1 == 0x80, b2 == 0x8E || b2 == 0x8F || (0xA8...0xAE).contains(b2) {
                return (0x2000 + UInt32(b2 - 0x80), 3)
            }
            if b1 == 0x81, (0xA6...0xA9).contains(b2) { return (0x2040 + UInt32(b2 - 0x80), 3) }
        default:
            break
        }
        return (0, 0)
    }

    /// `\u` and four lowercase hex digits.
    private mutating func appendUnicodeEscape(_ scalar: UInt32) {
        func hex(_ digit: UInt32) -> UInt8 { UInt8(digit < 10 ? 0x30 + digit : 0x57 + digit) }
        put(UInt8(ascii: "\\"), UInt8(ascii: "u"))
        put(hex(scalar >> 12 & 0xF), hex(scalar >> 8 & 0xF))
        put(hex(scalar >> 4 & 0xF), hex(scalar & 0xF))
    }

    private static func hexEscape(_ v: UInt32) -> String {
        let hex = String(v, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
