#if canImport(Glibc)
import Glibc
#endif

/// Lines (or NUL-separated entries) from a file descriptor, read in large chunks as they arrive, so that the
/// first line is used before the last is written. A line longer than `limit` is skipped up to its end and
/// reported (`tooLong`) instead of being held in memory. Empty lines are skipped, and with `skipBlank` lines of
/// only spaces too.
struct LineReader {
    /// One line without its line break, numbered from 1.
    struct Line: Sendable {
        var number: Int
        var bytes: [UInt8]
        var tooLong = false
    }

    private let fd: Int32
    private let limit: Int
    private let separator: UInt8
    private let skipBlank: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next line break goes on (the bytes before it hold none).
    private var searched = 0
    private var atEnd = false
    private var number = 0
    /// Why reading stopped early (`strerror`), nil while all is well.
    private(set) var failure: String?

    init(fd: Int32, separator: UInt8 = UInt8(ascii: "\n"), skipBlank: Bool = false, limit: Int) {
        self.fd = fd
        self.separator = separator
        self.skipBlank = skipBlank
        self.limit = limit
    }

    mutating func next() -> Line? {
        while true {
            guard let line = nextRaw() else { return nil }
            if line.tooLong { return line }
            if line.bytes.isEmpty { continue }
            if skipBlank && line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return line
        }
    }

    private mutating func nextRaw() -> Line? {
        var skipping = false
        while true {
            if let newline = buffer[max(start, searched)...].firstIndex(of: separator) {
                number += 1
                defer { start = newline + 1; searched = start }
                if skipping { return Line(number: number, bytes: [], tooLong: true) }
                return Line(number: number, bytes: Array(buffer[start..<newline]))
            }
            searched = buffer.count
            if buffer.count - start > limit {
                // Too long: drop what is held and keep reading to the end of the line.
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
                searched = 0
            }
            if atEnd {
                guard start < buffer.count || skipping else { return nil }
                number += 1
                defer { buffer.removeAll(); start = 0; searched = 0 }
                return skipping ? Line(number: number, bytes: [], tooLong: true) : Line(number: number, bytes: Array(buffer[start...]))
            }
            fill()
        }
    }

    /// Reads the next chunk, first moving what is left to the front.
    private mutating func fill() {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            searched -= start
            start = 0
        }
        let chunk = 1 << 16
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        while true {
            let n = buffer.withUnsafeMutableBufferPointer { read(fd, $0.baseAddress! + old, chunk) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { failure = String(cString: strerror(errno)) }
            buffer.removeLast(chunk - max(n, 0))
            if n <= 0 { atEnd = true }
            return
        }
    }
}
