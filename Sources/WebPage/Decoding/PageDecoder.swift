#if canImport(Glibc)
import Glibc
#endif

/// Turns a page's bytes into UTF-8, whatever character set it was written in.
///
/// The encoding is decided in this order: a byte-order mark; the bytes themselves when they are valid UTF-8
/// with characters beyond ASCII (a page that declares gbk or windows-1252 but is valid UTF-8 is UTF-8: legacy
/// text is almost never valid UTF-8 by chance); the HTTP `Content-Type` charset; a `<meta charset>` or
/// `<meta http-equiv="Content-Type">` in the first 4 KB; and, with no declaration, UTF-8 when most of the page
/// decodes as UTF-8, else windows-1252 (the web's default, which ISO-8859-1 and US-ASCII labels mean too).
/// Invalid UTF-8 is replaced by U+FFFD, with a warning.
enum PageDecoder {
    struct Result {
        /// The page as valid UTF-8, without a byte-order mark.
        var bytes: [UInt8]
        /// The character set used, as a lowercase label ("utf-8", "windows-1252").
        var encoding: String
        var warnings: [String]
    }

    static func decode(_ bytes: [UInt8], contentType: String? = nil) -> Result {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3)), declared: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(Array(bytes.dropFirst(2)), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(Array(bytes.dropFirst(2)), bigEndian: true) }
        let check = UTF8Check(bytes)
        if check.invalid == 0 {
            return Result(bytes: bytes, encoding: check.multibyte > 0 ? "utf-8" : "ascii", warnings: [])
        }
        let declared = contentType.flatMap(charset(inContentType:)) ?? metaCharset(bytes)
        let label = declared.map(canonicalLabel)
        switch label {
        case "utf-8", "utf-16", "utf-16le", "utf-16be":
            return utf8(bytes, declared: true)
        case "windows-1252", nil:
            if label == nil && check.multibyte > check.invalid * 4 { return utf8(bytes, declared: false) }
            return Result(bytes: windows1252(bytes), encoding: "windows-1252", warnings: [])
        case let other?:
            if let converted = iconvToUTF8(bytes, from: other) {
                return Result(bytes: converted, encoding: other, warnings: [])
            }
            return Result(bytes: windows1252(bytes), encoding: "windows-1252",
                          warnings: ["unknown character set \"\(other)\": read as windows-1252"])
        }
    }

    /// UTF-8 with invalid sequences replaced.
    private static func utf8(_ bytes: [UInt8], declared: Bool) -> Result {
        let check = UTF8Check(bytes)
        guard check.invalid > 0 else { return Result(bytes: bytes, encoding: "utf-8", warnings: []) }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        return Result(bytes: repaired, encoding: "utf-8",
                      warnings: ["invalid UTF-8 replaced by U+FFFD (\(check.invalid) sequence\(check.invalid == 1 ? "" : "s"))"])
    }

    private static func utf16(_ bytes: [UInt8], bigEndian: Bool) -> Result {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        return Result(bytes: Array(String(decoding: units, as: UTF16.self).utf8),
                      encoding: bigEndian ? "utf-16be" : "utf-16le", warnings: [])
    }

    /// Counts of valid multibyte sequences and invalid ones.
    struct UTF8Check {
        var multibyte = 0
        var invalid = 0
        init(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { b in
                let n = b.count
                var i = 0
                while i < n {
                    // Eight ASCII bytes at a time.
                    while i + 8 <= n {
                        let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                        if word & 0x8080_8080_8080_8080 != 0 { break }
                        i += 8
                    }
                    guard i < n else { break }
                    let c = b[i]
                    if c < 0x80 { i += 1; continue }
                    var length = 0
                    var low: UInt8 = 0x80, high: UInt8 = 0xBF
                    switch c {
                    case 0xC2...0xDF: length = 2
                    case 0xE0: length = 3; low = 0xA0
                    case 0xE1...0xEC, 0xEE, 0xEF: length = 3
                    case 0xED: length = 3; high = 0x9F
                    case 0xF0: length = 4; low = 0x90
                    case 0xF1...0xF3: length = 4
                    case 0xF4: length = 4; high = 0x8F
                    default: length = 0
                    }
                    var ok = length > 0 && i + length <= n
                    if ok {
                        if b[i + 1] < low || b[i + 1] > high { ok = false }
                        var k = 2
                        while ok && k < length { if b[i + k] & 0xC0 != 0x80 { ok = false }; k += 1 }
                    }
                    if ok { multibyte += 1; i += length } else { invalid += 1; i += 1 }
                }
            }
        }
    }

    /// The `charset` parameter of a Content-Type header value.
    static func charset(inContentType value: String) -> String? {
        let lower = value.lowercased()
        guard let range = lower.firstRange(of: "charset=") else { return nil }
        var label = lower[range.upperBound...]
        if let end = label.firstIndex(where: { $0 == ";" || $0 == " " }) { label = label[..<end] }
        let trimmed = label.trimmingQuotes
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The charset a `<meta>` in the first 4 KB declares.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        var search = head[...]
        while let meta = search.firstRange(of: "<meta") {
            let rest = search[meta.upperBound...]
            let tagEnd = rest.firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[..<tagEnd]
            if let c = tag.firstRange(of: "charset=") {
                let stops: Set<Character> = ["\"", "'", ";", " ", "/"]
                var label = tag[c.upperBound...].drop(while: { (ch: Character) in stops.contains(ch) })
                if let end = label.firstIndex(where: { (ch: Character) in stops.contains(ch) }) {
                    label = label[..<end]
                }
                if !label.isEmpty { return String(label) }
            }
            search = rest[tagEnd...]
        }
        return nil
    }

    /// The WHATWG name for a few common labels.
    static func canonicalLabel(_ label: String) -> String {
        switch label.lowercased() {
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "utf-8"
        case "latin1", "iso-8859-1", "iso8859-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252",
             "x-cp1252", "iso_8859-1", "cp819", "ansi_x3.4-1968": return "windows-1252"
        case "utf-16", "utf-16le", "utf-16be": return label.lowercased()
        default: return label.lowercased()
        }
    }

    /// windows-1252 (a superset of ISO-8859-1 as browsers read it) to UTF-8.
    static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar: UInt32 = b >= 0xA0 ? UInt32(b) : cp1252High[Int(b - 0x80)]
            out.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        }
        return out
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Converts with the C library's iconv; nil when it does not know the character set.
    static func iconvToUTF8(_ bytes: [UInt8], from label: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", label.uppercased())
        if converter == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var out = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count * 2)
        input.withUnsafeMutableBufferPointer { inBuffer in
            out.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                while inLeft > 0 {
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let r = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    let produced = outBuffer.count - outLeft
                    result.append(contentsOf: UnsafeBufferPointer(start: outBuffer.baseAddress!, count: produced))
                    if r == -1 && (errno == EILSEQ || errno == EINVAL) {
                        result.append(contentsOf: [0xEF, 0xBF, 0xBD])   // U+FFFD for a byte it cannot read
                        inPointer = inPointer.map { $0 + 1 }
                        inLeft -= 1
                    } else if r == -1 && errno != E2BIG {
                        break
                    }
                }
            }
        }
        return result
    }
}

private extension Substring {
    var trimmingQuotes: String {
        String(self.drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
            .reversed().drop(while: { $0 == "\"" || $0 == "'" || $0 == " " }).reversed())
    }
}
