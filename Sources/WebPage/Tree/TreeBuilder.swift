internal import CHTMLParser
#if canImport(Glibc)
import Glibc
#endif

/// What a page states about itself in its head (and a few attributes elsewhere), gathered while parsing.
struct StatedMetadata: Sendable {
    /// The `<title>` element's text.
    var documentTitle: String?
    /// Every `<meta>` with a name, property or itemprop, lowercased key first, in page order.
    var metas: [(key: String, value: String, fromProperty: Bool)] = []
    /// `<link rel="canonical">`.
    var canonical: String?
    /// `<html lang>`.
    var lang: String?
    /// The text of every `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// `datetime` of `<time>` elements marked as the publication date (`pubdate`, `itemprop="datePublished"`).
    var publishedTimes: [String] = []
    /// `datetime` of the first `<time>` element in the page, whatever it marks.
    var firstTime: String?
}

/// Builds an `HTMLTree` from libxml2's SAX events.
///
/// libxml2 does the HTML work (tokenising, character references, closing what broken markup leaves open, the
/// implied `<html>`/`<body>`); this class only records the result compactly. Elements deeper than
/// `maximumDepth` are flattened into their ancestor (their text is kept, their structure is not), so hostile
/// nesting cannot make later passes slow.
final class TreeBuilder {
    /// The deepest element kept as a node.
    static let maximumDepth = 300
    /// Nodes kept per byte of page: past one node for every 32 bytes (real pages have one per 30 to 40 bytes;
    /// only hostile markup such as millions of `<b>x</b>` has more), further elements are flattened and their
    /// text joins the last text node, so the tree's memory stays a small multiple of the page.
    static let bytesPerNode = 32
    private var nodeLimit = 50_000

    private(set) var tree = HTMLTree()
    private(set) var metadata = StatedMetadata()
    /// The open elements: their node index, or -1 for elements without a node (dropped or flattened).
    private var stack: [Int32] = []
    /// > 0 while inside an element whose content is dropped (script, style, head, forms' controls...).
    private var dropDepth = 0
    private var openNodes = 0
    private var currentParent: Int32 = -1
    private var titleBytes: [UInt8]?
    private var collectingTitle = false
    private var jsonBytes: [UInt8]?

