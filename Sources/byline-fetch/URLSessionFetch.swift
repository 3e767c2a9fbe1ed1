import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import WebFetch

/// Fetches one web page with Foundation's URLSession, within the request's limits: a timeout, at most
/// `maximumRedirects` redirects and only to http or https, at most `maximumSize` bytes after decompression (a
/// compressed response that inflates past the limit stops there), HTML, XHTML or plain text only. TLS
/// certificates are verified as URLSession always does (no delegate overrides it). Nothing is written anywhere.
struct URLSessionFetch {
    var request: FetchExchange.Request

    /// Fetches the request's address, blocking until it is done or has failed.
    func fetch() throws(FetchFailure) -> FetchedPage {
        let address = request.address
        let userAgent = request.userAgent, timeout = request.timeout
        let maximumSize = request.maximumSize, maximumRedirects = request.maximumRedirects
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), url.host != nil else {
            throw .invalidAddress(address)
        }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(address) }
        var urlRequest = URLRequest(url: url)
        urlRequest.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        urlRequest.setValue("text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1", forHTTPHeaderField: "Accept")
        urlRequest.timeoutInterval = timeout

        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        let transfer = Transfer(address: address, maximumSize: maximumSize, maximumRedirects: maximumRedirects)
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        session.dataTask(with: urlRequest).resume()
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
