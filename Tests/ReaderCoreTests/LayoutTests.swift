import Testing
@testable import ReaderCore

@Suite("Screen layout")
struct LayoutTests {
    @Test("every rectangle lies inside the screen, for every size from 0×0 up")
    func rectsInside() {
        for width in 0...200 {
            for height in [0] + Array(stride(from: 1, through: 70, by: width % 7 + 1)) {
                let layout = ScreenLayout(size: Size(width: width, height: height))
                let screen = Rect(x: 0, y: 0, width: width, height: height)
                for rect in layout.allRects + Pane.allCases.map(layout.rect(for:)) {
                    #expect(screen.contains(rect), "\(rect) outside \(width)x\(height)")
                }
            }
        }
    }

    @Test("wide terminals dock the side panes; 80 columns fold them away; 20×6 is too small")
    func breakpoints() {
        let wide = ScreenLayout(size: Size(width: 160, height: 45))
        #expect(!wide.folded && wide.outline != nil && wide.entities != nil)
        #expect(wide.article.x == wide.outline!.maxX && wide.article.maxX == wide.entities!.x)
        let narrow = ScreenLayout(size: Size(width: 80, height: 24))
        #expect(narrow.folded && narrow.article == narrow.body)
        #expect(ScreenLayout(size: Size(width: 20, height: 6)).tooSmall)
        #expect(!ScreenLayout(size: Size(width: 40, height: 12)).tooSmall)
    }
}
