/// Cleaning the chosen part of the page (Readability's `prepArticle`): what sits inside the article's container
/// but is not article text goes.
///
/// - always: footers, asides, embeds, share bars (a "share" class or id with under 500 characters), headings
///   whose class or id names furniture;
/// - conditionally (forms, fieldsets, tables, lists and divs, innermost first): a part whose class or id is
///   negative, or with few commas and the shape of furniture: more images than paragraphs, more list items than
///   paragraphs outside a list, mostly links, very short with links, an embed with little text, or nothing but
///   "Advertisement" / "Loading…".
struct ContentCleaner {
    let tree: HTMLTree
    let weightClasses: Bool
    let cleanConditionally: Bool

    mutating func clean(_ roots: [Int], _ stats: inout ContentStats) {
        let nodes = roots.flatMap { Array($0..<Int(tree.end[$0])) }
        let dataTables = Set(nodes.filter { tree.tag[$0] == .table && isDataTable($0) })

        conditionally(.form, nodes, dataTables, &stats)
        conditionally(.fieldset, nodes, dataTables, &stats)
        for node in nodes where !stats.removed[node] {
            switch tree.tag[node] {
            case .footer, .aside, .iframe, .object, .embed, .video, .audio: stats.remove(node)
            default: break
            }
        }
        // Share bars below each root.
        for root in roots {
            for node in (root + 1)..<Int(tree.end[root]) where !stats.removed[node] && tree.tag[node] != .text {
                if tree.classSignals[node].union(tree.idSignals[node]).contains(.share) && stats[node].text < 500 {
                    stats.remove(node)
                }
            }
        }
        for node in nodes where !stats.removed[node] && (tree.tag[node] == .h1 || tree.tag[node] == .h2) {
            if MainContent.Scorer.classWeight(tree, node, enabled: weightClasses) < 0 { stats.remove(node) }
        }
        conditionally(.table, nodes, dataTables, &stats)
        conditionally(.ul, nodes, dataTables, &stats)
        conditionally(.div, nodes, dataTables, &stats)
    }

    private func conditionally(_ tag: Tag, _ nodes: [Int], _ dataTables: Set<Int>, _ stats: inout ContentStats) {
        guard cleanConditionally else { return }
        for node in nodes.reversed() where tree.tag[node] == tag && !stats.removed[node] {
            if shouldRemove(node, tag, dataTables, stats) { stats.remove(node) }
        }
    }

    private func shouldRemove(_ node: Int, _ tag: Tag, _ dataTables: Set<Int>, _ stats: ContentStats) -> Bool {
        let s = stats[node]
        var isList = tag == .ul || tag == .ol
        if !isList && s.text > 0 { isList = s.list / s.text > 0.9 }
        if tag == .table && dataTables.contains(node) { return false }
        // Inside a data table or code, or holding a data table: kept.
        var p = Int(tree.parent[node])
        while p >= 0 {
            if (tree.tag[p] == .table && dataTables.contains(p)) || tree.tag[p] == .code { return false }
            p = Int(tree.parent[p])
        }
        if dataTables.contains(where: { $0 > node && $0 < Int(tree.end[node]) && !stats.removed[$0] }) { return false }

        let weight = MainContent.Scorer.classWeight(tree, node, enabled: weightClasses)
        if weight < 0 { return true }
        guard s.commas < 10 else { return false }
        let paragraphs = Float(s.paragraphs), images = Float(s.images)
        let listItems = Float(s.listItems) - 100
        let contentLength = s.text
        if contentLength <= 20 && isAdOrLoading(node) { return true }
        let linkDensity = stats.linkDensity(node)
        let headingDensity = s.text > 0 ? s.heading / s.text : 0
        let textDensity = s.text > 0 ? s.textish / s.text : 0
        let inFigure = stats.hasAncestor(node, .figure)
        var remove = false
        if !inFigure && images > 1 && paragraphs / images < 0.5 { remove = true }
        if !isList && listItems > paragraphs { remove = true }
        if !isList && !inFigure && headingDensity < 0.9 && contentLength < 25 && (images == 0 || images > 2)
            && linkDensity > 0 { remove = true }
        if !isList && weight < 25 && linkDensity > 0.2 { remove = true }
        if weight >= 25 && linkDensity > 0.5 { remove = true }
        if (s.embeds == 1 && contentLength < 75) || s.embeds > 1 { remove = true }
        if images == 0 && textDensity == 0 { remove = true }
        if isList && remove {
            // A list of images stays.
            for child in tree.children(node) where tree.tag[child] != .text {
                var grandchildren = 0
                for g in tree.children(child) where tree.tag[g] != .text && !stats.removed[g] { grandchildren += 1 }
                if grandchildren > 1 { return true }
            }
            if s.images == s.listItems { return false }
        }
        return remove
    }

    private func isAdOrLoading(_ node: Int) -> Bool {
        let text = tree.collapsedText(node).lowercased()
        let stripped = text.hasSuffix("…") ? String(text.dropLast()) : text.hasSuffix("...") ? String(text.dropLast(3)) : text
        return ["ad", "advertising", "advertisement", "pub", "publicité", "werb", "werbung", "广告", "реклама",
                "anuncio"].contains(text)
            || ["loading", "正在加载", "загрузка", "chargement", "cargando"].contains(stripped)
    }

    /// Readability's test for a table of data rather than of layout.
    private func isDataTable(_ table: Int) -> Bool {
        var rows = 0, columns = 0, cellsInRow = 0
        var i = table + 1
        let stop = Int(tree.end[table])
        while i < stop {
            switch tree.tag[i] {
            case .table: return false
            case .th, .thead, .tfoot, .caption, .colgroup, .col: return true
            case .tr:
                rows += 1
                columns = max(columns, cellsInRow)
                cellsInRow = 0
            case .td: cellsInRow += 1
            default: break
            }
            i += 1
        }
        columns = max(columns, cellsInRow)
        return rows >= 10 || columns > 4 || rows * columns > 10
    }
}
