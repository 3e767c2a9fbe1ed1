/// The panes of the article screen.
public enum Pane: String, CaseIterable, Sendable {
    case article = "Article"
    case outline = "Outline"
    case quotes = "Quotes"
    case entities = "Entities"
}

/// Where everything goes on the screen, computed from the terminal size alone.
///
/// Wide terminals (at least `dockedWidth` columns) show the outline and quotes on the left, the article in the
/// middle and the entities on the right. Narrower ones give the article the whole width and show a side pane as
/// an overlay while it has focus. Below `minimum` only a "terminal too small" message fits.
public struct ScreenLayout: Equatable, Sendable {
    public static let minimum = Size(width: 30, height: 8)
    public static let dockedWidth = 120

    public let size: Size
    /// True when the terminal is below `minimum`: nothing but the message is drawn.
    public let tooSmall: Bool
    public let titleBar: Rect
    public let statusLine: Rect
    /// Everything between the title bar and the status line.
    public let body: Rect
    public let article: Rect
    /// The side panes' rectangles when docked; nil when folded away.
    public let outline: Rect?
    public let quotes: Rect?
    public let entities: Rect?

    /// Whether the side panes are folded away (shown as overlays on focus).
    public var folded: Bool { outline == nil }

    public init(size: Size) {
        self.size = size
        tooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        // A terminal can report no rows at all (a pane squeezed to nothing): then the bars have no height either.
        titleBar = Rect(x: 0, y: 0, width: size.width, height: min(1, size.height))
        statusLine = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: min(1, size.height))
        body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
        if tooSmall || size.width < Self.dockedWidth {
            article = body
            outline = nil
            quotes = nil
            entities = nil
            return
        }
        let side = min(36, max(24, size.width / 5))
        let left = Rect(x: 0, y: body.y, width: side, height: body.height)
        let outlineHeight = max(5, left.height * 2 / 5)
        outline = Rect(x: 0, y: body.y, width: side, height: outlineHeight)
        quotes = Rect(x: 0, y: body.y + outlineHeight, width: side, height: body.height - outlineHeight)
        entities = Rect(x: size.width - side, y: body.y, width: side, height: body.height)
        article = Rect(x: side, y: body.y, width: size.width - 2 * side, height: body.height)
    }

    /// Where `pane` is drawn: its docked rectangle, or, when folded, the overlay it shows in.
    public func rect(for pane: Pane) -> Rect {
        switch pane {
        case .article: return article
        case .outline: return outline ?? overlay
        case .quotes: return quotes ?? overlay
        case .entities: return entities ?? overlay
        }
    }

    /// The overlay a folded side pane shows in: the right part of the body.
    public var overlay: Rect {
        let width = min(body.width, max(min(44, body.width), body.width * 3 / 5))
        return Rect(x: body.maxX - width, y: body.y, width: width, height: body.height)
    }

    /// The inside of the article pane's border, less one column of padding each side: where text goes.
    public var articleText: Rect {
        let inner = article.inset(by: 1)
        return Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: max(0, inner.height))
    }

    /// A centred popup of at most `width`×`height` cells inside the body.
    public func popup(width: Int, height: Int) -> Rect {
        let w = min(width, body.width), h = min(height, body.height)
        return Rect(x: body.x + (body.width - w) / 2, y: body.y + (body.height - h) / 2, width: w, height: h)
    }

    /// All rectangles that are drawn, for checks that they fit the screen.
    public var allRects: [Rect] {
        [titleBar, statusLine, body, article, articleText, overlay] + [outline, quotes, entities].compactMap { $0 }
    }
}
