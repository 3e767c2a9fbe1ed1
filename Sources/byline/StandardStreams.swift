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

    /// Records that a write made elsewhere (an article written in its turn) failed with `errno` `code`.
    mutating func noteFailure(_ code: Int32) {
        guard !failed else { return }
        failed = true
        failure = code
    }

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { write($0) }
    }

    mutating func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    /// Writes all of `buffer`, in as many `write(2)` calls as the kernel needs (one for a line of JSON Lines).
    mutating func write(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard !failed, buffer.count > 0 else { return }
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
}
