#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArticleKit

/// File names are bytes; Byline carries them as `String`s that keep every byte.
///
/// Linux allows any byte but `/` and NUL in a name, so `caf\xE9.txt` (Latin-1) or `raw\x9B31m.txt` are real names
/// that a `String` made the usual way would change (into `caf�.txt`, which does not exist). Like Python's
/// `surrogateescape`, each byte that is not part of valid UTF-8 becomes one scalar that cannot be confused with
/// text: here U+10FF00 + the byte, from the last private-use block (Swift strings cannot hold lone surrogates).
/// The bytes of a real U+10FF00...U+10FFFF in a name are escaped the same way, so the mapping is one-to-one and
/// `bytes(decode(b)) == b` for every name.
///
/// Such strings go to system calls only through `withCString`, and to people only through `shown`.
public enum FileName {
    /// The first scalar of the escapes: U+10FF00 + byte.
    static let escapeBase: UInt32 = 0x10FF00

    /// The name for `bytes` as a system call gave them (an argument, a directory entry, `realpath`).
    public static func decode<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        if let fast = bytes.withContiguousStorageIfAvailable(decodeValid) ?? nil { return fast }
        let b = Array(bytes)
        if let fast = b.withUnsafeBufferPointer(decodeValid) { return fast }
        var out = String.UnicodeScalarView()
        var i = 0
        func escape(_ byte: UInt8) { out.append(Unicode.Scalar(escapeBase + UInt32(byte))!) }
        while i < b.count {
            let length = validSequenceLength(b, i)
            if length == 0 {
                escape(b[i])
                i += 1
                continue
            }
            var decoder = UTF8()
            var iterator = b[i..<i + length].makeIterator()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { escape(b[i]); i += 1; continue }
            if scalar.value >= escapeBase && scalar.value <= escapeBase + 0xFF {
                for k in i..<i + length { escape(b[k]) }
            } else {
                out.append(scalar)
            }
            i += length
        }
        return String(out)
    }

    /// The name for bytes that are valid UTF-8 with no scalar of the escape block (almost every name: such a
    /// scalar starts with F4), nil for any other.
    private static func decodeValid(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if let base = bytes.baseAddress, memchr(base, 0xF4, bytes.count) != nil { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The name for a NUL-terminated C string.
    public static func decode(cString: UnsafePointer<CChar>) -> String {
        decode(UnsafeBufferPointer(start: UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self),
                                   count: strlen(cString)))
    }

    /// The bytes `path` stands for: the inverse of `decode`.
    public static func bytes(_ path: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if let byte = escapedByte(scalar) {
                out.append(byte)
            } else {
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return out
    }

    /// The byte an escape scalar stands for, nil for any other scalar.
    static func escapedByte(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= escapeBase && scalar.value <= escapeBase + 0xFF ? UInt8(scalar.value - escapeBase) : nil
    }

    /// Calls `body` with the NUL-terminated bytes of `path`, for system calls.
    public static func withCString<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        // Most names hold no escape: their UTF-8 is their bytes.
        if !path.unicodeScalars.contains(where: { escapedByte($0) != nil }) { return try path.withCString(body) }
        var b = bytes(path).map { CChar(bitPattern: $0) }
        b.append(0)
        return try b.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// How messages and lists show a name: each byte that is not UTF-8 as �, controls as their pictures (a line
    /// feed as ␊, so a name can never start a line of its own: `byline extract $'gone\nbyline: all files OK'`
    /// says `gone␊byline: all files OK: no such file or folder`), bidirectional controls as ▯.
    public static func shown(_ path: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in path.unicodeScalars {
            if escapedByte(scalar) != nil {
                out.append("\u{FFFD}")
            } else if scalar.value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            } else if let replacement = VisibleText.replacement(for: scalar) {
                out.append(replacement)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The length of the valid UTF-8 sequence at `i`, or 0.
    private static func validSequenceLength(_ b: [UInt8], _ i: Int) -> Int {
        let n = b.count, b0 = b[i]
        func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
        switch b0 {
        case 0x00...0x7F: return 1
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
}
