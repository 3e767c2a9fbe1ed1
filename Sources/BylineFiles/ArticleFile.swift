#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArticleKit

/// Reading article files and folders from disk, with one clear message for everything that can go wrong.
public enum ArticleFile {
    /// Why a path could not be opened as an article.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case notFound(String)
        case permissionDenied(String)
        case isFolder(String)
        /// A FIFO, a device or a socket: reading one could wait for ever or never end.
        case notRegular(String, kind: String)
        case notText(String)
        case empty(String)
        case noArticles(String)
        case unreadable(String, String)
        case tooLarge(String, limit: Int)

        /// The path the failure is about.
        public var path: String {
            switch self {
            case .notFound(let p), .permissionDenied(let p), .isFolder(let p), .notRegular(let p, _), .notText(let p),
                 .empty(let p), .noArticles(let p), .unreadable(let p, _), .tooLarge(let p, _):
                return p
            }
        }

        /// What went wrong, without the path.
        public var reason: String {
            switch self {
            case .notFound: return "no such file or folder"
            case .permissionDenied: return "permission denied"
            case .isFolder: return "is a folder"
            case .notRegular(_, let kind): return "not a regular file (\(kind))"
            case .notText: return "not a text file"
            case .empty: return "empty file, nothing to read"
            case .noArticles: return "no articles (.txt, .md or .html files) in this folder"
            case .unreadable(_, let why): return why
            case .tooLarge(_, let limit): return "too large to read (over \(limit / 1_000_000) MB)"
            }
        }

