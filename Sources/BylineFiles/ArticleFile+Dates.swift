import ReaderCore
#if canImport(Glibc)
import Glibc
#endif

extension ArticleFile {
    /// When the file at `path` was last changed, in the local time zone; nil if it cannot be asked.
    public static func modificationDate(_ path: String) -> ArticleDate? {
        var info = stat()
        guard FileName.withCString(path, { stat($0, &info) }) == 0 else { return nil }
        var seconds = time_t(info.st_mtim.tv_sec)
        var local = tm()
        guard localtime_r(&seconds, &local) != nil else { return nil }
        return ArticleDate(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday),
                           hour: Int(local.tm_hour), minute: Int(local.tm_min))
    }
}
