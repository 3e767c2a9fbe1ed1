/// The selection and scroll offset of a list pane (outline, quotes, entities, library, pickers).
///
/// The offset persists between frames so the list does not jump; `visible(height:)` keeps the selection on
/// screen.
public struct ListCursor: Hashable, Sendable {
    public var selected: Int
    public var top: Int

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// The cursor with the selection moved to `index` (clamped to `count` items) and the scroll offset adjusted
    /// so that it stays inside a window of `height` rows.
    public func selecting(_ index: Int, count: Int, height: Int) -> ListCursor {
        guard count > 0 else { return ListCursor() }
        let selected = min(max(0, index), count - 1)
        return ListCursor(selected: selected, top: top).visible(height: height, count: count)
    }

    /// The scroll offset adjusted so the selection is inside a window of `height` rows.
    public func visible(height: Int, count: Int) -> ListCursor {
        let h = max(1, height)
        var top = self.top
        if selected < top { top = selected }
        if selected >= top + h { top = selected - h + 1 }
        top = min(top, max(0, count - h))
        return ListCursor(selected: selected, top: max(0, top))
    }
}
