#if canImport(Glibc)
import Glibc
#endif

/// Fetches web pages, within limits: a timeout, at most `maximumRedirects` redirects and only to http or https, at
/// most `maximumSize` bytes after decompression, HTML, XHTML or plain text only. TLS certificates are always
/// verified. Nothing is written anywhere.
///
/// The fetching itself is done by a program of its own, `byline-fetch` beside `byline`, with Foundation's
/// URLSession: Foundation's networking brings libcurl and some twenty libraries (TLS, Kerberos, LDAP...) whose
/// loading took longer than the whole of `byline extract` of a short file, so `byline` starts it only when it is
/// given an address (as git leaves https to git-remote-https). The two talk in `FetchExchange`'s format.
public struct PageFetcher: Sendable {
    public var userAgent: String
    /// Seconds without progress before giving up, and for the whole transfer (times 4).
    public var timeout: Double
    public var maximumSize: Int
    public var maximumRedirects: Int
    /// The fetching program; nil: `byline-fetch` in the folder of the running program, looked for when needed.
    public var program: String?

    public init(userAgent: String, timeout: Double = 30, maximumSize: Int = 100_000_000, maximumRedirects: Int = 10,
                program: String? = nil) {
        self.userAgent = userAgent
        self.timeout = timeout
        self.maximumSize = maximumSize
        self.maximumRedirects = maximumRedirects
        self.program = program
    }

    /// Whether `argument` is a web address (http:// or https://) rather than a file path.
    /// (Any `scheme://` counts, so that `ftp://...` gets a clear refusal rather than "no such file".)
    public static func isAddress(_ argument: String) -> Bool {
        guard let colon = argument.firstIndex(of: ":"), argument[colon...].hasPrefix("://") else { return false }
        let scheme = argument[..<colon]
        return !scheme.isEmpty && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    /// Fetches `address`, blocking until it is done or has failed.
    public func fetch(_ address: String) throws(FetchFailure) -> FetchedPage {
        guard let program = program ?? Self.besideThisProgram else {
            throw .fetcherFailed(address, "cannot fetch web addresses: \(FetchExchange.program) is not beside this program")
        }
        let request = FetchExchange.Request(address: address, userAgent: userAgent, timeout: timeout,
                                            maximumSize: maximumSize, maximumRedirects: maximumRedirects)
        // The program keeps to the timeouts itself; this bound only catches one that hangs.
        let run = ProgramRun(program: program, argument: request.argument, outputLimit: maximumSize + 1_000_000,
                            seconds: timeout * 4 + 10)
        var output = run.output
        if let answer = FetchExchange.read(&output) { return try answer.get() }
        throw .fetcherFailed(address, "\(FetchExchange.program) failed: \(run.why)")
    }

    /// `byline-fetch` in the folder of the running program, nil when it is not there.
    static var besideThisProgram: String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let me = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = me.lastIndex(of: "/") else { return nil }
        let path = String(me[...slash]) + FetchExchange.program
        return access(path, X_OK) == 0 ? path : nil
    }
}