    /// Parses `html` (UTF-8) into a tree.
    static func parse(_ html: [UInt8]) -> (tree: HTMLTree, metadata: StatedMetadata) {
        let builder = TreeBuilder()
        builder.nodeLimit = max(50_000, html.count / bytesPerNode)
        builder.tree.tag.reserveCapacity(html.count / 40)
        builder.tree.text.reserveCapacity(html.count / 4)
        var callbacks = byline_html_callbacks(
            start: { context, name, attributes in
                guard let context, let name else { return }
                Unmanaged<TreeBuilder>.fromOpaque(context).takeUnretainedValue().start(name, attributes)
            },
            end: { context, _ in
                guard let context else { return }
                Unmanaged<TreeBuilder>.fromOpaque(context).takeUnretainedValue().end()
            },
            characters: { context, bytes, length in
                guard let context, let bytes, length > 0 else { return }
                Unmanaged<TreeBuilder>.fromOpaque(context).takeUnretainedValue()
                    .characters(UnsafeBufferPointer(start: bytes, count: Int(length)))
            },
            raw: { context, bytes, length in
                guard let context, let bytes, length > 0 else { return }
                Unmanaged<TreeBuilder>.fromOpaque(context).takeUnretainedValue()
                    .raw(UnsafeBufferPointer(start: bytes, count: Int(length)))
            })
        let context = Unmanaged.passUnretained(builder).toOpaque()
        if !html.isEmpty {
            html.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    _ = byline_html_parse(pointer, Int32(buffer.count), &callbacks, context)
                }
            }
        }
        withExtendedLifetime(builder) {}
        builder.finish()
        return (builder.tree, builder.metadata)
    }

    private func finish() {
        for index in stack where index >= 0 { tree.end[Int(index)] = Int32(tree.count) }
        stack.removeAll()
    }

    // MARK: - Events

    private func start(_ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        let tag = Tag.lookup(name)
        var attrs = Attributes()
        if let attributes { attrs.read(attributes, tag: tag) }
        noteMetadata(tag, attrs)

        if dropDepth > 0 {
            dropDepth += 1
            stack.append(-1)
            return
        }
        if tag.dropsContent && !tag.isEmbed {
            dropDepth = 1
            stack.append(-1)
            return
        }
        if openNodes >= Self.maximumDepth || tree.count >= nodeLimit {
            if currentParent >= 0 { tree.flags[Int(currentParent)].insert(.flattened) }
            stack.append(-1)
            return
        }
        let index = Int32(tree.count)
        tree.tag.append(tag)
        tree.parent.append(currentParent)
        tree.end.append(index + 1)
        tree.textStart.append(0)
        tree.textEnd.append(0)
        tree.classSignals.append(attrs.classSignals)
        tree.idSignals.append(attrs.idSignals)
        tree.classHash.append(attrs.classHash)
        tree.flags.append(attrs.flags)
        stack.append(index)
        if tag.isEmbed {
            dropDepth = 1   // kept as an empty element: what it embeds is not text
        } else {
            openNodes += 1
            currentParent = index
        }
    }

    private func end() {
        guard let index = stack.popLast() else { return }
        if collectingTitle { collectingTitle = false; if metadata.documentTitle == nil, let t = titleBytes {
            metadata.documentTitle = String(decoding: t, as: UTF8.self) } }
        if let json = jsonBytes { metadata.jsonLD.append(String(decoding: json, as: UTF8.self)); jsonBytes = nil }
        if dropDepth > 0 {
            dropDepth -= 1
            if index >= 0 { tree.end[Int(index)] = Int32(tree.count) }
            return
        }
        guard index >= 0 else { return }
        tree.end[Int(index)] = Int32(tree.count)
        openNodes -= 1
        currentParent = tree.parent[Int(index)]
    }

    /// The most kept of a `<title>` and of one JSON-LD script: a hostile page cannot make metadata expensive.
    static let maximumTitle = 4_000
    static let maximumJSONLD = 4_000_000

    private func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if collectingTitle {
            if (titleBytes?.count ?? 0) < Self.maximumTitle { titleBytes?.append(contentsOf: bytes.prefix(Self.maximumTitle)) }
            return
        }
        if jsonBytes != nil { raw(bytes); return }
        guard dropDepth == 0 else { return }
        let last = tree.count - 1
        if last >= 0, tree.tag[last] == .text, tree.parent[last] == currentParent || tree.count >= nodeLimit,
           Int(tree.textEnd[last]) == tree.text.count {
            tree.text.append(contentsOf: bytes)
            tree.textEnd[last] = Int32(tree.text.count)
            return
        }
        let index = Int32(tree.count)
        tree.tag.append(.text)
        tree.parent.append(currentParent)
        tree.end.append(index + 1)
        tree.textStart.append(Int32(tree.text.count))
        tree.text.append(contentsOf: bytes)
        tree.textEnd.append(Int32(tree.text.count))
        tree.classSignals.append([])
        tree.idSignals.append([])
        tree.classHash.append(0)
        tree.flags.append([])
    }

    private func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let count = jsonBytes?.count else { return }
        // Past the limit the script is dropped whole (the rest of it then goes where script text goes: nowhere).
        if count + bytes.count <= Self.maximumJSONLD { jsonBytes!.append(contentsOf: bytes) } else { jsonBytes = nil }
    }

    private func noteMetadata(_ tag: Tag, _ attrs: Attributes) {
        switch tag {
        case .html:
            if metadata.lang == nil, let lang = attrs.lang, !lang.isEmpty { metadata.lang = lang }
        case .title:
            if metadata.documentTitle == nil && dropDepth <= 1 { collectingTitle = true; titleBytes = [] }
        case .meta:
            if let content = attrs.content {
                // `property` may hold several space-separated names ("og:title twitter:title"); it is trusted
                // over `name` when both give the same key.
                for part in (attrs.property ?? "").split(separator: " ") {
                    metadata.metas.append((String(part.lowercased()), content, true))
                }
                for key in [attrs.name, attrs.itemprop].compactMap({ $0 }) {
                    for part in key.split(separator: " ") { metadata.metas.append((part.lowercased(), content, false)) }
                }
            }
        case .link:
            if attrs.relCanonical, metadata.canonical == nil, let href = attrs.href { metadata.canonical = href }
        case .script:
            if attrs.isJSONLD { jsonBytes = [] }
        case .time:
            if let datetime = attrs.datetime {
                if metadata.firstTime == nil { metadata.firstTime = datetime }
                if attrs.pubdate || attrs.flags.contains(.datePublished) { metadata.publishedTimes.append(datetime) }
            }
        default:
            if attrs.flags.contains(.datePublished), let content = attrs.content ?? attrs.datetime {
                metadata.publishedTimes.append(content)
            }
        }
    }
}

