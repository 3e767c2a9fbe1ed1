/// Finding the article among everything else on a page: Readability's algorithm, over a `ContentTree`.
///
/// 1. Every paragraph-like element (p, td, pre, section, h2-h6) with 25 characters or more scores
///    1 + its commas + one point per 100 characters (at most 3), shared with its parent (in full), grandparent
///    (half) and up to five ancestors (less and less). Each ancestor starts from its tag (div +5, list -3, heading
///    -5...) and its class and id (+25 for "article", "content"...; -25 for "comment", "share"...).
/// 2. Scores are scaled by 1 - link density; the best scorer is the article's container. When several strong
///    candidates share an ancestor, or a parent scores higher, the container moves up.
/// 3. The container's siblings join it when they score near it, or are paragraphs of prose with few links.
/// 4. The chosen part is cleaned (`ContentCleaner`). Less than 500 characters left: try again with fewer parts
///    taken out (furniture names, then class weights, then cleaning), keeping the longest result.
enum MainContent {
    /// What an attempt chose: the content tree, the nodes of the article in order, and what was removed.
    struct Selection {
        var content: ContentTree
        var roots: [Int]
        var stats: ContentStats
        var textLength: Float
    }

    static let minimumText: Float = 500

    static func select(_ page: HTMLTree, _ facts: SourceFacts, title: String?) -> Selection {
        var options = ContentTree.Options()
        var attempts: [Selection] = []
        while true {
            let attempt = run(page, facts, options: options, title: title)
            if attempt.textLength >= minimumText { return attempt }
            attempts.append(attempt)
            if options.stripUnlikely { options.stripUnlikely = false }
            else if options.weightClasses { options.weightClasses = false }
            else if options.cleanConditionally { options.cleanConditionally = false }
            else { break }
        }
        return attempts.max { $0.textLength < $1.textLength }!
    }

    private static func run(_ page: HTMLTree, _ facts: SourceFacts, options: ContentTree.Options,
                            title: String?) -> Selection {
        var content = ContentTree(page, facts, options: options, title: title)
        // The scorer and its sums are let go before the cleaner's are made: one set of sums at a time.
        let (roots, chosen): ([Int], Int) = {
            var scorer = Scorer(tree: content.tree, stats: ContentStats(content.tree), weightClasses: options.weightClasses)
            scorer.scoreParagraphs()
            return (scorer.chooseArticle(), scorer.chosen)
        }()
        // Siblings that join the article are cleaned as the containers they are (Readability renames them div).
        for r in roots where ![.div, .article, .section, .p].contains(content.tree.tag[r]) && r != chosen {
            content.tree.tag[r] = .div
        }
        var cleaned = ContentStats(content.tree)
        var cleaner = ContentCleaner(tree: content.tree, weightClasses: options.weightClasses,
                                     cleanConditionally: options.cleanConditionally)
        cleaner.clean(roots, &cleaned)
        var length: Float = 0
        for r in roots where !cleaned.removed[r] { length += cleaned[r].text }
        return Selection(content: content, roots: roots, stats: cleaned, textLength: length)
    }

    /// Step 1 to 3.
    struct Scorer {
        let tree: HTMLTree
        let stats: ContentStats
        let weightClasses: Bool
        var score: [Float]
        var scored: [Bool]
        var candidates: [Int] = []
        var chosen = -1

        init(tree: HTMLTree, stats: ContentStats, weightClasses: Bool) {
            self.tree = tree
            self.stats = stats
            self.weightClasses = weightClasses
            score = [Float](repeating: 0, count: tree.count)
            scored = [Bool](repeating: false, count: tree.count)
        }

        /// +25 or -25 for each of class and id that names content or furniture.
        static func classWeight(_ tree: HTMLTree, _ node: Int, enabled: Bool) -> Float {
            guard enabled else { return 0 }
            var weight: Float = 0
            let c = tree.classSignals[node], i = tree.idSignals[node]
            if c.contains(.negative) { weight -= 25 }
            if c.contains(.positive) { weight += 25 }
            if i.contains(.negative) { weight -= 25 }
            if i.contains(.positive) { weight += 25 }
            return weight
        }

        private mutating func initialize(_ node: Int) {
            guard !scored[node] else { return }
            scored[node] = true
            candidates.append(node)
            var s: Float = 0
            switch tree.tag[node] {
            case .div: s = 5
            case .pre, .td, .blockquote: s = 3
            case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: s = -3
            case .h1, .h2, .h3, .h4, .h5, .h6, .th: s = -5
            default: break
            }
            score[node] = s + Self.classWeight(tree, node, enabled: weightClasses)
        }

        /// Whether a node is an ancestor Readability scores (an element whose parent is an element).
        private func scorable(_ node: Int) -> Bool {
            node >= 0 && tree.parent[node] >= 0
        }

