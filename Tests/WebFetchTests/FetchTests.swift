import Foundation
import Testing
import WebFetch

/// Fetching against a server the test starts on 127.0.0.1: limits and one-line failures.
struct FetchTests {
    static let page = Array("<!DOCTYPE html><html><head><title>Ferry</title></head><body><p>The ferry sails.</p></body></html>".utf8)

    static func routes(_ path: String, _ agent: String) -> LocalServer.Response {
        switch path {
        case "/page.html": return .init(headers: ["Content-Type": "text/html; charset=utf-8"], body: page)
        case "/agent": return .init(headers: ["Content-Type": "text/plain"], body: Array(agent.utf8))
        case "/moved": return .init(status: 301, headers: ["Location": "/page.html"])
        case "/loop": return .init(status: 302, headers: ["Location": "/loop"])
        case "/to-file": return .init(status: 302, headers: ["Location": "file:///etc/passwd"])
        case "/to-ftp": return .init(status: 302, headers: ["Location": "ftp://127.0.0.1/x"])
        case "/image": return .init(headers: ["Content-Type": "image/png"], body: [0x89, 0x50, 0x4E, 0x47])
        case "/bomb":
            return .init(headers: ["Content-Type": "text/html", "Content-Encoding": "gzip"], body: LocalServer.gzipBomb)
        case "/slow":
            Thread.sleep(forTimeInterval: 3)
            return .init(headers: ["Content-Type": "text/html"], body: page)
        case "/big": return .init(headers: ["Content-Type": "text/html"], body: [UInt8](repeating: 0x41, count: 300_000))
        default: return .init(status: 404, headers: ["Content-Type": "text/html"], body: Array("no".utf8))
        }
    }

    func withServer(_ body: (LocalServer) throws -> Void) throws {
        let server = try LocalServer(routes: Self.routes)
        defer { server.stop() }
        try body(server)
    }

    let fetcher = PageFetcher(userAgent: "byline/test", timeout: 10, maximumSize: 200_000)

    func failure(_ address: String) -> FetchFailure? {
        do { _ = try fetcher.fetch(address); return nil } catch { return error }
    }

    @Test func aPageAndItsTypeAndTheUserAgent() throws {
        try withServer { server in
            let page = try fetcher.fetch(server.base + "/page.html")
            #expect(page.bytes == Self.page)
            #expect(page.contentType == "text/html; charset=utf-8")
            let agent = try fetcher.fetch(server.base + "/agent")
            #expect(agent.bytes == Array("byline/test".utf8))
        }
    }

    @Test func redirectsAreFollowedUpToTheLimit() throws {
        try withServer { server in
            let moved = try fetcher.fetch(server.base + "/moved")
            #expect(moved.url.hasSuffix("/page.html"))
            #expect(failure(server.base + "/loop") == .tooManyRedirects(server.base + "/loop", limit: 10))
        }
    }

    @Test func redirectsToOtherSchemesAreRefused() throws {
        try withServer { server in
            for path in ["/to-file", "/to-ftp"] {
                let f = failure(server.base + path)
                guard case .redirectScheme = f else { Issue.record("\(path): \(String(describing: f))"); continue }
                #expect(f?.description.contains("refused a redirect") == true)
            }
        }
    }

    @Test func errorsAndTypesAreOneLineMessages() throws {
        try withServer { server in
            let missing = failure(server.base + "/missing")
            #expect(missing == .httpStatus(server.base + "/missing", 404))
            #expect(missing?.description == server.base + "/missing: the server answered HTTP 404 (Not Found)")
            #expect(failure(server.base + "/image") == .notAPage(server.base + "/image", "image/png"))
            #expect(failure("ftp://127.0.0.1/x") == .unsupportedScheme("ftp://127.0.0.1/x"))
            #expect(failure("http://") == .invalidAddress("http://"))
            for f in [missing, failure(server.base + "/image")] { #expect(!(f?.description.contains("\n") ?? true)) }
        }
    }

    @Test func theSizeCapHoldsForPlainAndCompressedResponses() throws {
        try withServer { server in
            #expect(failure(server.base + "/big") == .tooLarge(server.base + "/big", limit: 200_000))
            // 2.9 KB on the wire, 3 MB inflated: stops at the cap.
            #expect(failure(server.base + "/bomb") == .tooLarge(server.base + "/bomb", limit: 200_000))
        }
    }

    @Test func aServerThatDoesNotAnswerInTimeIsGivenUpOn() throws {
        try withServer { server in
            let impatient = PageFetcher(userAgent: "byline/test", timeout: 1)
            var failure: FetchFailure?
            do throws(FetchFailure) { _ = try impatient.fetch(server.base + "/slow") } catch { failure = error }
            #expect(failure == .timedOut(server.base + "/slow"))
        }
    }

    @Test func addressesAreToldFromPaths() {
        #expect(PageFetcher.isAddress("https://example.org/a"))
        #expect(PageFetcher.isAddress("ftp://example.org/a"))
        #expect(!PageFetcher.isAddress("Articles/page.html"))
        #expect(!PageFetcher.isAddress("c:/x"))
    }
}