/// The attributes of one start tag that extraction reads.
struct Attributes {
    var classSignals: ClassSignals = []
    var idSignals: ClassSignals = []
    var classHash: UInt32 = 0
    var flags: NodeFlags = []
    var lang: String?
    var content: String?
    var name: String?
    var property: String?
    var itemprop: String?
    var href: String?
    var datetime: String?
    var relCanonical = false
    var isJSONLD = false
    var pubdate = false

    mutating func read(_ list: UnsafeMutablePointer<UnsafePointer<UInt8>?>, tag: Tag) {
        var k = 0
        var ariaHidden = false, roleDialog = false, ariaModal = false
        while let attribute = list[k] {
            let value = list[k + 1]
            k += 2
            let v = value.map { UnsafeBufferPointer(start: $0, count: strlen($0)) } ?? UnsafeBufferPointer(start: nil, count: 0)
            switch Self.attributeName(attribute) {
            case .class:
                classSignals = ClassSignals.of(v)
                var hash: UInt32 = 2166136261
                for b in v { hash = (hash ^ UInt32(b)) &* 16777619 }
                classHash = hash == 0 ? 1 : hash
                if Self.contains(v, "fallback-image") { flags.insert(.fallbackImage) }
            case .id: idSignals = ClassSignals.of(v)
            case .style:
                if Self.styleHides(v) { flags.insert(.hidden) }
            case .hidden: flags.insert(.hidden)
            case .ariaHidden: ariaHidden = Self.equals(v, "true")
            case .ariaModal: ariaModal = Self.equals(v, "true")
            case .role:
                if Self.equals(v, "dialog") { roleDialog = true }
                if Self.furnitureRoles.contains(where: { Self.equals(v, $0) }) { flags.insert(.furnitureRole) }
            case .rel:
                if Self.contains(v, "author") { flags.insert(.author) }
                if Self.contains(v, "canonical") { relCanonical = true }
            case .itemprop:
                if Self.contains(v, "author") { flags.insert(.author) }
                if Self.contains(v, "articlebody") { flags.insert(.articleBody) }
                if Self.contains(v, "datepublished") { flags.insert(.datePublished) }
                if Self.contains(v, "name") { flags.insert(.itempropName) }
                if tag == .meta { itemprop = String(decoding: v, as: UTF8.self) }
            case .href:
                if tag == .a, v.first == UInt8(ascii: "#") { flags.insert(.hashLink) }
                if tag == .link { href = String(decoding: v, as: UTF8.self) }
            case .lang: if tag == .html { lang = String(decoding: v, as: UTF8.self) }
            case .content: if tag == .meta || !v.isEmpty { content = String(decoding: v, as: UTF8.self) }
            case .name: if tag == .meta { name = String(decoding: v, as: UTF8.self) }
            case .property: if tag == .meta { property = String(decoding: v, as: UTF8.self) }
            case .datetime: datetime = String(decoding: v, as: UTF8.self)
            case .type: if tag == .script && Self.contains(v, "ld+json") { isJSONLD = true }
            case .pubdate: pubdate = true
            case .other: break
            }
        }
        if ariaHidden && !flags.contains(.fallbackImage) { flags.insert(.hidden) }
        if ariaModal && roleDialog { flags.insert(.modal) }
        if roleDialog { flags.insert(.furnitureRole) }
        if tag != .meta && tag != .time && !flags.contains(.datePublished) { content = nil }
    }

