import ArticleKit
import BylineFiles
#if canImport(Glibc)
import Glibc
#endif

/// The articles `byline extract` reads, in order: the paths given as arguments, then those listed in the
/// `--files-from` file, each folder replaced by the articles in it and below it with `-r`.
///
/// Paths are handed out one at a time (`next`), so that the first article is analysed at once however long the
/// list: a folder is looked at only when its turn comes.
struct ExtractInputs {
    /// One article to read: a path as given (or found in a folder), or standard input (`-`).
    typealias Input = String

    private var given: [String]
    private var position = 0
    /// The articles of the folder being handed out.
    private var fromFolder: [String] = []
    private var folderPosition = 0
    private let recursive: Bool

    init(paths: [String], listed: [String], recursive: Bool) {
        given = paths + listed
        self.recursive = recursive
    }

    /// How many paths were given (before folders were opened).
    var givenCount: Int { given.count }

    /// The next article, or a message saying why a folder given gives none; nil at the end.
    mutating func next() -> Result<Input, ArticleFile.Failure>? {
        if folderPosition < fromFolder.count {
            folderPosition += 1
            return .success(fromFolder[folderPosition - 1])
        }
        guard position < given.count else { return nil }
        let path = given[position]
        position += 1
        guard recursive, path != "-", ArticleFile.isFolder(path) else { return .success(path) }
        do {
            fromFolder = try ArticleFile.articles(underFolder: path)
            folderPosition = 0
            return next()
        } catch {
            return .failure(error)
        }
    }

    /// The paths in a `--files-from` list: one per line, or separated by NUL bytes (`find -print0`); empty
    /// entries are skipped, nothing else is changed (a name may end in a space or a carriage return).
    static func readList(_ path: String, nullSeparated: Bool) throws(ArticleFile.Failure) -> [String] {
        let bytes: [UInt8]
        if path == "-" {
            bytes = try ArticleFile.readAll(0, name: "standard input")
        } else {
            bytes = try ArticleFile.readBytes(path)
        }
        let separator: UInt8 = nullSeparated ? 0 : UInt8(ascii: "\n")
        return bytes.split(separator: separator, omittingEmptySubsequences: true).map {
            String(decoding: $0, as: UTF8.self)
        }
    }
}
