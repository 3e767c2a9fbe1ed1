import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A page fetched over HTTP(S): its bytes (decompressed), where it ended up after redirects, and its type.
public struct FetchedPage: Sendable {
    /// The address after redirects.
    public var url: String
    public var bytes: [UInt8]
    /// The `Content-Type` header, when there was one.
    public var contentType: String?
}

/// Why a page could not be fetched: each a one-line message for people.
public enum FetchFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidAddress(String)
    case unsupportedScheme(String)
    case httpStatus(String, Int)
    case notAPage(String, String)
    case tooLarge(String, limit: Int)
    case tooManyRedirects(String, limit: Int)
    case redirectScheme(String, String)
    case timedOut(String)
    case network(String, String)

    public var description: String {
        switch self {
        case .invalidAddress(let a): return "\(a): not a web address"
        case .unsupportedScheme(let a): return "\(a): only http and https addresses can be opened"
        case .httpStatus(let a, let code):
            return "\(a): the server answered HTTP \(code) (\(HTTPURLResponse.localizedString(forStatusCode: code)))"
        case .notAPage(let a, let type): return "\(a): not a web page or text (the server says \(type))"
        case .tooLarge(let a, let limit): return "\(a): too large to read (over \(limit / 1_000_000) MB)"
        case .tooManyRedirects(let a, let limit): return "\(a): more than \(limit) redirects"
        case .redirectScheme(let a, let target): return "\(a): refused a redirect to \(target) (only http and https)"
        case .timedOut(let a): return "\(a): the server did not answer in time"
        case .network(let a, let why): return "\(a): \(why)"
        }
    }
}

/// Fetches web pages with Foundation's URLSession, within limits: a timeout, at most `maximumRedirects`
/// redirects and only to http or https, at most `maximumSize` bytes after decompression (a compressed response
/// that inflates past the limit stops there), HTML, XHTML or plain text only. TLS certificates are verified as
/// URLSession always does (no delegate overrides it). Nothing is written anywhere.
public struct PageFetcher: Sendable {
    public var userAgent: String
    /// Seconds without progress before giving up, and for the whole transfer (times 4).
    public var timeout: Double
    public var maximumSize: Int
    public var maximumRedirects: Int

    public init(userAgent: String, timeout: Double = 30, maximumSize: Int = 100_000_000, maximumRedirects: Int = 10) {
        self.userAgent = userAgent
        self.timeout = timeout
        self.maximumSize = maximumSize
        self.maximumRedirects = maximumRedirects
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
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), url.host != nil else {
            throw .invalidAddress(address)
        }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(address) }
        var request = URLRequest(url: url)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1", forHTTPHeaderField: "Accept")
        request.timeoutInterval = timeout

        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        let transfer = Transfer(address: address, maximumSize: maximumSize, maximumRedirects: maximumRedirects)
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        session.dataTask(with: request).resume()
        transfer.done.wait()
        session.invalidateAndCancel()
        return try transfer.result()
    }
}

/// One transfer's state, fed by URLSession's delegate callbacks on its own queue.
private final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let address: String
    let maximumSize: Int
    let maximumRedirects: Int
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    private var failure: FetchFailure?
    private var redirects = 0
    private var response: HTTPURLResponse?
    private var finished = false

    init(address: String, maximumSize: Int, maximumRedirects: Int) {
        self.address = address
        self.maximumSize = maximumSize
        self.maximumRedirects = maximumRedirects
    }

    func result() throws(FetchFailure) -> FetchedPage {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        return FetchedPage(url: response?.url?.absoluteString ?? address, bytes: bytes,
                           contentType: response?.value(forHTTPHeaderField: "Content-Type"))
    }

    private func fail(_ f: FetchFailure, _ task: URLSessionTask? = nil) {
        lock.lock()
        if failure == nil { failure = f }
        lock.unlock()
        task?.cancel()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        redirects += 1
        // The Location header as sent: FoundationNetworking may already have turned `file:///x` into an http
        // address on the same host, so the scheme is read from the header itself.
        let location = response.value(forHTTPHeaderField: "Location") ?? ""
        let stated = location.firstIndex(of: ":").map { location[..<$0].lowercased() }
        let isAbsolute = stated.map { s in !s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) } } ?? false
        let scheme = isAbsolute ? stated! : request.url?.scheme?.lowercased() ?? ""
        if scheme != "http" && scheme != "https" {
            // Not followed: the redirect itself becomes the response, which `didReceive response` ends.
            fail(.redirectScheme(address, isAbsolute ? location : request.url?.absoluteString ?? "?"))
            completionHandler(nil)
        } else if redirects > maximumRedirects {
            fail(.tooManyRedirects(address, limit: maximumRedirects))
            completionHandler(nil)
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        guard let http = response as? HTTPURLResponse else { completionHandler(.allow); return }
        lock.lock()
        let failed = failure != nil
        lock.unlock()
        if failed { completionHandler(.cancel); return }
        lock.lock()
        self.response = http
        lock.unlock()
        if http.statusCode >= 300 && http.statusCode < 400 {
            // A redirect URLSession did not follow (no usable Location, or a scheme it does not know).
            let location = http.value(forHTTPHeaderField: "Location") ?? "?"
            fail(.redirectScheme(address, location), dataTask)
            completionHandler(.cancel)
            return
        }
        if http.statusCode >= 400 {
            fail(.httpStatus(address, http.statusCode), dataTask)
            completionHandler(.cancel)
            return
        }
        let type = (http.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
        let mime = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if !mime.isEmpty && !["text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml"].contains(mime) {
            fail(.notAPage(address, mime), dataTask)
            completionHandler(.cancel)
            return
        }
        if http.expectedContentLength > Int64(maximumSize) {
            fail(.tooLarge(address, limit: maximumSize), dataTask)
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        let over = bytes.count + data.count > maximumSize
        if !over { bytes.append(contentsOf: data) }
        lock.unlock()
        if over { fail(.tooLarge(address, limit: maximumSize), dataTask) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        if failure == nil, let error {
            let nsError = error as NSError
            if nsError.code == NSURLErrorTimedOut {
                failure = .timedOut(address)
            } else {
                failure = .network(address, nsError.localizedDescription)
            }
        }
        let first = !finished
        finished = true
        lock.unlock()
        if first { done.signal() }
    }
}
