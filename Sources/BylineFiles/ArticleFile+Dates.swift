import ArticleKit
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

extension ArticleDate {
    /// The date of an ISO 8601 timestamp as a page states it ("2024-03-05", "2024-03-05T21:30:00+01:00",
    /// "2024-03-05T20:30Z"), in the local time zone when a time and zone are given; nil for anything else.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for b in bytes[from..<(from + count)] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let month = number(5, 2), let day = number(8, 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              let hour = number(11, 2), let minute = number(14, 2), hour < 24, minute < 60 else {
            self.init(year: year, month: month, day: day)
            return
        }
        // The zone: Z, ±HH:MM or ±HHMM after the seconds and fractions; without one the time is taken as stated.
        var index = 16
        while index < bytes.count, bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: ".")
                || (bytes[index] >= 0x30 && bytes[index] <= 0x39) { index += 1 }
        var offsetMinutes: Int?
        if index < bytes.count {
            if bytes[index] == UInt8(ascii: "Z") { offsetMinutes = 0 }
            else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
                    let h = number(index + 1, 2) {
                let m = number(index + (index + 3 < bytes.count && bytes[index + 3] == UInt8(ascii: ":") ? 4 : 3), 2) ?? 0
                offsetMinutes = (h * 60 + m) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
            }
        }
        guard let offsetMinutes else {
            self.init(year: year, month: month, day: day, hour: hour, minute: minute)
            return
        }
        var utc = tm()
        utc.tm_year = Int32(year - 1900); utc.tm_mon = Int32(month - 1); utc.tm_mday = Int32(day)
        utc.tm_hour = Int32(hour); utc.tm_min = Int32(minute)
        var seconds = timegm(&utc) - time_t(offsetMinutes * 60)
        var local = tm()
        guard localtime_r(&seconds, &local) != nil else { return nil }
        self.init(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday),
                  hour: Int(local.tm_hour), minute: Int(local.tm_min))
    }
}

extension ArticleMetadata {
    /// What the reader shows of an article: what its page states (a web page's byline, site, date and address),
    /// and the file's modification date.
    public init(source: ArticleSource?, modified: ArticleDate?) {
        self.init(byline: source?.byline, site: source?.site, published: source?.published.flatMap(ArticleDate.init(iso:)),
                  modified: modified, url: source?.url)
    }
}
