import Foundation
import Testing
import WebFetch

/// TLS is always verified: a server on 127.0.0.1 with a self-signed certificate (made here with openssl, served
/// by python3's ssl module) is refused. Skipped where openssl or python3 is missing.
struct TLSTests {
    static func available(_ tool: String) -> Bool {
        ["/usr/bin/", "/bin/", "/usr/local/bin/"].contains { FileManager.default.isExecutableFile(atPath: $0 + tool) }
    }

    @Test(.enabled(if: available("openssl") && available("python3"), "openssl or python3 missing: skipped"))
    func aSelfSignedCertificateIsRefused() throws {
        let folder = NSTemporaryDirectory() + "byline-tls-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                             "-subj", "/CN=127.0.0.1", "-keyout", folder + "/key.pem", "-out", folder + "/cert.pem"]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        try #require(openssl.terminationStatus == 0)

        let port = 30_000 + Int(getpid() % 20_000)
        let script = """
            import http.server, ssl, threading, time
            server = http.server.HTTPServer(("127.0.0.1", \(port)), http.server.SimpleHTTPRequestHandler)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain("\(folder)/cert.pem", "\(folder)/key.pem")
            server.socket = context.wrap_socket(server.socket, server_side=True)
            threading.Timer(20, server.shutdown).start()   # never outlives the test by much
            server.serve_forever()
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script]
        python.currentDirectoryURL = URL(fileURLWithPath: folder)
        python.standardOutput = FileHandle.nullDevice
        python.standardError = FileHandle.nullDevice
        try python.run()
        defer { python.terminate() }
        Thread.sleep(forTimeInterval: 1)

        var failure: FetchFailure?
        do throws(FetchFailure) {
            _ = try PageFetcher(userAgent: "byline/test", timeout: 5).fetch("https://127.0.0.1:\(port)/cert.pem")
        } catch { failure = error }
        guard case .network(_, let why)? = failure else {
            Issue.record("expected a certificate failure, got \(String(describing: failure))")
            return
        }
        #expect(why.lowercased().contains("certificate"), "\(why)")
        #expect(!why.contains("\n"))
    }
}
