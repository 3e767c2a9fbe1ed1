/// The HTML elements extraction tells apart; every other element is `.other`. `.text` marks a text node.
///
/// Element names arrive lowercase from libxml2; `Tag.lookup` maps them without building strings.
enum Tag: UInt8, CaseIterable, Sendable {
    case text, other
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math
    case iframe, object, embed, canvas, video, audio, picture, source, track, param, map, area, frame, frameset,
         noframes, applet
    case form, fieldset, legend, input, button, select, textarea, option, optgroup, label, datalist, output
    case div, p, section, article, main, header, footer, nav, aside, figure, figcaption, img
    case h1, h2, h3, h4, h5, h6, hgroup
    case ul, ol, li, dl, dt, dd, menu
    case table, caption, thead, tbody, tfoot, tr, td, th, colgroup, col
    case blockquote, q, pre, code, br, hr, wbr
    case a, span, b, i, em, strong, small, sub, sup, u, s, strike, mark, abbr, cite, time, font, center, address
    case details, summary, dialog, del, ins, kbd, samp, `var`, big, tt, data, bdo, bdi, ruby, rt, rp, dfn, meter
    case progress, marquee, blink, nobr

    /// The tag for a lowercase element name.
    static func lookup(_ name: UnsafePointer<UInt8>) -> Tag {
        var key: UInt64 = 0
        var length = 0
        while name[length] != 0 {
            if length < 7 { key |= UInt64(name[length]) << (8 * UInt64(length)) }
            length += 1
            if length > 12 { return .other }
        }
        return byKey[key | UInt64(length) << 56] ?? .other
    }

    /// The name as written in HTML.
    var name: String {
        switch self {
        case .text: return "#text"
        case .other: return "#other"
        case .var: return "var"
        default: return String(describing: self)
        }
    }

    private static let byKey: [UInt64: Tag] = {
        var table: [UInt64: Tag] = [:]
        for tag in Tag.allCases where tag != .text && tag != .other {
            let bytes = Array(tag.name.utf8)
            var key: UInt64 = 0
            for (k, byte) in bytes.prefix(7).enumerated() { key |= UInt64(byte) << (8 * UInt64(k)) }
            table[key | UInt64(bytes.count) << 56] = tag
        }
        return table
    }()

    // MARK: What each element is

    /// Elements whose content is never article text: scripts, styles, media, forms' controls, the head.
    /// They are left out of the tree with everything inside them.
    var dropsContent: Bool { Self.dropping[Int(rawValue)] }
    /// Embedded things kept as empty elements, because "an embed beside little text" is a signal.
    var isEmbed: Bool { self == .iframe || self == .object || self == .embed || self == .video || self == .audio }
    /// Phrasing content (HTML's inline elements): runs of it inside a `<div>` read as paragraphs.
    var isPhrasing: Bool { Self.phrasing[Int(rawValue)] }
    /// Elements that end a paragraph of text when they start or end.
    var isBlock: Bool { Self.block[Int(rawValue)] }
    /// Elements whose presence inside a `<div>` keeps it a container rather than a paragraph.
    var isDivToParagraphBlocker: Bool {
        switch self {
        case .blockquote, .dl, .div, .img, .ol, .p, .pre, .table, .ul: return true
        default: return false
        }
    }
    /// h1 to h6.
    var isHeading: Bool { rawValue >= Tag.h1.rawValue && rawValue <= Tag.h6.rawValue }

    private static func flags(_ tags: [Tag]) -> [Bool] {
        var result = [Bool](repeating: false, count: Tag.allCases.count)
        for tag in tags { result[Int(tag.rawValue)] = true }
        return result
    }
    private static let dropping = flags([.head, .title, .meta, .link, .base, .script, .style, .noscript, .template,
        .svg, .canvas, .picture, .source, .track, .param, .map, .area, .frame, .frameset, .noframes, .applet,
        .input, .button, .select, .textarea, .option, .optgroup, .datalist, .output, .dialog, .rp, .iframe, .object,
        .embed, .video, .audio])
    private static let phrasing = flags([.text, .abbr, .audio, .b, .bdo, .br, .button, .cite, .code, .data,
        .datalist, .dfn, .em, .embed, .i, .img, .input, .kbd, .label, .mark, .math, .meter, .noscript, .object,
        .output, .progress, .q, .ruby, .samp, .script, .select, .small, .span, .strong, .sub, .sup, .textarea,
        .time, .var, .wbr, .u, .s, .strike, .font, .big, .tt, .bdi, .rt, .nobr, .a, .del, .ins, .blink])
    private static let block = flags([.html, .body, .div, .p, .section, .article, .main, .header, .footer, .nav,
        .aside, .figure, .figcaption, .h1, .h2, .h3, .h4, .h5, .h6, .hgroup, .ul, .ol, .li, .dl, .dt, .dd, .menu,
        .table, .caption, .thead, .tbody, .tfoot, .tr, .td, .th, .blockquote, .pre, .hr, .form, .fieldset,
        .legend, .center, .address, .details, .summary, .dialog, .iframe, .object, .embed, .video, .audio,
        .marquee])
}
