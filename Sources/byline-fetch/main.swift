// byline-fetch: fetches one web page for `byline` (see PageFetcher in WebFetch), with Foundation's URLSession.
// Kept out of `byline` itself so that `byline` does not load Foundation's networking (libcurl and the libraries it
// needs) on every launch. Not meant to be run by hand: its one argument is a request in FetchExchange's format,
// and it answers on standard output in the same format.
#if canImport(Glibc)
import Glibc
#endif
import WebFetch

guard CommandLine.arguments.count == 2, let request = FetchExchange.Request(argument: CommandLine.arguments[1]) else {
    let usage = "byline-fetch: fetches a web page for byline, which starts it; not meant to be run by hand\n"
    _ = write(2, usage, usage.utf8.count)
    exit(64)
}
let result = Result<FetchedPage, FetchFailure> { () throws(FetchFailure) in try URLSessionFetch(request: request).fetch() }
let header = FetchExchange.header(of: result)
let page = (try? result.get())?.bytes ?? []
for bytes in [header, page] {
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { exit(1) }
        offset += n
    }
}
exit(0)
