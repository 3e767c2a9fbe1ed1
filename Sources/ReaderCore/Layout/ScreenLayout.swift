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

    /// Inside a pane's border: where its rows go.
    public func inner(_ pane: Pane) -> Rect { rect(for: pane).inset(by: 1) }

    /// The inside of the article pane's border, less one column of padding each side: where text goes.
    public var articleText: Rect {
        let inner = article.inset(by: 1)
        return Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: max(0, inner.height))
    }

    /// The library's column headings, the first row inside the body's border.
    public var libraryHeader: Rect { body.inset(by: 1).row(0) }

    /// The library's rows, below its headings.
    public var libraryList: Rect {
        let inner = body.inset(by: 1)
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    }

    /// The help screen: a popup as tall as the body, at most 100 columns wide.
    public var help: Rect { popup(width: 100, height: body.height) }

    /// Where the help's rows go: inside its border, one column of padding each side.
    public var helpText: Rect {
        let inner = help.inset(by: 1)
        return Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    }

    /// The speaker picker: a popup of a filter row above at most 20 speakers.
    public var picker: Rect { popup(width: 56, height: max(1, min(body.height - 4, 20)) + 3) }

    /// The picker's filter row.
    public var pickerFilter: Rect { picker.inset(by: 1).row(0) }

    /// The picker's list of speakers, below the filter.
    public var pickerList: Rect {
        let inner = picker.inset(by: 1)
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    }

    /// A centred popup of at most `width`×`height` cells inside the body.
    public func popup(width: Int, height: Int) -> Rect {
        let w = min(width, body.width), h = min(height, body.height)
        return Rect(x: body.x + (body.width - w) / 2, y: body.y + (body.height - h) / 2, width: w, height: h)
    }

    /// All rectangles that are drawn, for checks that they fit the screen.
    public var allRects: [Rect] {
        [titleBar, statusLine, body, article, articleText, overlay, libraryHeader, libraryList, help, helpText,
         picker, pickerFilter, pickerList]
            + [outline, quotes, entities].compactMap { $0 } + Pane.allCases.map(inner)
    }
}
