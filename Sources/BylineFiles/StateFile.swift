#if canImport(Glibc)
import Glibc
#endif

/// Files in byline's state folder, `$XDG_STATE_HOME/byline` (`~/.local/state/byline`): where they are, how an
/// article is named in them (its absolute path), and writing one whole, through a temporary file and a rename, so
/// it is never left half written.
enum StateFile {
    /// The path of the state file called `name`, nil when no home folder is known.
    static func path(_ name: String, environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/byline/" + name }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/state/byline/" + name }
        return nil
    }

    /// An article's name in the state files: its absolute path, symbolic links resolved.
    static func key(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The text of `file`; nil with no warning when there is no such file, nil with a warning when it cannot
    /// be read.
    static func read(_ file: String) -> (text: String?, warning: String?) {
        guard ArticleFile.exists(file) else { return (nil, nil) }
        do { return (String(decoding: try ArticleFile.readBytes(file, limit: 64_000_000), as: UTF8.self), nil) } catch {
            return (nil, "\(error)")
        }
    }

    /// Writes `text` to `file` whole: to a temporary file beside it, synced, then renamed into place. Returns
    /// the `errno` of what failed, 0 on success.
    static func write(_ text: String, to file: String) -> Int32 {
        let folder = String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)])
        var prefix = ""
        for part in folder.split(separator: "/") {
            prefix += "/" + part
            mkdir(prefix, 0o755)
        }
        let temporary = file + ".tmp.\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return errno }
        var failure: Int32 = 0
        var text = text
        text.withUTF8 { buffer in
            var written = 0
            while written < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n <= 0 { if errno == EINTR { continue }; failure = errno; return }
                written += n
            }
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0 && rename(temporary, file) != 0 { failure = errno }
        if failure != 0 { unlink(temporary) }
        return failure
    }
}