        mutating func scoreParagraphs() {
            for node in 0..<tree.count {
                switch tree.tag[node] {
                case .p, .td, .pre, .section, .h2, .h3, .h4, .h5, .h6: break
                default: continue
                }
                guard tree.parent[node] >= 0 else { continue }
                let length = stats[node].text
                if length < 25 { continue }
                let points = 1 + Float(stats[node].commas + 1) + min((length / 100).rounded(.down), 3)
                var ancestor = Int(tree.parent[node])
                var level = 0
                while ancestor >= 0 && level < 5 {
                    if scorable(ancestor) {
                        initialize(ancestor)
                        let divider: Float = level == 0 ? 1 : level == 1 ? 2 : Float(level * 3)
                        score[ancestor] += points / divider
                    }
                    ancestor = Int(tree.parent[ancestor])
                    level += 1
                }
            }
            for c in candidates { score[c] *= 1 - stats.linkDensity(c) }
        }

        /// The article's nodes: the chosen container and the siblings that join it, in document order.
        mutating func chooseArticle() -> [Int] {
            let ranked = candidates.sorted { score[$0] != score[$1] ? score[$0] > score[$1] : $0 < $1 }.prefix(5)
            guard var top = ranked.first, tree.tag[top] != .body, tree.tag[top] != .html else {
                // No container stands out: the page's one <article> or <main> if it states one, else the body.
                for tag in [Tag.article, .main] {
                    let marked = (0..<tree.count).filter { tree.tag[$0] == tag && stats[$0].text > 0 }
                    if marked.count == 1 { chosen = marked[0]; return marked }
                }
                let body = (0..<tree.count).first { tree.tag[$0] == .body } ?? -1
                if body < 0 { return (0..<tree.count).filter { tree.parent[$0] < 0 } }
                chosen = body
                return Array(tree.children(body))
            }
            // Several strong candidates inside one ancestor: that ancestor is the article.
            let alternatives = ranked.dropFirst().filter { score[$0] / max(score[top], 0.0001) >= 0.75 }
            if alternatives.count >= 3 {
                var parent = Int(tree.parent[top])
                while parent >= 0 && tree.tag[parent] != .body {
                    let containing = alternatives.filter { isAncestor(parent, of: $0) }.count
                    if containing >= 3 { top = parent; break }
                    parent = Int(tree.parent[parent])
                }
            }
            initialize(top)
            // A parent that scores higher than the candidate holds more of the article.
            var parent = Int(tree.parent[top])
            var lastScore = score[top]
            let threshold = lastScore / 3
            while parent >= 0 && tree.tag[parent] != .body {
                if !scored[parent] { parent = Int(tree.parent[parent]); continue }
                let parentScore = score[parent]
                if parentScore < threshold { break }
                if parentScore > lastScore { top = parent; break }
                lastScore = parentScore
                parent = Int(tree.parent[parent])
            }
            // An only child is its parent.
            parent = Int(tree.parent[top])
            while parent >= 0 && tree.tag[parent] != .body && elementChildren(parent) == 1 {
                top = parent
                parent = Int(tree.parent[top])
            }
            initialize(top)
            chosen = top
            guard parent >= 0 else { return [top] }

            let threshold2 = max(10, score[top] * 0.2)
            var roots: [Int] = []
            for sibling in tree.children(parent) where tree.tag[sibling] != .text {
                if sibling == top { roots.append(sibling); continue }
                var bonus: Float = 0
                if tree.classHash[sibling] == tree.classHash[top] && tree.classHash[top] != 0 { bonus += score[top] * 0.2 }
                if scored[sibling] && score[sibling] + bonus >= threshold2 {
                    roots.append(sibling)
                } else if tree.tag[sibling] == .p {
                    let density = stats.linkDensity(sibling)
                    let length = stats[sibling].text
                    if length > 80 && density < 0.25 {
                        roots.append(sibling)
                    } else if length < 80 && length > 0 && density == 0 && endsSentence(sibling) {
                        roots.append(sibling)
                    }
                }
            }
            return roots
        }

        private func isAncestor(_ a: Int, of node: Int) -> Bool {
            node > a && node < Int(tree.end[a])
        }

        private func elementChildren(_ node: Int) -> Int {
            var count = 0
            for c in tree.children(node) where tree.tag[c] != .text { count += 1; if count > 1 { break } }
            return count
        }

        /// Whether the text has a full stop followed by a space or the end (". ").
        private func endsSentence(_ node: Int) -> Bool {
            var previousDot = false
            var i = node
            while i < Int(tree.end[node]) {
                if tree.tag[i] == .text {
                    for b in tree.bytes(ofText: i) {
                        if previousDot && TextMeasure.isSpace(b) { return true }
                        previousDot = b == UInt8(ascii: ".")
                    }
                }
                i += 1
            }
            return previousDot
        }
    }
}
