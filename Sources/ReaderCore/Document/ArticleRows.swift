import ArticleKit

/// Moving through the rows of the article pane at one width: by rows, to an offset, to the end.
///
/// Blocks are separated by one blank row; the headline (block 0) has none above it. Only the blocks walked
/// through are wrapped, so each move costs what it passes over, not the length of the article.
public struct ArticleRows {
    public let document: ArticleDocument
    public let width: Int

    public init(document: ArticleDocument, width: Int) {
        self.document = document
        self.width = max(1, width)
    }

    /// The number of rows block `b` takes, its blank row included.
    public func rowCount(of b: Int) -> Int { (b > 0 ? 1 : 0) + document.lines(of: b, width: width).count }

    /// The index of `position` among its block's rows.
    public func rowInBlock(_ position: RowPosition) -> Int {
        guard position.block < document.blocks.count else { return 0 }
        let hasBlank = position.block > 0 ? 1 : 0
        guard let offset = position.offset else { return 0 }
        return hasBlank + line(containing: offset, in: position.block)
    }

    /// The row `rowInBlock` of block `b`.
    public func position(block b: Int, row: Int) -> RowPosition {
        guard b < document.blocks.count else { return .start }  // an article with nothing in it has no blocks
        if b > 0 && row == 0 { return RowPosition(block: b, offset: nil) }
        let lines = document.lines(of: b, width: width)
        let index = min(max(0, row - (b > 0 ? 1 : 0)), lines.count - 1)
        return RowPosition(block: b, offset: lines[index].start)
    }

    /// The line of block `b` that holds byte `offset` (the last line starting at or before it).
    public func line(containing offset: Int, in b: Int) -> Int {
        let lines = document.lines(of: b, width: width)
        var low = 0, high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The row showing byte `offset`.
    public func position(of offset: Int) -> RowPosition {
        guard !document.blocks.isEmpty else { return .start }
        let b = document.block(containing: offset)
        let lines = document.lines(of: b, width: width)
        return RowPosition(block: b, offset: lines[line(containing: offset, in: b)].start)
    }

    /// `position` moved by `delta` rows (negative: up), stopping at the first and last rows.
    public func move(_ position: RowPosition, by delta: Int) -> RowPosition {
        guard !document.blocks.isEmpty else { return .start }
        var b = min(position.block, document.blocks.count - 1)
        var row = rowInBlock(RowPosition(block: b, offset: position.offset)) + delta
        while row < 0 {
            if b == 0 { row = 0; break }
            b -= 1
            row += rowCount(of: b)
        }
        while row >= rowCount(of: b) {
            if b == document.blocks.count - 1 { row = rowCount(of: b) - 1; break }
            row -= rowCount(of: b)
            b += 1
        }
        return self.position(block: b, row: row)
    }

    /// The last row of the article.
    public var last: RowPosition {
        guard !document.blocks.isEmpty else { return .start }
        let b = document.blocks.count - 1
        return position(block: b, row: rowCount(of: b) - 1)
    }

    /// The top row that shows the article's last row at the bottom of a pane `height` rows tall.
    public func lastTop(height: Int) -> RowPosition {
        move(last, by: -(max(1, height) - 1))
    }

    /// Whether `a` comes before `b`.
    public func isBefore(_ a: RowPosition, _ b: RowPosition) -> Bool {
        if a.block != b.block { return a.block < b.block }
        return rowInBlock(a) < rowInBlock(b)
    }

    /// `top` kept between the first row and `lastTop(height:)`.
    public func clampTop(_ top: RowPosition, height: Int) -> RowPosition {
        let maxTop = lastTop(height: height)
        return isBefore(maxTop, top) ? maxTop : top
    }

    /// The rows from `top` down, `count` of them at most: each the block and the line's range (nil for a blank).
    public func rows(from top: RowPosition, count: Int) -> [(block: Int, line: TextRange?)] {
        var result: [(block: Int, line: TextRange?)] = []
        guard !document.blocks.isEmpty else { return result }
        var b = min(top.block, document.blocks.count - 1)
        var row = rowInBlock(RowPosition(block: b, offset: top.offset))
        while result.count < count && b < document.blocks.count {
            let lines = document.lines(of: b, width: width)
            let hasBlank = b > 0 ? 1 : 0
            while row < hasBlank + lines.count && result.count < count {
                result.append((b, row < hasBlank ? nil : lines[row - hasBlank]))
                row += 1
            }
            b += 1
            row = 0
        }
        return result
    }

    /// The byte offset a row stands for (a blank row stands for the start of the block below it).
    public func offset(of position: RowPosition) -> Int {
        guard position.block < document.blocks.count else { return document.text.count }
        return position.offset ?? document.blocks[position.block].range.start
    }
}