        /// `<name>: <reason>`, the name shown with placeholders (`FileName.shown`).
        public var description: String { "\(FileName.shown(path)): \(reason)" }
    }

    /// A file's decoded text and what the reader should be warned about.
    public struct Loaded: Sendable {
        public let path: String
        public let text: SourceText
        public let warnings: [String]
        /// For a web page: the structure its markup states, and what it says about the article.
        public var stated: StatedStructure? = nil
        public var source: ArticleSource? = nil

        /// The analysis of the article (with the stated structure, for a web page).
        public func analyzed() -> Article {
            if let stated { return Article(analyzing: text, stated: stated, source: source, warnings: warnings) }
            return Article(analyzing: text, warnings: warnings)
        }
    }

    /// The largest article read, in bytes. Analysis needs memory many times the text's size, and a path such as
    /// `/dev/zero` never ends: past this, reading stops with `tooLarge` instead of exhausting memory.
    public static let maximumSize = 100_000_000

    /// The file extensions opened from a folder.
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml"]

    /// Reads and decodes one article file.
    public static func load(_ path: String) throws(Failure) -> Loaded {
        try decode(readBytes(path), name: path)
    }

    /// Decodes the bytes of an article; `name` is what messages call it (a path, or "standard input").
    public static func decode(_ bytes: [UInt8], name: String) throws(Failure) -> Loaded {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty(name) }
        if WebArticle.isPage(bytes, name: name) { return try WebArticle.load(bytes, name: name) }
        let decoded: TextDecoder.Result
        do { decoded = try TextDecoder.decode(bytes) } catch { throw .notText(name) }
        if isBlank(decoded.text) { throw .empty(name) }
        return Loaded(path: name, text: decoded.text, warnings: decoded.warnings)
    }

    /// Whether the text has nothing to show: only spaces of any kind, line breaks, byte-order marks and other
    /// invisible characters (a file holding one U+3000 or one BOM has no headline and no paragraph).
    static func isBlank(_ text: SourceText) -> Bool {
        var i = 0
        while i < text.count {
            let (scalar, length) = text.scalar(at: i)
            let p = scalar.properties
            if !(p.isWhitespace || p.generalCategory == .format || p.generalCategory == .control) { return false }
            i += length
        }
        return true
    }

    /// Whether `path` names a folder.
    public static func isFolder(_ path: String) -> Bool {
        guard let info = status(path) else { return false }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The size of a file in bytes, nil if it cannot be read.
    public static func size(_ path: String) -> Int? {
        status(path).map { Int($0.st_size) }
    }

    /// Whether `path` exists.
    public static func exists(_ path: String) -> Bool {
        status(path) != nil
    }

    /// `stat` of the file `path` names (following links), nil if there is none.
    static func status(_ path: String) -> stat? {
        var info = stat()
        return FileName.withCString(path) { stat($0, &info) } == 0 ? info : nil
    }

    /// The article files in a folder (not its subfolders), sorted by name; hidden files are skipped. Entries that
    /// are not regular files (a FIFO named `x.txt`) are listed too: opening them says what they are.
    public static func articles(inFolder path: String) throws(Failure) -> [String] {
        guard let dir = FileName.withCString(path, { opendir($0) }) else { throw failure(errno, path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { FileName.decode(cString: $0) }
            }
            guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { continue }
            let ext = name[name.index(after: dot)...].lowercased()
            guard articleExtensions.contains(ext) else { continue }
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            // The entry's type usually comes with it; only ask the file system when it does not.
            let type = entry.pointee.d_type
            if type == UInt8(DT_REG) || (type != UInt8(DT_DIR) && !isFolder(full)) { names.append(full) }
        }
        if names.isEmpty { throw .noArticles(path) }
        return names.sorted()
    }

    /// Reads the whole file, refusing one longer than `limit` bytes, and anything but a regular file (or standard
    /// input under another name, such as `/dev/stdin`).
    public static func readBytes(_ path: String, limit: Int = maximumSize) throws(Failure) -> [UInt8] {
        let fd = try openRegularFile(path)
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0 && info.st_size > limit { throw .tooLarge(path, limit: limit) }
        return try readAll(fd, name: path, sizeHint: info.st_size > 0 ? Int(info.st_size) : 0, limit: limit)
    }

    /// Opens `path` for reading without waiting and checks that it is a regular file (or standard input): a FIFO
    /// opened the usual way blocks until a writer comes, and a device may never end.
    public static func openRegularFile(_ path: String) throws(Failure) -> Int32 {
        let fd = FileName.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        guard fd >= 0 else {
            let code = errno
            // open(2) on a socket fails with ENXIO.
            if code == ENXIO, let info = status(path), info.st_mode & S_IFMT == S_IFSOCK {
                throw .notRegular(path, kind: "a socket")
            }
            throw failure(code, path)
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw failure(code, path)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return fd
        case S_IFDIR:
            close(fd)
            throw .isFolder(path)
        default:
            var input = stat()
            if fstat(0, &input) == 0 && input.st_dev == info.st_dev && input.st_ino == info.st_ino {
                // Standard input under another name (`/dev/stdin`): read it as `-` is read, waiting for it.
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
                return fd
            }
            close(fd)
            switch info.st_mode & S_IFMT {
            case S_IFIFO: throw .notRegular(path, kind: "a named pipe")
            case S_IFCHR, S_IFBLK: throw .notRegular(path, kind: "a device")
            case S_IFSOCK: throw .notRegular(path, kind: "a socket")
            default: throw .notRegular(path, kind: "a special file")
            }
        }
    }

    /// Reads an open file descriptor to its end (standard input, a pipe), refusing more than `limit` bytes;
    /// `name` is what messages call it.
    public static func readAll(_ fd: Int32, name: String, sizeHint: Int = 0,
                               limit: Int = maximumSize) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        if sizeHint > 0 { bytes.reserveCapacity(min(sizeHint, limit)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(errno, name)
            }
            if n == 0 { break }
            if bytes.count + n > limit { throw .tooLarge(name, limit: limit) }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    /// The first line of a file (for library lists), read without loading the whole file.
    public static func firstLine(_ path: String, limit: Int = 1024) -> String? {
        // A web page's first line is markup: its title comes with the background analysis.
        if let dot = path.lastIndex(of: "."), WebArticle.extensions.contains(path[path.index(after: dot)...].lowercased()) {
            return nil
        }
        guard let fd = try? openRegularFile(path) else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: limit)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        var bytes = Array(buffer[0..<n])
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.contains(0) { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var trimmed = Substring(line)
            while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
            while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
            if trimmed.hasPrefix("#") { trimmed = trimmed.drop(while: { $0 == "#" }).drop(while: { $0 == " " }) }
            if !trimmed.isEmpty { return String(trimmed) }
        }
        return nil
    }

    static func failure(_ code: Int32, _ path: String) -> Failure {
        switch code {
        case ENOENT, ENOTDIR: return .notFound(path)
        case EACCES, EPERM: return .permissionDenied(path)
        case EISDIR: return .isFolder(path)
        default: return .unreadable(path, String(cString: strerror(code)))
        }
    }
}
