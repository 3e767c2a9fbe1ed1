import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import WebFetch

/// What byline and byline-fetch say to each other, and what byline says when byline-fetch cannot answer.
struct FetchExchangeTests {
    @Test func aRequestSurvivesBeingTheProgramsArgument() {
        let request = FetchExchange.Request(address: "https://example.org/caf\u{E9}?q=\"a b\"\n", userAgent: "byline/0.1.0",
                                            timeout: 2.5, maximumSize: 1234, maximumRedirects: 3)
        #expect(FetchExchange.Request(argument: request.argument) == request)
        #expect(FetchExchange.Request(argument: "not json") == nil)
    }

    @Test func anAnswerIsOneLineThenThePageAsFetched() throws {
        let bytes: [UInt8] = Array("<p>one\nline\0two</p>".utf8) + [0xFF, 0x0A]
        let page = FetchedPage(url: "https://example.org/b", bytes: bytes, contentType: "text/html; charset=utf-8")
        let header = FetchExchange.header(of: .success(page))
        #expect(header.last == 0x0A && header.dropLast().firstIndex(of: 0x0A) == nil)
        var answer = header + bytes
        let read = try #require(FetchExchange.read(&answer)).get()
        #expect(read.url == page.url && read.bytes == bytes && read.contentType == page.contentType)
    }

    @Test func aFailureComesBackAsTheSameFailure() {
        let failures: [FetchFailure] = [
            .httpStatus("https://x/a", 404), .tooLarge("https://x/b", limit: 5_000_000), .timedOut("https://x/\n"),
            .network("https://x/c", "certificate \"not trusted\""), .notAPage("https://x/d", "image/png"),
        ]
        for failure in failures {
            var answer = FetchExchange.header(of: .failure(failure))
            #expect(FetchExchange.read(&answer).map { result in
                if case .failure(let f) = result { return f == failure } else { return false }
            } == true)
        }
    }

    @Test func whatIsNotAnAnswerIsNone() {
        for text in ["", "\n", "{}\n", "Segmentation fault\n<html>", "{\"url\": 3}\n"] {
            var bytes = Array(text.utf8)
            #expect(FetchExchange.read(&bytes) == nil, "\(text)")
        }
    }

    @Test func statusPhrasesAreFoundationsOwn() {
        for code in -1..<1000 {
            #expect(FetchFailure.reason(code) == HTTPURLResponse.localizedString(forStatusCode: code), "\(code)")
        }
    }

    @Test func aMissingOrFailingFetchingProgramIsAOneLineFailure() {
        func failure(_ program: String) -> String {
            do throws(FetchFailure) {
                _ = try PageFetcher(userAgent: "byline/test", timeout: 5, program: program).fetch("https://example.org/")
                return "fetched"
            } catch {
                guard case .fetcherFailed = error else { return "other: \(error)" }
                return error.description
            }
        }
        #expect(failure("/nonexistent/byline-fetch")
                == "https://example.org/: byline-fetch failed: could not be started (No such file or directory)")
        #expect(failure("/bin/false") == "https://example.org/: byline-fetch failed: ended with exit status 1")
        // A program that answers something else: echo prints the request back.
        #expect(failure("/bin/echo") == "https://example.org/: byline-fetch failed: ended with exit status 0")
    }
}
