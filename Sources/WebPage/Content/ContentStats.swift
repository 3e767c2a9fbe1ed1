/// Sums over an element's subtree that the content passes weigh: text, links, commas, and counts of the elements
/// Readability counts. Kept per node and updated when a node is removed, so every question is answered in
/// constant time however deep the page.
struct SubtreeStats {
    var text: Float = 0       // characters, white-space runs as one
    var link: Float = 0       // characters inside links (links to the same page count 0.3)
    var commas: Int32 = 0
    var paragraphs: Int32 = 0
    var images: Int32 = 0
    var listItems: Int32 = 0
    var embeds: Int32 = 0
    var heading: Float = 0    // characters inside h1-h6 below
    var textish: Float = 0    // characters inside span, li, td and blocks below
    var list: Float = 0       // characters inside ul and ol below

    static func += (a: inout SubtreeStats, b: SubtreeStats) {
        a.text += b.text; a.link += b.link; a.commas += b.commas
        a.paragraphs += b.paragraphs; a.images += b.images; a.listItems += b.listItems; a.embeds += b.embeds
        a.heading += b.heading; a.textish += b.textish; a.list += b.list
    }

    static prefix func - (a: SubtreeStats) -> SubtreeStats {
        var r = SubtreeStats()
        r.text = -a.text; r.link = -a.link; r.commas = -a.commas
        r.paragraphs = -a.paragraphs; r.images = -a.images; r.listItems = -a.listItems; r.embeds = -a.embeds
        r.heading = -a.heading; r.textish = -a.textish; r.list = -a.list
        return r
    }

    /// What a node with these sums adds to its parent's: itself counted, and its text moved into the sums its
    /// tag stands for. Linear in `self`, so it maps a change of a child's sums to the change of its parent's.
    func contribution(of tag: Tag, flags: NodeFlags) -> SubtreeStats {
        var c = self
        switch tag {
        case .p: c.paragraphs += 1
        case .img: c.images += 1
        case .li: c.listItems += 1
        case .iframe, .object, .embed: c.embeds += 1
        default: break
        }
        if tag == .a { c.link = text * (flags.contains(.hashLink) ? 0.3 : 1) }
        if tag.isHeading { c.heading = text }
        if tag == .ul || tag == .ol { c.list = text }
        switch tag {
        case .span, .li, .td, .blockquote, .dl, .div, .img, .ol, .p, .pre, .table, .ul: c.textish = text
        default: break
        }
        return c
    }
}

/// The per-node sums of a `ContentTree`, with removal.
struct ContentStats {
    private(set) var stats: [SubtreeStats]
    private(set) var removed: [Bool]
    let tree: HTMLTree

    init(_ tree: HTMLTree) {
        self.tree = tree
        let n = tree.count
        stats = [SubtreeStats](repeating: SubtreeStats(), count: n)
        removed = [Bool](repeating: false, count: n)
        var i = n - 1
        while i >= 0 {
            let tag = tree.tag[i]
            var contribution: SubtreeStats
            if tag == .text {
                let bytes = tree.bytes(ofText: i)
                contribution = SubtreeStats()
                contribution.text = Float(TextMeasure.collapsedLength(bytes))
                contribution.commas = Int32(TextMeasure.commas(bytes))
                stats[i] = contribution
            } else {
                contribution = stats[i].contribution(of: tag, flags: tree.flags[i])
            }
            let p = Int(tree.parent[i])
            if p >= 0 { stats[p] += contribution }
            i -= 1
        }
    }

    subscript(node: Int) -> SubtreeStats { stats[node] }

    func linkDensity(_ node: Int) -> Float {
        let s = stats[node]
        return s.text > 0 ? s.link / s.text : 0
    }

    /// Removes `node` and its subtree, updating the sums of its ancestors.
    mutating func remove(_ node: Int) {
        guard !removed[node] else { return }
        var i = node
        let stop = Int(tree.end[node])
        while i < stop { removed[i] = true; i += 1 }
        var delta = -(tree.tag[node] == .text ? stats[node] : stats[node].contribution(of: tree.tag[node], flags: tree.flags[node]))
        var p = Int(tree.parent[node])
        while p >= 0 {
            let before = stats[p]
            stats[p] += delta
            // The parent's contribution to its own parent changes by the difference of its contributions.
            let tag = tree.tag[p], flags = tree.flags[p]
            let after = stats[p].contribution(of: tag, flags: flags)
            let old = before.contribution(of: tag, flags: flags)
            delta = after
            delta += -old
            p = Int(tree.parent[p])
        }
    }

    /// Whether `node` has an ancestor with one of `tags` (not removed ancestors only: removal takes subtrees).
    func hasAncestor(_ node: Int, _ tag: Tag) -> Bool {
        var p = Int(tree.parent[node])
        while p >= 0 {
            if tree.tag[p] == tag { return true }
            p = Int(tree.parent[p])
        }
        return false
    }
}
