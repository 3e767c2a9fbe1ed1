#if canImport(Glibc)
import Glibc
#endif

/// Where reading stopped in each article, kept in `$XDG_STATE_HOME/byline/positions` (by default
/// `~/.local/state/byline/positions`) so an article reopens where it was left. The text is `PositionsFile`'s.
///
/// Several readers may be open at once, so nobody writes the whole map they loaded: a save appends its article's
/// line (and `last`) to the file, under a lock on the state folder (`flock`), and later lines win when the file is
/// read. What another reader saved is never overwritten, whatever order they quit in.
///
/// The log is compacted when it has grown to twice its live size (or holds unreadable lines, or is in the old
/// format): under the same lock, the file on disk is read again, this save merged in, and the result written to a
/// temporary file that is renamed over it, with signals held off on this thread in between. A temporary file can
/// only be left by a process killed outright (SIGKILL); the next one to start removes it. A file that could not be
/// read (unreadable, too large) is never rewritten: saves are appended to it, so nothing it holds is lost.
public struct ReadingPositions: Sendable {
    public let file: String?
    public private(set) var offsets: [String: Int] = [:]
    /// The absolute path of the article read last.
    public private(set) var lastRead: String?
    /// Problems met reading the file (shown once, never fatal).
    public private(set) var warnings: [String] = []
    /// The largest file read; a larger one is only appended to.
    let sizeLimit: Int
    /// The file's size with one line per entry, when it was last read: the log is compacted at twice this.
    private var compactSize = 0
    /// Whether the next save rewrites the file (it held unreadable lines, or the old format).
    private var rewriteDue = false
    /// Whether the file could be read (one that could not is never replaced).
    private var readable = true

