/// A page fetched over HTTP(S): its bytes (decompressed), where it ended up after redirects, and its type.
public struct FetchedPage: Sendable {
    /// The address after redirects.
    public var url: String
    public var bytes: [UInt8]
    /// The `Content-Type` header, when there was one.
    public var contentType: String?

    public init(url: String, bytes: [UInt8], contentType: String?) {
        self.url = url
        self.bytes = bytes
        self.contentType = contentType
    }
}
