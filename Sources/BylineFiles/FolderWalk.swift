#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ArticleFile {
    /// The article files in a folder and all its subfolders (`extract -r`), each folder's entries in name order
    /// with a subfolder's articles where its name falls, hidden files and folders skipped. A folder reached
    /// twice (a symbolic link back up the tree) is read once. Throws when `path` cannot be read or holds no
    /// article at any depth.
    public static func articles(underFolder path: String) throws(Failure) -> [String] {
        var found: [String] = []
        var visited: Set<FolderIdentity> = []
        try walk(path, into: &found, visited: &visited, isTop: true)
        if found.isEmpty { throw .noArticles(path) }
        return found
    }

    /// A folder's device and inode: the same folder under two names has the same identity.
    private struct FolderIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private static func walk(_ path: String, into found: inout [String], visited: inout Set<FolderIdentity>,
                             isTop: Bool) throws(Failure) {
        var info = stat()
        guard FileName.withCString(path, { stat($0, &info) }) == 0 else {
            if isTop { throw failure(errno, path) }
            return
        }
        guard visited.insert(FolderIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { return }
        guard let dir = FileName.withCString(path, { opendir($0) }) else {
            if isTop { throw failure(errno, path) }
            return
        }
        var entries: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { FileName.decode(cString: $0) }
            }
            guard !name.hasPrefix(".") else { continue }
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            let type = entry.pointee.d_type
            let isFolder = type == UInt8(DT_DIR) || (type != UInt8(DT_REG) && ArticleFile.isFolder(full))
            if isFolder {
                entries.append((full, true))
            } else if let dot = name.lastIndex(of: "."),
                      articleExtensions.contains(name[name.index(after: dot)...].lowercased()) {
                entries.append((full, false))
            }
        }
        closedir(dir)
        entries.sort { $0.name < $1.name }
        for entry in entries {
            if entry.isFolder {
                try walk(entry.name, into: &found, visited: &visited, isTop: false)
            } else {
                found.append(entry.name)
            }
        }
    }
}