    /// Loads the positions from the default location (nothing is read when no home folder is known).
    public init(environment: [String: String]) {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            file = state + "/byline/positions"
        } else if let home = environment["HOME"], !home.isEmpty {
            file = home + "/.local/state/byline/positions"
        } else {
            file = nil
        }
        sizeLimit = 256_000_000
        load()
    }

    /// Loads the positions from `file` (tests).
    public init(file: String, sizeLimit: Int = 256_000_000) {
        self.file = file
        self.sizeLimit = sizeLimit
        load()
    }

    private mutating func load() {
        guard let file else { return }
        removeStaleTemporaryFiles()
        guard ArticleFile.exists(file) else { return }
        let bytes: [UInt8]
        do { bytes = try ArticleFile.readBytes(file, limit: sizeLimit) } catch {
            warnings.append("reading positions not loaded: \(error)")
            readable = false
            return
        }
        let contents = PositionsFile.parse(bytes)
        offsets = contents.offsets
        lastRead = contents.lastRead
        compactSize = contents.compactSize
        rewriteDue = contents.unreadable > 0 || (!contents.isCurrent && !bytes.isEmpty)
        let bad = contents.unreadable
        if bad > 0 {
            warnings.append("\(FileName.shown(file)): \(bad) unreadable line\(bad == 1 ? "" : "s") ignored (rewritten on exit)")
        }
    }

    /// The remembered offset for an article path.
    public func offset(for path: String) -> Int? { offsets[Self.key(path)] }

    /// Remembers an offset (and that this article was read last) and saves it; returns a warning if it could not
    /// be saved.
    @discardableResult
    public mutating func remember(_ offset: Int, for path: String) -> String? {
        guard path != "-" else { return nil }
        let key = Self.key(path)
        offsets[key] = offset
        lastRead = key
        return save(offset, for: key)
    }

    /// Whether `path` names the article read last.
    public func wasReadLast(_ path: String) -> Bool {
        guard let lastRead, path != "-" else { return false }
        return Self.key(path) == lastRead
    }

    /// Appends the article's line to the file (or compacts the file with it), under the state folder's lock.
    private mutating func save(_ offset: Int, for key: String) -> String? {
        guard let file else { return nil }
        func problem(_ why: String) -> String { "cannot save reading positions in \(FileName.shown(file)): \(why)" }
        func problem(errno code: Int32) -> String { problem(String(cString: strerror(code))) }
        let folder = Self.folder(of: file)
        if let why = Self.makeFolders(folder) { return problem(why) }
        let lock = FileName.withCString(folder) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard lock >= 0 else { return problem(errno: errno) }
        defer { close(lock) }  // closing releases the lock
        if let why = Self.acquire(lock) { return problem(why) }

        let fd = FileName.withCString(file) { open($0, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0o644) }
        guard fd >= 0 else { return problem(errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return problem(errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { return problem("not a regular file") }
        let size = Int(info.st_size)

        if readable && size <= sizeLimit && (rewriteDue || size > 2 * compactSize + 65_536) {
            return rewrite(fd, size: size, mode: info.st_mode & 0o7777, offset: offset, for: key).map(problem)
        }
        var text = ""
        if size == 0 {
            text = PositionsFile.header + "\n"
        } else {
            // A line cut short (a disk that filled up) must not swallow ours.
            var last: UInt8 = 0
            if pread(fd, &last, 1, off_t(size - 1)) == 1 && last != 0x0A { text = "\n" }
        }
        text += PositionsFile.line(offset, key) + PositionsFile.lastLine(key)
        if let code = Self.writeAll(fd, text) { return problem(errno: code) }
        compactSize += key.utf8.count + 12
        return nil
    }

    /// Rewrites the file as what it holds now (other readers' saves included) plus this save; returns why not.
    private mutating func rewrite(_ fd: Int32, size: Int, mode: mode_t, offset: Int, for key: String) -> String? {
        guard let file else { return nil }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, size - done, off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        var contents = PositionsFile.parse(Array(bytes[..<done]))
        contents.offsets[key] = offset
        contents.lastRead = key
        let text = PositionsFile.text(contents)

        // Held off until the rename is done: a signal that ended byline now would leave the temporary file.
        var all = sigset_t(), previous = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_BLOCK, &all, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        let temporary = file + ".tmp.\(getpid())"
        let out = FileName.withCString(temporary) { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600) }
        guard out >= 0 else { return String(cString: strerror(errno)) }
        var failure = Self.writeAll(out, text)
        if failure == nil && fchmod(out, mode) != 0 { failure = errno }
        if failure == nil && fsync(out) != 0 { failure = errno }
        close(out)
        if failure == nil {
            let renamed = FileName.withCString(temporary) { from in FileName.withCString(file) { rename(from, $0) } }
            if renamed != 0 { failure = errno }
        }
        if let failure {
            _ = FileName.withCString(temporary) { unlink($0) }
            return String(cString: strerror(failure))
        }
        offsets = contents.offsets
        lastRead = key
        compactSize = contents.compactSize
        rewriteDue = false
        return nil
    }

    /// Removes `positions.tmp.<pid>` files whose process is gone (killed outright in the middle of a rewrite).
    private func removeStaleTemporaryFiles() {
        guard let file else { return }
        let folder = Self.folder(of: file)
        let prefix = String(file[file.index(after: file.lastIndex(of: "/")!)...]) + ".tmp."
        guard let dir = FileName.withCString(folder, { opendir($0) }) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { FileName.decode(cString: $0) }
            }
            guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { _ = FileName.withCString(folder + "/" + name) { unlink($0) } }
        }
    }

    /// Takes the lock on the state folder, waiting up to two seconds for another byline to finish its save.
    private static func acquire(_ lock: Int32) -> String? {
        for _ in 0..<200 {
            if flock(lock, LOCK_EX | LOCK_NB) == 0 { return nil }
            guard errno == EWOULDBLOCK || errno == EINTR else { return String(cString: strerror(errno)) }
            usleep(10_000)
        }
        return "another byline has held the lock for two seconds"
    }

    /// Writes all of `text`; the errno of a failure.
    private static func writeAll(_ fd: Int32, _ text: String) -> Int32? {
        var text = text
        var failure: Int32?
        text.withUTF8 { buffer in
            var written = 0
            while written < buffer.count {
                let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { failure = n < 0 ? errno : ENOSPC; return }
                written += n
            }
        }
        return failure
    }

    private static func folder(of file: String) -> String {
        String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)])
    }

    /// Creates `path` and the folders above it; why not, if it could not (`Permission denied`, not the "No such
    /// file or directory" that opening a file in it would say).
    private static func makeFolders(_ path: String) -> String? {
        var prefix = ""
        for part in path.split(separator: "/") {
            prefix += "/" + part
            if FileName.withCString(prefix, { mkdir($0, 0o755) }) == 0 { continue }
            let code = errno
            if code == EEXIST || ArticleFile.isFolder(prefix) { continue }
            return "cannot create the folder \(FileName.shown(prefix)): \(String(cString: strerror(code)))"
        }
        return nil
    }

    /// Articles are remembered by absolute path.
    static func key(_ path: String) -> String {
        guard let resolved = FileName.withCString(path, { realpath($0, nil) }) else { return path }
        defer { free(resolved) }
        return FileName.decode(cString: resolved)
    }
}
