import ArticleKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output with `write(2)`, noticing a closed pipe instead of dying of SIGPIPE.
struct StandardOutput {
    /// Set once a write failed; callers stop and exit non-zero.
    private(set) var failed = false
    /// Why the write failed (`errno`), 0 while nothing failed.
    private(set) var failure: Int32 = 0

    mutating func write(_ string: String) {
        guard !failed else { return }
        var string = string
        string.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    failure = errno
                    return
                }
                offset += n
            }
        }
    }

    /// Says why output failed, except for a reader that went away (`byline extract a.txt | head -1`), which is
    /// not an error worth a message.
    func reportFailure() {
        guard failed, failure != EPIPE else { return }
        StandardError.print("byline: cannot write the output: \(String(cString: strerror(failure)))")
    }
}

/// Messages for people, on standard error. Every message goes through `TerminalSafe.message`, because messages
/// quote file names, arguments and config lines, and any of those may hold escape sequences.
enum StandardError {
    static func print(_ message: String) {
        var line = TerminalSafe.message(message) + "\n"
        line.withUTF8 { buffer in _ = Glibc.write(2, buffer.baseAddress, buffer.count) }
    }
}

/// Making text that came from outside (file names, arguments, article text) safe to print on a terminal: it is
/// shown, never obeyed.
enum TerminalSafe {
    /// `text` with every control character (ESC included) and bidirectional control made visible
    /// (`VisibleText`), line by line, so multi-line messages keep their line breaks.
    static func message(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { VisibleText.make(String($0)) }
            .joined(separator: "\n")
    }

    /// JSON with the bidirectional controls inside its strings written as `\uXXXX` escapes, so printing it
    /// cannot reorder what a terminal shows. (The JSON writer already escapes C0 and C1 controls.) Outside
    /// strings JSON is ASCII, so escaping scalars anywhere keeps it valid and means the same.
    static func json(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isBidiControl) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if isBidiControl(scalar) {
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Embeddings, overrides, isolates and the directional marks.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }
}
