internal import FoundationEssentials

/// What `byline` asks the fetching program `byline-fetch`, and what it answers: the one format the two share.
///
/// The request is the program's only argument, a JSON object. The answer, on its standard output, is one JSON
/// line (the address after redirects and the `Content-Type`, or the failure), then the page's bytes as fetched,
/// up to the end of the output: `{"url":"https://example.org/a","contentType":"text/html"}\n<!DOCTYPE html>...`
public enum FetchExchange {
    /// The name of the fetching program, which lives beside `byline`.
    public static let program = "byline-fetch"

    /// One page to fetch, and the limits to fetch it within.
    public struct Request: Codable, Equatable, Sendable {
        public var address: String
        public var userAgent: String
        public var timeout: Double
        public var maximumSize: Int
        public var maximumRedirects: Int

        public init(address: String, userAgent: String, timeout: Double, maximumSize: Int, maximumRedirects: Int) {
            self.address = address
            self.userAgent = userAgent
            self.timeout = timeout
            self.maximumSize = maximumSize
            self.maximumRedirects = maximumRedirects
        }

        /// The request as the program's argument.
        public var argument: String { String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self) }

        /// The request an argument holds, or nil.
        public init?(argument: String) {
            guard let request = try? JSONDecoder().decode(Request.self, from: Data(argument.utf8)) else { return nil }
            self = request
        }
    }

    /// The first line of an answer.
    struct Header: Codable {
        var url: String?
        var contentType: String?
        var failure: FetchFailure?
    }

    /// The answer's first line, ending in a line feed; the page's bytes (if any) follow it.
    public static func header(of result: Result<FetchedPage, FetchFailure>) -> [UInt8] {
        let header: Header
        switch result {
        case .success(let page): header = Header(url: page.url, contentType: page.contentType)
        case .failure(let failure): header = Header(failure: failure)
        }
        // The JSON encoder escapes line feeds inside strings, so the header is one line.
        return Array((try? JSONEncoder().encode(header)) ?? Data("{}".utf8)) + [0x0A]
    }

    /// The page or the failure an answer holds; nil when `answer` is not one (the program failed before it could
    /// answer). The page's bytes are taken out of `answer`.
    public static func read(_ answer: inout [UInt8]) -> Result<FetchedPage, FetchFailure>? {
        guard let end = answer.firstIndex(of: 0x0A),
              let header = try? JSONDecoder().decode(Header.self, from: Data(answer[..<end])) else { return nil }
        if let failure = header.failure { return .failure(failure) }
        guard let url = header.url else { return nil }
        answer.removeSubrange(...end)
        return .success(FetchedPage(url: url, bytes: answer, contentType: header.contentType))
    }
}
