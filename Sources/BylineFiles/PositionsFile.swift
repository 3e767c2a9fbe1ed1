#if canImport(Glibc)
import Glibc
#endif

/// The text of the reading-positions file: what a line says, and how any path fits on one.
///
/// ```
/// byline positions 2
/// 1234	/home/ana/Articles/harbour.txt
/// 88	/home/ana/News/caf%E9 %25 off.txt
/// last	/home/ana/Articles/harbour.txt
/// ```
///
/// The first line names the format. Then `<offset>TAB<path>` for each article and `last TAB <path>` for the one read
/// last; when a path appears twice, the later line wins (the file is a log that savers append to). A path is its
/// bytes, with `%`, controls (tab, CR, LF ...), DEL and bytes that are not UTF-8 written as `%XX`, so any name the
/// file system allows fits on one line and the rest stays readable. CRLF line ends are read as LF.
///
/// A file without the first line is version 1 (raw paths, as written before paths were escaped); it is read that way
/// and rewritten as version 2.
enum PositionsFile {
    static let header = "byline positions 2"

    /// What a file holds.
    struct Contents {
        var offsets: [String: Int] = [:]
        var lastRead: String?
        /// Lines that could not be read.
        var unreadable = 0
        /// Whether the file is in the current format (it starts with `header`).
        var isCurrent = false
        /// The size the file would have with one line per article: a file much larger is due for a rewrite.
        var compactSize: Int {
            offsets.reduce(header.utf8.count + 1) { $0 + $1.key.utf8.count + 12 } + (lastRead.map { $0.utf8.count + 6 } ?? 0)
        }
    }

    /// Reads the bytes of a positions file (any version, any line ends).
    static func parse(_ bytes: [UInt8]) -> Contents {
        var contents = Contents()
        // Growing a dictionary of a million paths step by step costs more than reading them (about 40 bytes a line).
        contents.offsets.reserveCapacity(min(bytes.count / 40, 10_000_000))
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            var first = true
            guard let base = buffer.baseAddress else { return }
            while start < buffer.count {
                // memchr: a state file may hold a million lines.
                let newline = memchr(base + start, 0x0A, buffer.count - start)
                let end = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? buffer.count
                var lineEnd = end
                if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = UnsafeBufferPointer(rebasing: buffer[start..<lineEnd])
                start = end + 1
                if line.isEmpty { continue }
                if first {
                    first = false
                    if line.elementsEqual(header.utf8) {
                        contents.isCurrent = true
                        continue
                    }
                }
                if !read(line, escaped: contents.isCurrent, into: &contents) { contents.unreadable += 1 }
            }
        }
        return contents
    }

    /// Reads one line into `contents`; false if it cannot be read.
    private static func read(_ line: UnsafeBufferPointer<UInt8>, escaped: Bool, into contents: inout Contents) -> Bool {
        guard let base = line.baseAddress, let found = memchr(base, 0x09, line.count) else { return false }
        let tab = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        let field = line[..<tab]
        guard let path = decodePath(UnsafeBufferPointer(rebasing: line[(tab + 1)...]), escaped: escaped) else { return false }
        if field.elementsEqual("last".utf8) {
            contents.lastRead = path
            return true
        }
        guard let offset = parseOffset(field) else { return false }
        contents.offsets[path] = offset
        return true
    }

    /// A non-negative decimal offset of at most 18 digits.
    private static func parseOffset(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for d in digits {
            guard d >= 0x30 && d <= 0x39 else { return nil }
            value = value * 10 + Int(d - 0x30)
        }
        return value
    }

    /// The path a line names: absolute, `%XX` decoded when `escaped`.
    private static func decodePath(_ field: UnsafeBufferPointer<UInt8>, escaped: Bool) -> String? {
        guard field.first == UInt8(ascii: "/") else { return nil }
        guard escaped, let base = field.baseAddress, memchr(base, 0x25, field.count) != nil else { return FileName.decode(field) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(field.count)
        var i = 0
        while i < field.count {
            if field[i] == UInt8(ascii: "%") {
                guard i + 2 < field.count, let high = hexValue(field[i + 1]), let low = hexValue(field[i + 2]) else { return nil }
                bytes.append(high << 4 | low)
                i += 3
            } else {
                bytes.append(field[i])
                i += 1
            }
        }
        return bytes.contains(0) ? nil : FileName.decode(bytes)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }

    /// A path as a line writes it: its bytes, with `%`, controls, DEL and bytes that are not UTF-8 as `%XX`.
    static func encodePath(_ path: String) -> String {
        var out = ""
        for scalar in path.unicodeScalars {
            let byte: UInt8
            if let escaped = FileName.escapedByte(scalar) {
                byte = escaped
            } else if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "%" {
                byte = UInt8(scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
                continue
            }
            let hex = Array("0123456789ABCDEF".unicodeScalars)
            out.unicodeScalars.append("%")
            out.unicodeScalars.append(hex[Int(byte >> 4)])
            out.unicodeScalars.append(hex[Int(byte & 0xF)])
        }
        return out
    }

    /// The line that saves `offset` for `path`.
    static func line(_ offset: Int, _ path: String) -> String { "\(offset)\t\(encodePath(path))\n" }

    /// The line that says `path` was read last.
    static func lastLine(_ path: String) -> String { "last\t\(encodePath(path))\n" }

    /// A whole file for `contents`, one line per article, sorted by path.
    static func text(_ contents: Contents) -> String {
        var text = header + "\n"
        for (path, offset) in contents.offsets.sorted(by: { $0.key < $1.key }) { text += line(offset, path) }
        if let last = contents.lastRead { text += lastLine(last) }
        return text
    }
}
