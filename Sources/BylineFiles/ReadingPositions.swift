#if canImport(Glibc)
import Glibc
#endif

/// Where reading stopped in each article, kept in `$XDG_STATE_HOME/byline/positions` (by default
/// `~/.local/state/byline/positions`) so an article reopens where it was left.
///
/// The file is plain text, one `offset<TAB>path` per line, and `last<TAB>path` for the article read last (the
/// library opens it again). A line that cannot be read is skipped with a warning;
/// the file is always rewritten whole through a temporary file and a rename, so it is never left half written.
public struct ReadingPositions: Sendable {
    public let file: String?
    public private(set) var offsets: [String: Int] = [:]
    /// The absolute path of the article read last.
    public private(set) var lastRead: String?
    /// Problems met reading the file (shown once, never fatal).
    public private(set) var warnings: [String] = []

    /// Loads the positions from the default location (nothing is read when no home folder is known).
    public init(environment: [String: String]) {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            file = state + "/byline/positions"
        } else if let home = environment["HOME"], !home.isEmpty {
            file = home + "/.local/state/byline/positions"
        } else {
            file = nil
        }
        load()
    }

    /// Loads the positions from `file` (tests).
    public init(file: String) {
        self.file = file
        load()
    }

    private mutating func load() {
        guard let file, ArticleFile.exists(file) else { return }
        let bytes: [UInt8]
        do { bytes = try ArticleFile.readBytes(file, limit: 64_000_000) } catch {
            warnings.append("reading positions not loaded: \(error)")
            return
        }
        var bad = 0
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2, parts[0] == "last", parts[1].hasPrefix("/") {
                lastRead = String(parts[1])
                continue
            }
            guard parts.count == 2, let offset = Int(parts[0]), offset >= 0, parts[1].hasPrefix("/") else {
                bad += 1
                continue
            }
            offsets[String(parts[1])] = offset
        }
        if bad > 0 { warnings.append("\(file): \(bad) unreadable line\(bad == 1 ? "" : "s") ignored (rewritten on exit)") }
    }

    /// The remembered offset for an article path.
    public func offset(for path: String) -> Int? { offsets[Self.key(path)] }

    /// Remembers an offset (and that this article was read last) and writes the file; returns a warning if it
    /// could not be written.
    @discardableResult
    public mutating func remember(_ offset: Int, for path: String) -> String? {
        guard path != "-" else { return nil }
        let key = Self.key(path)
        offsets[key] = offset
        lastRead = key
        return save()
    }

    /// Whether `path` names the article read last.
    public func wasReadLast(_ path: String) -> Bool {
        guard let lastRead, path != "-" else { return false }
        return Self.key(path) == lastRead
    }

    /// Writes every position to a temporary file beside the real one, then renames it into place.
    public func save() -> String? {
        guard let file else { return nil }
        let folder = String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)])
        makeFolders(folder)
        var text = lastRead.map { "last\t\($0)\n" } ?? ""
        for (path, offset) in offsets.sorted(by: { $0.key < $1.key }) where !path.contains("\n") {
            text += "\(offset)\t\(path)\n"
        }
        let temporary = file + ".tmp.\(getpid())"
        func problem(_ code: Int32) -> String { "cannot save reading positions in \(file): \(String(cString: strerror(code)))" }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return problem(errno) }
        var failure: Int32 = 0
        text.withUTF8 { buffer in
            var written = 0
            while written < buffer.count {
                let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n <= 0 { if errno == EINTR { continue }; failure = errno; return }
                written += n
            }
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0 && rename(temporary, file) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            return problem(failure)
        }
        return nil
    }

    private func makeFolders(_ path: String) {
        var prefix = ""
        for part in path.split(separator: "/") {
            prefix += "/" + part
            mkdir(prefix, 0o755)
        }
    }

    /// Articles are remembered by absolute path.
    static func key(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
