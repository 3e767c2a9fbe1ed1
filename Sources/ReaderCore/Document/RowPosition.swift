import ArticleKit

/// A row of the article pane, stable across resizes: the blank row above a block, or the wrapped line of a
/// block that starts at a given byte offset.
///
/// The reading position is one of these (the top row). After a resize the same offset is looked up in the
/// re-wrapped block, so the text that was at the top stays at the top.
public struct RowPosition: Hashable, Sendable {
    public var block: Int
    /// The byte offset inside the line shown on this row; nil for the blank row above the block.
    public var offset: Int?

    public init(block: Int, offset: Int?) {
        self.block = block
        self.offset = offset
    }

    public static let start = RowPosition(block: 0, offset: nil)
}
