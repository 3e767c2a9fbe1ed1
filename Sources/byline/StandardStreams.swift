#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output with `write(2)`, noticing a closed pipe instead of dying of SIGPIPE.
struct StandardOutput {
    /// Set once a write failed (the reader of the pipe went away); callers stop and exit non-zero.
    private(set) var failed = false

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
                    return
                }
                offset += n
            }
        }
    }
}

/// Messages for people, on standard error.
enum StandardError {
    static func print(_ message: String) {
        var line = message + "\n"
        line.withUTF8 { buffer in _ = Glibc.write(2, buffer.baseAddress, buffer.count) }
    }
}