    static let furnitureRoles = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]

    private enum Name {
        case `class`, id, style, hidden, ariaHidden, ariaModal, role, rel, itemprop, href, lang, content, name,
             property, datetime, type, pubdate, other
    }

    /// The names read, packed as up to 11 bytes into two integers (no string is built per attribute).
    private static let names: [Packed: Name] = {
        let table: [(String, Name)] = [
            ("class", .class), ("id", .id), ("style", .style), ("hidden", .hidden), ("aria-hidden", .ariaHidden),
            ("aria-modal", .ariaModal), ("role", .role), ("rel", .rel), ("itemprop", .itemprop), ("href", .href),
            ("lang", .lang), ("content", .content), ("name", .name), ("property", .property),
            ("datetime", .datetime), ("type", .type), ("pubdate", .pubdate),
        ]
        var result: [Packed: Name] = [:]
        for (name, value) in table {
            let bytes = Array(name.utf8) + [0]
            bytes.withUnsafeBufferPointer { result[Packed($0.baseAddress!)!] = value }
        }
        return result
    }()

    private struct Packed: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        init?(_ name: UnsafePointer<UInt8>) {
            var k = 0
            while name[k] != 0 {
                if k >= 12 { return nil }
                if k < 8 { low |= UInt64(name[k]) << (8 * UInt64(k)) } else { high |= UInt64(name[k]) << (8 * UInt64(k - 8)) }
                k += 1
            }
        }
    }

    private static func attributeName(_ name: UnsafePointer<UInt8>) -> Name {
        guard let packed = Packed(name) else { return .other }
        return names[packed] ?? .other
    }

    static func equals(_ v: UnsafeBufferPointer<UInt8>, _ word: String) -> Bool {
        var trimmed = v[...]
        while let f = trimmed.first, f == 0x20 { trimmed = trimmed.dropFirst() }
        while let l = trimmed.last, l == 0x20 { trimmed = trimmed.dropLast() }
        return trimmed.count == word.utf8.count
            && zip(trimmed, word.utf8).allSatisfy { ($0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0) == $1 }
    }

    /// Whether `v` contains `word` (lowercase ASCII), in any case.
    static func contains(_ v: UnsafeBufferPointer<UInt8>, _ word: String) -> Bool {
        let w = Array(word.utf8)
        guard v.count >= w.count, !w.isEmpty else { return false }
        var i = 0
        while i + w.count <= v.count {
            var k = 0
            while k < w.count && (v[i + k] >= 65 && v[i + k] <= 90 ? v[i + k] | 0x20 : v[i + k]) == w[k] { k += 1 }
            if k == w.count { return true }
            i += 1
        }
        return false
    }

    /// An inline style that hides the element: `display: none` or `visibility: hidden`.
    static func styleHides(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
        var squeezed: [UInt8] = []
        squeezed.reserveCapacity(v.count)
        for b in v where b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
            squeezed.append(b >= 65 && b <= 90 ? b | 0x20 : b)
        }
        return squeezed.withUnsafeBufferPointer { s in
            contains(s, "display:none") || contains(s, "visibility:hidden")
        }
    }
}
