import ArticleKit
import BylineFiles
#if canImport(Glibc)
import Glibc
#endif

/// The articles `byline extract` reads, in order: the paths given as arguments, then those listed in the
/// `--files-from` file, each folder replaced by the articles in it and below it with `-r`.
///
/// Paths are handed out one at a time (`next`), so that the first article is analysed at once however long the
/// list: the list is read as it arrives, and a folder is looked at only when its turn comes.
struct ExtractInputs {
    private let given: [String]
    private var position = 0
    /// The `--files-from` list, read as it comes.
    private var list: LineReader?
    private let listName: String
    /// The articles of the folder being handed out.
    private var fromFolder: [String] = []
    private var folderPosition = 0
    private let recursive: Bool

    /// `list` is the open `--files-from` list (`listName` in messages), read after the paths.
    init(paths: [String], list: LineReader?, listName: String = "", recursive: Bool) {
        given = paths
        self.list = list
        self.listName = listName
        self.recursive = recursive
    }

    /// Whether there may be more than one article.
    var mayBeSeveral: Bool { given.count > 1 || list != nil || recursive }

    /// Why reading the `--files-from` list stopped early, if it did.
    var listFailure: String? { list?.failure.map { "\(listName): \($0)" } }

    /// The next article: a path as given or found in a folder, `-` for standard input; or why a folder or an
    /// entry of the list gives none. Nil at the end.
    mutating func next() -> Result<String, ArticleFile.Failure>? {
        if folderPosition < fromFolder.count {
            folderPosition += 1
            return .success(fromFolder[folderPosition - 1])
        }
        let path: String
        if position < given.count {
            path = given[position]
            position += 1
        } else if let line = list?.next() {
            if line.tooLong { return .failure(.unreadable("\(listName), entry \(line.number)", "longer than 64 KB, skipped")) }
            path = FileName.decode(line.bytes)
        } else {
            return nil
        }
        guard recursive, path != "-", ArticleFile.isFolder(path) else { return .success(path) }
        do {
            fromFolder = try ArticleFile.articles(underFolder: path)
            folderPosition = 0
            return next()
        } catch {
            return .failure(error)
        }
    }

    /// Opens a `--files-from` list: a file (a pipe such as `<(find ...)` too) or standard input (`-`). Its
    /// entries are lines, or separated by NUL bytes (`find -print0`); empty entries are skipped, nothing else is
    /// changed (a name may end in a space or a carriage return).
    static func openList(_ path: String, nullSeparated: Bool) throws(ArticleFile.Failure) -> LineReader {
        var fd: Int32 = 0
        if path != "-" {
            if ArticleFile.isFolder(path) { throw .isFolder(path) }
            fd = FileName.withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
            if fd < 0 {
                switch errno {
                case ENOENT, ENOTDIR: throw .notFound(path)
                case EACCES, EPERM: throw .permissionDenied(path)
                default: throw .unreadable(path, String(cString: strerror(errno)))
                }
            }
        }
        return LineReader(fd: fd, separator: nullSeparated ? 0 : UInt8(ascii: "\n"), limit: 1 << 16)
    }
}
