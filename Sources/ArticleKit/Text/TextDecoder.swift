#if canImport(Glibc)
import Glibc
#endif
/// Turns the bytes of a file into a `SourceText`, or says why they are not text.
///
/// - UTF-8 with or without a byte-order mark is taken as it is (the mark stays in the text as U+FEFF, so
///   offsets count exactly what the file holds).
/// - UTF-16 with a byte-order mark is converted to UTF-8 (the mark is consumed, as Python's `utf-16` codec does).
/// - Invalid UTF-8 sequences become U+FFFD, with a warning.
/// - NUL bytes mean a binary file, which is refused. So does UTF-16 that no text would be: a NUL unit, or more
///   than one scalar in twenty that text never holds (lone surrogates, private use, unassigned, controls). A
///   binary file that happens to start with FF FE is such noise: about one unit in seven of random bytes is.
public enum TextDecoder {
    /// Why bytes could not be read as an article.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The bytes hold NUL characters: a binary file, not text.
        case notText

        public var description: String {
            switch self {
            case .notText: return "not a text file"
            }
        }
    }

    /// The decoded text, what encoding it was in, and anything the reader should be warned about.
    public struct Result: Sendable {
        public let text: SourceText
        public let encoding: String
        public let warnings: [String]
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Result {
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        // (memchr: a loop over the bytes took as long as the rest of reading a 50 MB article.)
        if !bytes.isEmpty, bytes.withUnsafeBytes({ memchr($0.baseAddress!, 0, $0.count) }) != nil { throw .notText }
        let invalid = countInvalidUTF8(bytes)
        if invalid == 0 {
            return Result(text: SourceText(validUTF8: bytes), encoding: "UTF-8", warnings: [])
        }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        let noun = invalid == 1 ? "sequence" : "sequences"
        return Result(
            text: SourceText(validUTF8: repaired), encoding: "UTF-8",
            warnings: ["\(invalid) invalid UTF-8 \(noun) shown as \u{FFFD}"])
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(Failure) -> Result {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var warnings: [String] = []
        if bytes.count % 2 == 1 { warnings.append("odd trailing byte of UTF-16 ignored") }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(units.count)
        var replaced = 0
        var scalars = 0
        var implausible = 0
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw .notText }
                scalars += 1
                if !isPlausibleInText(scalar) { implausible += 1 }
                UTF8.encode(scalar) { utf8.append($0) }
            case .emptyInput:
                break loop
            case .error:
                replaced += 1
                scalars += 1
                implausible += 1
                UTF8.encode("\u{FFFD}") { utf8.append($0) }
            }
        }
        if implausible * 20 > scalars { throw .notText }
        if replaced > 0 { warnings.append("\(replaced) invalid UTF-16 units shown as \u{FFFD}") }
        let name = littleEndian ? "UTF-16LE" : "UTF-16BE"
        return Result(text: SourceText(validUTF8: utf8), encoding: name, warnings: warnings)
    }

    /// Whether text could hold `scalar`: not a control other than a line or page break or a tab, not private use,
    /// not unassigned, not a noncharacter.
    static func isPlausibleInText(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x0C }
        if v <= 0x9F { return false }  // C1 controls
        // Latin-1, the CJK ideographs and the Hangul syllables are all assigned: skip the property lookup.
        if v <= 0xFF || (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) { return true }
        switch scalar.properties.generalCategory {
        case .unassigned, .privateUse, .surrogate, .control: return false
        default: return !scalar.properties.isNoncharacterCodePoint
        }
    }

    /// The number of maximal invalid subsequences (each becomes one U+FFFD), 0 for valid UTF-8.
    static func countInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var invalid = 0
        bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var i = 0
            let base = UnsafeRawPointer(buffer.baseAddress)
            while i < n {
                // Runs of ASCII, eight bytes at a time (most text is mostly ASCII).
                if let base {
                    while i + 8 <= n && base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                    }
                    if i >= n { break }
                }
                let b = buffer[i]
                if b < 0x80 { i += 1; continue }
                let length = validSequenceLength(buffer, i)
                if length > 0 {
                    i += length
                } else {
                    invalid += 1
                    i += max(1, maximalSubpart(buffer, i))
                }
            }
        }
        return invalid
    }

    /// The length of the valid multi-byte sequence at `i`, or 0.
    private static func validSequenceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = b.count, b0 = b[i]
        func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return i + 1 < n && (0xA0...0xBF).contains(b[i + 1]) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return i + 1 < n && (0x80...0x9F).contains(b[i + 1]) && cont(2) ? 3 : 0
        case 0xF0: return i + 1 < n && (0x90...0xBF).contains(b[i + 1]) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return i + 1 < n && (0x80...0x8F).contains(b[i + 1]) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    /// How many bytes one U+FFFD replaces at `i` (the maximal subpart of a valid sequence, at least 1).
    private static func maximalSubpart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = b.count, b0 = b[i]
        var need: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch b0 {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; secondRange = 0x80...0x9F
        case 0xF0: need = 3; secondRange = 0x90...0xBF
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; secondRange = 0x80...0x8F
        default: return 1
        }
        var k = 1
        while k <= need && i + k < n {
            let ok = k == 1 ? secondRange.contains(b[i + k]) : b[i + k] & 0xC0 == 0x80
            if !ok { break }
            k += 1
        }
        _ = need
        return k
    }
}
